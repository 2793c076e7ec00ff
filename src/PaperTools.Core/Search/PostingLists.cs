namespace PaperTools.Search;

/// <summary>
/// A finished field's postings, term after term in term id order, in a few large arrays (a term never spans two): a
/// few objects for the collector instead of one per term. Laid out once by <see cref="FieldIndexBuilder.Merge"/>.
/// </summary>
internal sealed class PostingLists
{
    private const int ChunkSize = 16 << 20;

    private readonly List<byte[]> chunks = new List<byte[]>();
    private readonly int[] chunkOf;
    private readonly int[] starts;
    private readonly int[] lengths;

    /// <param name="lengths">Each term's length in bytes, by term id; the lists keep it.</param>
    public PostingLists(int[] lengths)
    {
        this.lengths = lengths;
        chunkOf = new int[lengths.Length];
        starts = new int[lengths.Length];
        long remaining = 0;
        foreach (var length in lengths) remaining += length;
        var chunk = Array.Empty<byte>();
        var used = 0;
        for (var term = 0; term < lengths.Length; term++)
        {
            if (used + lengths[term] > chunk.Length)
            {
                // A small index takes one array of its exact size; a term longer than a chunk takes its own.
                chunk = new byte[Math.Max(lengths[term], (int)Math.Min(ChunkSize, remaining))];
                chunks.Add(chunk);
                used = 0;
            }
            chunkOf[term] = chunks.Count - 1;
            starts[term] = used;
            used += lengths[term];
            remaining -= lengths[term];
        }
    }

    /// <summary>Where the term's bytes go, for the builder that fills them.</summary>
    public Span<byte> Of(int term) => lengths[term] == 0
        ? Span<byte>.Empty
        : chunks[chunkOf[term]].AsSpan(starts[term], lengths[term]);

    public PostingReader Reader(int term) => lengths[term] == 0
        ? new PostingReader(Array.Empty<byte>(), 0, 0)
        : new PostingReader(chunks[chunkOf[term]], starts[term], starts[term] + lengths[term]);
}

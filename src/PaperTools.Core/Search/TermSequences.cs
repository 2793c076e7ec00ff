namespace PaperTools.Search;

/// <summary>
/// One field's words in document order, as term ids: what positional postings give a phrase query, stored the other
/// way round. Each document's ids are varints (id + 1; 0 separates the texts of one document, such as two authors),
/// end to end in large blocks. Varints end in a byte below 0x80 and continue in bytes above it, so a phrase's ids,
/// encoded the same way, are found in a document with one vectorised search for their bytes: a hit is a real match
/// when it starts where a varint starts (at the document's start, or after a byte below 0x80).
/// Written in ascending document order by one builder; read-only once built.
/// </summary>
internal sealed class TermSequences
{
    // Blocks start small (an index over a day's digest stays small) and double up to this size.
    private const int FirstBlockSize = 64 << 10;
    private const int LargestBlockSize = 4 << 20;
    private const int MaxVarintBytes = 5;

    private readonly List<byte[]> blocks = new List<byte[]>();
    private byte[] block = Array.Empty<byte>();
    private int used;
    private long[] starts = new long[1024];   // block index << 32 | offset, per document from the first one
    private int[] lengths = new int[1024];
    private int firstDoc = -1;
    private int documents;
    private int documentStart;
    private bool textWritten;

    /// <summary>The document's bytes; empty when it holds no words in this field.</summary>
    public ReadOnlySpan<byte> Of(int doc)
    {
        var at = doc - firstDoc;
        if (firstDoc < 0 || at < 0 || at >= documents || lengths[at] == 0) return ReadOnlySpan<byte>.Empty;
        return new ReadOnlySpan<byte>(blocks[(int)(starts[at] >> 32)], (int)starts[at], lengths[at]);
    }

    /// <summary>Whether the document holds these term ids one after another, within one of its texts.</summary>
    public bool Contains(int doc, ReadOnlySpan<byte> encodedTerms)
    {
        var words = Of(doc);
        var from = 0;
        while (true)
        {
            var hit = words.Slice(from).IndexOf(encodedTerms);
            if (hit < 0) return false;
            hit += from;
            if (hit == 0 || words[hit - 1] < 0x80) return true;
            from = hit + 1;
        }
    }

    /// <summary>Term ids as <see cref="Contains"/> looks for them.</summary>
    public static byte[] Encode(IReadOnlyList<int> termIds)
    {
        var bytes = new byte[termIds.Count * MaxVarintBytes];
        var length = 0;
        foreach (var id in termIds) length = WriteVarint(bytes, length, (uint)id + 1);
        Array.Resize(ref bytes, length);
        return bytes;
    }

    public void BeginDocument(int doc)
    {
        if (firstDoc < 0) firstDoc = doc;
        // Documents are numbered without gaps from the first one; the builder checks the order.
        while (firstDoc + documents < doc) Record(0);
        documentStart = used;
        textWritten = false;
    }

    /// <summary>Starts the next text of the current document (a second author): a separator keeps phrases inside one
    /// text.</summary>
    public void BeginText()
    {
        if (textWritten) Append(0);
    }

    public void Add(int term)
    {
        Append((uint)term + 1);
        textWritten = true;
    }

    /// <summary>
    /// A word left out (an index for one query keeps only its words): one separator stands for a run of them, so no
    /// phrase spans the gap, as none would span the word.
    /// </summary>
    public void Break()
    {
        if (!textWritten) return;
        Append(0);
        textWritten = false;
    }

    public void EndDocument() => Record(used - documentStart);

    /// <summary>
    /// The sequences of consecutive runs of documents, in order, as one: the first run's blocks are taken as they
    /// are (its ids are the merged dictionary's first ones), later runs' ids are rewritten through their mapping.
    /// </summary>
    public static TermSequences Merge(IReadOnlyList<TermSequences> parts, IReadOnlyList<int[]> localToGlobal)
    {
        var merged = parts[0];
        for (var p = 1; p < parts.Count; p++)
        {
            var part = parts[p];
            var map = localToGlobal[p];
            for (var at = 0; at < part.documents; at++)
            {
                merged.BeginDocument(part.firstDoc + at);
                var bytes = part.Of(part.firstDoc + at);
                var position = 0;
                while (position < bytes.Length)
                {
                    var value = ReadVarint(bytes, ref position);
                    merged.Append(value == 0 ? 0 : (uint)map[value - 1] + 1);
                }
                merged.EndDocument();
            }
            part.blocks.Clear();
        }
        return merged;
    }

    private void Record(int length)
    {
        if (documents == starts.Length)
        {
            Array.Resize(ref starts, starts.Length * 2);
            Array.Resize(ref lengths, lengths.Length * 2);
        }
        starts[documents] = length == 0 ? 0 : ((long)(blocks.Count - 1) << 32) | (uint)documentStart;
        lengths[documents] = length;
        documents++;
    }

    private void Append(uint value)
    {
        if (used + MaxVarintBytes > block.Length) NewBlock();
        used = WriteVarint(block, used, value);
    }

    // A document never spans two blocks: its bytes so far move to the new block, which is made large enough.
    private void NewBlock()
    {
        var pending = used - documentStart;
        var size = Math.Clamp(block.Length * 2, FirstBlockSize, LargestBlockSize);
        var next = new byte[Math.Max(size, 2 * (pending + MaxVarintBytes))];
        Array.Copy(block, documentStart, next, 0, pending);
        block = next;
        blocks.Add(next);
        documentStart = 0;
        used = pending;
    }

    private static int WriteVarint(byte[] bytes, int position, uint value)
    {
        while (value >= 0x80)
        {
            bytes[position++] = (byte)(value | 0x80);
            value >>= 7;
        }
        bytes[position++] = (byte)value;
        return position;
    }

    private static uint ReadVarint(ReadOnlySpan<byte> bytes, ref int position)
    {
        uint value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[position++];
            value |= (uint)(b & 0x7f) << shift;
            if (b < 0x80) return value;
        }
    }
}

namespace PaperTools.Formats.BibTeX;

/// <summary>
/// Where the exporter writes the text of the entries it makes, as the UTF-8 the file will hold (half the memory of
/// UTF-16, and copied to the file as it is): blocks shared by many entries, each large enough to be a large object.
/// Entries live until their file is written; a string of its own for each was copied by the garbage collector from
/// one generation to the next, while a large block is never moved. A block stays alive while any entry in it does, so
/// blocks are small as large objects go, and a long entry gets its own array.
/// </summary>
internal sealed class EntryTextBuffer
{
    /// <summary>128 KB: just above the large-object threshold (85,000 bytes); about 70 entries with
    /// abstracts.</summary>
    private const int BlockLength = 128 * 1024;

    private byte[] block = Array.Empty<byte>();
    private int used;
    private byte[]? ownArray;

    /// <summary>Room for at most <paramref name="maxLength"/> bytes of one entry; <see cref="Keep"/> then keeps what
    /// was written there.</summary>
    public Span<byte> Reserve(int maxLength)
    {
        if (maxLength > BlockLength / 4) return ownArray = new byte[maxLength];
        ownArray = null;
        if (block.Length - used < maxLength)
        {
            block = GC.AllocateUninitializedArray<byte>(BlockLength);
            used = 0;
        }
        return block.AsSpan(used, maxLength);
    }

    /// <summary>Keeps the first <paramref name="length"/> bytes of the room last reserved, not shared with anything
    /// else written; returns the array they are in and, in <paramref name="start"/>, where they begin.</summary>
    public byte[] Keep(int length, out int start)
    {
        start = 0;
        if (ownArray != null) return ownArray.Length == length ? ownArray : ownArray.AsSpan(0, length).ToArray();
        start = used;
        used += length;
        return block;
    }
}

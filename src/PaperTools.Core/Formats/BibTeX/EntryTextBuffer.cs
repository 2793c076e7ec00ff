namespace PaperTools.Formats.BibTeX;

/// <summary>
/// Where the exporter writes the text of the entries it makes: blocks shared by many entries, each large enough to be
/// a large object. Entries live until their file is written; a string of its own for each was copied by the garbage
/// collector from one generation to the next, while a large block is never moved. A block stays alive while any
/// entry in it does, so blocks are small as large objects go, and a long entry gets its own array.
/// </summary>
internal sealed class EntryTextBuffer
{
    /// <summary>128 KB: just above the large-object threshold (85,000 bytes); about 36 entries with
    /// abstracts.</summary>
    private const int BlockLength = 64 * 1024;

    private char[] block = Array.Empty<char>();
    private int used;

    /// <summary>Room for <paramref name="length"/> characters, not shared with anything else written.</summary>
    public Memory<char> Take(int length)
    {
        if (length > BlockLength / 4) return new char[length];
        if (block.Length - used < length)
        {
            block = GC.AllocateUninitializedArray<char>(BlockLength);
            used = 0;
        }
        var taken = block.AsMemory(used, length);
        used += length;
        return taken;
    }
}

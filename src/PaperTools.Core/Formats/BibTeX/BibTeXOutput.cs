using PaperTools.BibTeX;
using PaperTools.Files;

namespace PaperTools.Formats.BibTeX;

/// <summary>
/// Lays out the text of a .bib file from entries in the order given. An entry read from a file brings that file's
/// other parts with it: every block (@string, @preamble, @comment, text) that stood before it and is not written
/// yet goes first, so macros are defined before their use; the blocks after a file's last entry go at the end.
/// Items that followed each other in their file are joined exactly as they were, so a whole file given in order
/// comes out byte for byte; anything else is set apart by a blank line. The parts are kept where they are (an entry's
/// text in its file's bytes or the exporter's blocks, blocks, line breaks) and written from there: UTF-8 bytes as they
/// are, text encoded once, at the end, into blocks of its own.
/// </summary>
internal sealed class BibTeXOutput
{
    private readonly List<SourceText> parts;
    private readonly string newLine;
    private readonly string blankLine;
    private readonly char[] tail = new char[4];
    private int tailLength;
    private long byteCount;
    private readonly Dictionary<BibTeXDocument, int> nextBlock = new Dictionary<BibTeXDocument, int>();
    private readonly List<BibTeXDocument> documents = new List<BibTeXDocument>();
    private BibTeXDocument? lastDocument;
    private int lastPosition;
    private bool lastWasMade;

    /// <param name="entries">How many entries will be added: room is made for each and the blank line between two
    /// (or the closing line break), all that entries made anew are written with.</param>
    public BibTeXOutput(string newLine, int entries)
    {
        parts = new List<SourceText>(2 * entries);
        this.newLine = newLine;
        blankLine = newLine + newLine;
    }

    public void Add(BibTeXEntry entry)
    {
        var document = entry.Document;
        if (document != null)
        {
            if (!nextBlock.ContainsKey(document))
            {
                nextBlock.Add(document, 0);
                documents.Add(document);
            }
            WriteBlocksBefore(document, entry.Position);
        }
        Append(entry.Source, document, entry.Position, whitespace: false);
        lastWasMade = document == null;
    }

    /// <summary>The whole file, UTF-8: every block of every file seen is written, those after its last entry at the
    /// end.</summary>
    public LibraryContent Finish()
    {
        foreach (var document in documents) WriteBlocksBefore(document, int.MaxValue);
        if (lastWasMade) Write(new SourceText(newLine));
        var bytes = new ReadOnlyMemory<byte>[parts.Count];
        var encoded = Array.Empty<byte>();
        var used = 0;
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            if (part.IsUtf8)
            {
                bytes[i] = part.Utf8Memory;
                continue;
            }
            // Text (line breaks, a UTF-16 file's entries and blocks) is encoded into shared blocks.
            var count = part.Utf8Count;
            if (encoded.Length - used < count)
            {
                encoded = new byte[Math.Max(count, EncodedBlockLength)];
                used = 0;
            }
            part.CopyUtf8To(encoded.AsSpan(used));
            bytes[i] = encoded.AsMemory(used, count);
            used += count;
        }
        return new LibraryContent(bytes);
    }

    /// <summary>The size of the blocks text is encoded into: many line breaks and blocks share one.</summary>
    private const int EncodedBlockLength = 64 * 1024;

    private void WriteBlocksBefore(BibTeXDocument document, int position)
    {
        var blocks = document.Blocks;
        var next = nextBlock[document];
        while (next < blocks.Count && blocks[next].Position < position)
        {
            var block = blocks[next++];
            Append(new SourceText(block.Text), document, block.Position, block.Kind == BibTeXBlockKind.Text
                && string.IsNullOrWhiteSpace(block.Text));
            lastWasMade = false;
        }
        nextBlock[document] = next;
    }

    private void Append(SourceText item, BibTeXDocument? document, int position, bool whitespace)
    {
        var follows = document != null && document == lastDocument && position == lastPosition + 1;
        lastDocument = document;
        lastPosition = position;
        if (!follows)
        {
            // White space between items that are no longer neighbours is replaced by the blank line below.
            if (whitespace && byteCount > 0) return;
            if (byteCount > 0 && !EndsWith(blankLine))
                Write(new SourceText(EndsWith(newLine) ? newLine : blankLine));
        }
        Write(item);
    }

    private void Write(SourceText part)
    {
        var bytes = part.Utf8Count;
        if (bytes == 0) return;
        parts.Add(part);
        byteCount += bytes;
        // The last few characters written, for EndsWith (a line break is at most two, a blank line four).
        Span<char> last = stackalloc char[4];
        var taken = part.CopyLastCharsTo(last);
        var keep = Math.Min(tailLength, tail.Length - taken);
        Array.Copy(tail, tailLength - keep, tail, 0, keep);
        last.Slice(last.Length - taken).CopyTo(tail.AsSpan(keep));
        tailLength = keep + taken;
    }

    private bool EndsWith(string suffix)
    {
        if (tailLength < suffix.Length) return false;
        for (var i = 0; i < suffix.Length; i++)
            if (tail[tailLength - suffix.Length + i] != suffix[i]) return false;
        return true;
    }
}

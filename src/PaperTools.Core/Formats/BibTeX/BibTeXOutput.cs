using PaperTools.BibTeX;

namespace PaperTools.Formats.BibTeX;

/// <summary>
/// Lays out the text of a .bib file from entries in the order given. An entry read from a file brings that file's
/// other parts with it: every block (@string, @preamble, @comment, text) that stood before it and is not written
/// yet goes first, so macros are defined before their use; the blocks after a file's last entry go at the end.
/// Items that followed each other in their file are joined exactly as they were, so a whole file given in order
/// comes out byte for byte; anything else is set apart by a blank line. The parts are kept where they are (an entry's
/// text in its file's bytes or text, blocks, line breaks) and put once, at the end, into a UTF-8 array of their exact
/// size: text encoded, UTF-8 bytes copied.
/// </summary>
internal sealed class BibTeXOutput
{
    private readonly List<SourceText> parts = new List<SourceText>();
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

    public BibTeXOutput(string newLine)
    {
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
    public byte[] Finish()
    {
        foreach (var document in documents) WriteBlocksBefore(document, int.MaxValue);
        if (lastWasMade) Write(new SourceText(newLine));
        var bytes = new byte[checked((int)byteCount)];
        var at = 0;
        foreach (var part in parts) at += part.CopyUtf8To(bytes.AsSpan(at));
        return bytes;
    }

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

namespace PaperTools;

/// <summary>
/// Reads lines like TextReader.ReadLine, but never holds more than <c>maxLength</c> characters of one:
/// a 50 MB line is skipped to its end and reported as too long instead of exhausting memory.
/// Understands \n, \r\n and \r endings and counts lines from 1. Reads the text a block at a time and finds
/// line ends with a vectorised search; a line that runs past the block is moved to its start and the block
/// topped up, so a line costs one copy, into its string (only lines longer than a block are pieced together).
/// </summary>
public sealed class BoundedLineReader
{
    private const int BlockSize = 16 * 1024;

    private readonly TextReader reader;
    private readonly int maxLength;
    private readonly char[] block = new char[BlockSize];
    private readonly StringBuilder partial = new StringBuilder();
    private int position;
    private int filled;

    public BoundedLineReader(TextReader reader, int maxLength)
    {
        this.reader = reader;
        this.maxLength = maxLength;
    }

    /// <summary>The 1-based number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    /// <summary>Next line without its ending; null at the end. <paramref name="tooLong"/> is true (and the line
    /// null-free but empty) when it exceeded the limit.</summary>
    public string? ReadLine(out bool tooLong)
    {
        tooLong = false;
        partial.Clear();
        string? line = null;
        var any = false;
        var searched = 0; // characters from position on already known to hold no line end
        while (position < filled || Refill())
        {
            any = true;
            var stop = block.AsSpan(position + searched, filled - position - searched).IndexOfAny('\r', '\n');
            if (stop >= 0) stop += searched;
            else if (!tooLong && partial.Length == 0 && position > 0 && TopUp(out var moved))
            {
                // The line's start is now the block's start and more text came in behind it: search only the new text.
                searched = moved;
                continue;
            }
            var taken = stop < 0 ? block.AsSpan(position, filled - position) : block.AsSpan(position, stop);
            searched = 0;
            if (!tooLong)
            {
                if (partial.Length + taken.Length > maxLength)
                {
                    tooLong = true;
                    partial.Clear();
                }
                else if (stop >= 0 && partial.Length == 0) line = new string(taken);
                else partial.Append(taken);
            }
            position += taken.Length;
            if (stop < 0) continue;
            if (block[position++] == '\r' && (position < filled || Refill()) && block[position] == '\n') position++;
            break;
        }
        if (!any) return null;
        LineNumber++;
        return tooLong ? string.Empty : line ?? partial.ToString();
    }

    private bool Refill()
    {
        position = 0;
        filled = reader.ReadBlock(block, 0, block.Length);
        return filled > 0;
    }

    /// <summary>Moves the unread rest of the block (<paramref name="moved"/> characters) to its start and reads more
    /// after it; false at the end of the text.</summary>
    private bool TopUp(out int moved)
    {
        moved = filled - position;
        Array.Copy(block, position, block, 0, moved);
        position = 0;
        filled = moved;
        var read = reader.ReadBlock(block, moved, block.Length - moved);
        filled += read;
        return read > 0;
    }
}

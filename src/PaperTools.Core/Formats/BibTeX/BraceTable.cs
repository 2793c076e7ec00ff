using System.Buffers;

namespace PaperTools.Formats.BibTeX;

/// <summary>
/// Where every '{' of a text is closed, found in one pass. BibTeX counts every brace (escaped or not), so the
/// brace that closes a given '{' depends only on the text after it: the parser can skip a braced value, or
/// know at once that it is never closed, instead of scanning to the end of the file each time. That keeps
/// reading linear whatever a file leaves unclosed.
/// </summary>
internal sealed class BraceTable
{
    private readonly int[] opens;
    private readonly int[] closes;

    /// <summary>The braces of the UTF-8 <paramref name="span"/>, which stands at <paramref name="offset"/> of the
    /// indices asked.</summary>
    public BraceTable(ReadOnlySpan<byte> span, int offset)
    {
        // Counted first (one vectorised pass), so the tables are made once at their size; the stack is borrowed.
        var count = span.Count((byte)'{');
        opens = new int[count];
        closes = new int[count];
        var stack = ArrayPool<int>.Shared.Rent(Math.Max(count, 1));
        var depth = 0;
        var made = 0;
        for (var i = span.IndexOfAny((byte)'{', (byte)'}'); i >= 0; )
        {
            if (span[i] == '{')
            {
                stack[depth++] = made;
                opens[made] = offset + i;
                closes[made++] = -1;
            }
            else if (depth > 0) closes[stack[--depth]] = offset + i;
            var next = span.Slice(i + 1).IndexOfAny((byte)'{', (byte)'}');
            i = next < 0 ? -1 : i + 1 + next;
        }
        ArrayPool<int>.Shared.Return(stack);
    }

    /// <summary>The index of the '}' that closes the '{' at <paramref name="open"/>; -1 when it is never
    /// closed.</summary>
    public int CloseOf(int open)
    {
        var found = Array.BinarySearch(opens, open);
        return found >= 0 ? closes[found] : -1;
    }
}

using System.Buffers;

namespace PaperTools;

/// <summary>Collapses every run of white space (line breaks, tabs, no-break spaces) to one space.</summary>
public static class Whitespace
{
    /// <summary>The text on one line, trimmed; null when nothing but white space is left.</summary>
    public static string? Collapse(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        if (IsCollapsed(text)) return text;
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (IsSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return sb.Length == 0 ? null : sb.ToString();
    }

    /// <summary>What collapses: white space and the no-break space.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c == '\u00A0';

    /// <summary>Every white-space character but the plain space (char.IsWhiteSpace's, and the no-break space); text
    /// without one is collapsed already if its spaces are. Written out, not found by testing every char at first use.
    /// </summary>
    private static readonly SearchValues<char> OtherWhitespace = SearchValues.Create(
        "\t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A"
        + "\u2028\u2029\u202F\u205F\u3000");

    // Most text (titles, abstracts, names from JSON) is already one line with single spaces: two vectorised scans say
    // so.
    private static bool IsCollapsed(string text)
        => text[0] != ' ' && text[text.Length - 1] != ' ' && text.AsSpan().IndexOfAny(OtherWhitespace) < 0
           && text.IndexOf("  ", StringComparison.Ordinal) < 0;
}

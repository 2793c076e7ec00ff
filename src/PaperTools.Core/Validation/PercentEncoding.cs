using System.Globalization;

namespace PaperTools.Validation;

/// <summary>
/// RFC 3986 percent-encoding of single characters, shared by the DOI and URL validators. A "%" that already
/// starts a valid %XX triplet is kept, so encoding what was encoded changes nothing (a value read back from a
/// .bib writes the same bytes); characters outside ASCII are encoded as their UTF-8 bytes.
/// </summary>
internal static class PercentEncoding
{
    public static bool IsTriplet(string text, int i)
        => i + 2 < text.Length && text[i] == '%' && IsHex(text[i + 1]) && IsHex(text[i + 2]);

    public static void Append(StringBuilder output, string text, ref int i)
    {
        var length = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
        foreach (var b in Encoding.UTF8.GetBytes(text.Substring(i, length)))
            output.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        i += length - 1;
    }

    /// <summary>Control characters (C0, DEL, C1) and white space other than a plain space: never part of an identifier
    /// or address.</summary>
    public static bool IsForbidden(char c) => char.IsControl(c) || (char.IsWhiteSpace(c) && c != ' ');

    private static bool IsHex(char c) => (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace PaperTools.Validation;

/// <summary>
/// The only addresses PaperTools passes on: absolute http or https URLs with a host. javascript:, vbscript:,
/// data:, file:, UNC paths (\\host\share) and relative references are refused: a Paper's Url ends up in
/// HTML reports, Start-Process and the url field of a bibliography, where each of those runs code or reads
/// files. For the url field the address is also percent-encoded as RFC 3986 allows, so TeX never reads a
/// command, a comment or a brace in it.
/// </summary>
public static class WebAddress
{
    private const int MaxLength = 8 * 1024;

    // Characters RFC 3986 does not allow in a URI at all, plus ~, which it lets a producer encode without
    // changing the address (section 2.3) and which TeX reads as a tie. # stays for the fragment it opens.
    private const string EncodedAlways = "^\\{}~\"<>`| ";

    private static readonly char[] AuthorityEnds = { '/', '?', '#' };
    private static readonly char[] NotInHost = { '\\', ' ', '%' };

    /// <summary>True when <paramref name="value"/> is an absolute http or https address with a host.</summary>
    public static bool IsWebAddress([NotNullWhen(true)] string? value)
    {
        var address = value?.Trim();
        if (string.IsNullOrEmpty(address) || address.Length > MaxLength) return false;
        foreach (var c in address)
            if (PercentEncoding.IsForbidden(c)) return false;
        var afterScheme = address.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? 8
            : address.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? 7 : -1;
        if (afterScheme < 0) return false;
        var end = address.IndexOfAny(AuthorityEnds, afterScheme);
        var authority = address.AsSpan(afterScheme, (end < 0 ? address.Length : end) - afterScheme);
        var host = authority.Slice(authority.LastIndexOf('@') + 1);
        return host.Length > 0 && host[0] != ':' && host.IndexOfAny(NotInHost) < 0;
    }

    /// <summary>The address ready to write raw (url field); null when it is not an http or https address.</summary>
    public static string? ToSafe(string? value) => IsWebAddress(value) ? Encoded(value.Trim()) : null;

    /// <summary>
    /// A link with no scheme at all ("www.example.org/a", EndNote's placeholder "URL"), which names no address to
    /// follow, encoded as <see cref="ToSafe"/> encodes an address, to write raw; null for any text with a colon (a
    /// scheme: javascript:, file:) or a character no address has.
    /// </summary>
    public static string? ToSafeText(string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text) || text.Length > MaxLength || text.Contains(':')
            || text.Any(PercentEncoding.IsForbidden)) return null;
        return Encoded(text);
    }

    /// <summary>What <see cref="Encoded"/> may change, besides any character beyond ASCII.</summary>
    private static readonly SearchValues<char> MayBeEncoded = SearchValues.Create("%#" + EncodedAlways);

    // Percent-encodes what TeX or RFC 3986 would misread, keeping valid triplets and the first #. An address with
    // nothing to encode (most) is itself, not copied.
    private static string Encoded(string address)
    {
        if (address.AsSpan().IndexOfAny(MayBeEncoded) < 0 && Ascii.IsValid(address)) return address;
        var output = new StringBuilder(address.Length + 8);
        var fragment = false;
        for (var i = 0; i < address.Length; i++)
        {
            var c = address[i];
            if (c == '%' && PercentEncoding.IsTriplet(address, i)) output.Append(c);
            else if (c == '#' && !fragment)
            {
                fragment = true;
                output.Append(c);
            }
            else if (c >= 128 || c == '%' || c == '#'
                || EncodedAlways.IndexOf(c) >= 0) PercentEncoding.Append(output, address, ref i);
            else output.Append(c);
        }
        return output.ToString();
    }
}

using System.Text.RegularExpressions;

namespace PaperTools.Validation;

/// <summary>
/// The grammar of a DOI for the doi field, which BibTeX writes without escaping: "10.", a registrant code of
/// digits (dotted sub-codes allowed), "/", and a suffix of printable characters. The characters TeX reads
/// specially, % # ^ ~ \ { }, and anything outside ASCII are percent-encoded, as the DOI Handbook encodes a
/// DOI in a URL, so a suffix can never close the field, start a comment or spell a command (^^5c is \).
/// </summary>
public static class DoiGrammar
{
    private static readonly Regex Shape = new Regex(@"^10\.[0-9]{4,9}(?:\.[0-9]+)*/[^ ]+$", Patterns.Safe);
    private static readonly string[] Prefixes = { "https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
        "http://dx.doi.org/", "doi:" };
    private const string TexSpecials = "%#^~\\{}";
    private const int MaxLength = 1000;

    /// <summary>The DOI ready to write raw, without any resolver prefix; null when <paramref name="value"/> is not a
    /// DOI.</summary>
    public static string? ToSafe(string? value)
    {
        var doi = value?.Trim();
        if (string.IsNullOrEmpty(doi) || doi.Length > MaxLength) return null;
        foreach (var prefix in Prefixes)
        {
            if (!doi.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) continue;
            doi = doi.Substring(prefix.Length);
            break;
        }
        foreach (var c in doi)
            if (PercentEncoding.IsForbidden(c)) return null;
        if (!Shape.IsMatch(doi)) return null;

        var output = new StringBuilder(doi.Length + 8);
        for (var i = 0; i < doi.Length; i++)
        {
            var c = doi[i];
            if (c == '%' && PercentEncoding.IsTriplet(doi, i)) output.Append(c);
            else if (c >= 128 || TexSpecials.IndexOf(c) >= 0) PercentEncoding.Append(output, doi, ref i);
            else output.Append(c);
        }
        return output.ToString();
    }
}

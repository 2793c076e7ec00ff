using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace PaperTools;

/// <summary>
/// Parses arXiv identifiers in the forms digests carry: 2401.01234, 2401.01234v2, arXiv:2401.01234,
/// oai:arXiv.org:2401.01234, https://arxiv.org/abs/2401.01234v3, and old-style hep-th/9901001(v1).
/// </summary>
public static class ArxivIdentifier
{
    // New style (2007+): YYMM.NNNN (to 2014) or YYMM.NNNNN. Old style: archive(.SUBJ)/YYMMNNN.
    private static readonly Regex Pattern = new Regex(
        @"(?<![\w.])(?:arxiv:|oai:arxiv\.org:|arxiv\.org/(?:abs|pdf)/)?(?<id>[0-9]{4}\.[0-9]{4,5}|" +
            @"[a-z][a-z\-]{0,15}(?:\.[a-z]{2})?/[0-9]{7})(?:v(?<v>[0-9]+))?(?![0-9])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Finds the first arXiv identifier in <paramref name="text"/>; false when there is none.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out string? id, out int? version)
    {
        id = null;
        version = null;
        if (string.IsNullOrEmpty(text)) return false;
        // Most ids are held bare (2401.01234): the pattern would find the whole text, without a version.
        if (IsBareNewStyle(text))
        {
            id = text;
            return true;
        }
        var m = Pattern.Match(text);
        if (!m.Success) return false;
        id = NormalizeCase(m.Groups["id"].Value);
        if (m.Groups["v"].Success && int.TryParse(m.Groups["v"].Value, out var v)) version = v;
        return true;
    }

    /// <summary>YYMM.NNNN or YYMM.NNNNN and nothing else.</summary>
    private static bool IsBareNewStyle(string text)
        => text.Length is 9 or 10 && text[4] == '.' && !text.AsSpan(0, 4).ContainsAnyExceptInRange('0', '9')
            && !text.AsSpan(5).ContainsAnyExceptInRange('0', '9');

    /// <summary>The identifier alone, without version; null when there is none.</summary>
    public static string? Normalize(string? text) => TryParse(text, out var id, out _) ? id : null;

    // Old-style archives are lower case with an upper-case subject class: math.AG/0601001.
    private static string NormalizeCase(string id)
    {
        var slash = id.IndexOf('/');
        if (slash < 0) return id;
        var archive = id.Substring(0, slash);
        var dot = archive.IndexOf('.');
        archive = dot < 0 ? archive.ToLowerInvariant()
            : archive.Substring(0, dot).ToLowerInvariant() + "." + archive.Substring(dot + 1).ToUpperInvariant();
        return archive + id.Substring(slash);
    }
}

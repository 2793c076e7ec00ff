using System.Globalization;
using System.Text.RegularExpressions;

namespace PaperTools;

/// <summary>
/// The publication year, from what the source states, in one place for every reader: the year of the
/// publication date the source gives; else the year of its journal reference ("Adv. Theor. Math. Phys. 2 (1998)
/// 231-252"), else the year its arXiv identifier
/// encodes (2402.18001 and hep-th/9901001 were first submitted in 2024 and 1999; arXiv's own BibTeX
/// export cites that year). Never the digest date: that says when a paper was announced, not published.
/// </summary>
public static class PublicationYear
{
    private static readonly Regex ParenthesisedYear = new Regex(@"\((?<year>(?:19|20)[0-9][0-9])\)",
        RegexOptions.Compiled | Patterns.Safe);
    private static readonly Regex AnyYear = new Regex(@"(?<![0-9])(?<year>(?:19|20)[0-9][0-9])(?![0-9])",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);
    private static readonly Regex NewStyleId = new Regex(@"^(?<yy>[0-9][0-9])(?<mm>[0-9][0-9])\.[0-9]{4,5}$",
        RegexOptions.Compiled | Patterns.Safe);
    private static readonly Regex OldStyleId = new Regex(@"/(?<yy>[0-9][0-9])(?<mm>[0-9][0-9])[0-9]{3}$",
        RegexOptions.Compiled | Patterns.Safe);

    /// <summary>Sets Year, when the source stated none, from Published, the journal reference or the arXiv
    /// id.</summary>
    public static Paper Complete(Paper paper)
    {
        if (paper.Year == null) paper.Year = paper.Published?.Year ?? FromJournalRef(paper.JournalRef)
            ?? FromArxivId(paper.ArxivId);
        return paper;
    }

    public static int? FromJournalRef(string? journalRef)
    {
        if (string.IsNullOrEmpty(journalRef)) return null;
        var m = ParenthesisedYear.Match(journalRef);
        if (!m.Success) m = AnyYear.Match(journalRef);
        return m.Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : (int?)null;
    }

    /// <summary>arXiv started in August 1991, so old-style two-digit years 91-99 are the 1990s.</summary>
    public static int? FromArxivId(string? arxivId)
    {
        if (string.IsNullOrEmpty(arxivId)) return null;
        var m = NewStyleId.Match(arxivId);
        if (!m.Success) m = OldStyleId.Match(arxivId);
        if (!m.Success) return null;
        var month = int.Parse(m.Groups["mm"].Value, CultureInfo.InvariantCulture);
        if (month < 1 || month > 12) return null;
        var yy = int.Parse(m.Groups["yy"].Value, CultureInfo.InvariantCulture);
        return yy >= 91 ? 1900 + yy : 2000 + yy;
    }
}

using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace PaperTools;

/// <summary>
/// What kind of work a paper is, from what its source states, for every writer (BibTeX entry types, RIS TY, CSL
/// type): a conference paper (a venue named as proceedings or a conference), a journal article (a journal
/// reference, or a venue or publisher's DOI that is no preprint server's), a preprint (on arXiv, or a preprint
/// server named by its venue or DOI: bioRxiv, medRxiv, SSRN, ...), or a work of unknown kind (a title alone).
/// </summary>
internal enum PaperKind { JournalArticle, ConferencePaper, Preprint, Unknown }

internal static class PaperKinds
{
    private static readonly Regex Proceedings = new Regex(@"\b(?:proceedings|conference|workshop|symposium)\b",
        RegexOptions.IgnoreCase | Patterns.Safe);

    private static readonly Regex PreprintServerName = new Regex(
        @"\b(?:arXiv|bioRxiv|medRxiv|ChemRxiv|TechRxiv|PsyArXiv|SocArXiv|EarthArXiv|engrXiv|SSRN|Research " +
            @"Square|Preprints\.org|OSF Preprints|Authorea)\b",
        RegexOptions.IgnoreCase | Patterns.Safe);

    // The DOI prefixes preprint servers register under. 10.1101 is also Cold Spring Harbor's journals
    // (10.1101/gr.…), whose suffixes start with letters; bioRxiv's and medRxiv's start with a digit.
    private static readonly Regex PreprintDoiPrefix = new Regex(
        @"^10\.(?:48550/arxiv\.|1101/[0-9]|2139/ssrn\.|21203/rs\.|26434/chemrxiv|20944/preprints|3121[0-9]/osf\.io|" +
            @"3123[0-9]/osf\.io|31223/|36227/techrxiv|22541/au\.)",
        RegexOptions.IgnoreCase | Patterns.Safe);

    public static PaperKind Of(Paper paper)
    {
        if (paper.Venue != null && Proceedings.IsMatch(paper.Venue)) return PaperKind.ConferencePaper;
        if (paper.JournalRef != null) return PaperKind.JournalArticle;
        if (IsPreprintServer(paper.Venue) || IsPreprintDoi(paper.Doi)) return PaperKind.Preprint;
        if (paper.Venue != null || paper.Doi != null) return PaperKind.JournalArticle;
        return paper.ArxivId != null ? PaperKind.Preprint : PaperKind.Unknown;
    }

    /// <summary>The server a preprint is on: arXiv for an arXiv id, else the venue that names one ("medRxiv"); null
    /// when unknown.</summary>
    public static string? Server(Paper paper)
        => paper.ArxivId != null ? "arXiv" : IsPreprintServer(paper.Venue) ? paper.Venue : null;

    /// <summary>The DOI to write: the publisher's, else the one DataCite registers for the arXiv id where
    /// <see cref="WritesArxivDoi"/>.</summary>
    public static string? Doi(Paper paper)
        => paper.Doi ?? (WritesArxivDoi(paper) ? Digests.ArxivLinks.Doi(paper.ArxivId) : null);

    /// <summary>
    /// Whether an arXiv paper without a publisher's DOI is written with the arXiv DOI: the preprint itself (no venue,
    /// or a preprint server's), or one whose own entry states it (a .bib's doi field, which the reader keeps as the
    /// arXiv id). A paper a journal, proceedings or book names (an @article read with its eprint) is the published
    /// work, which the preprint's DOI does not identify.
    /// </summary>
    public static bool WritesArxivDoi(Paper paper) => paper.ArxivId != null
        && (paper.Venue == null || IsPreprintServer(paper.Venue) || paper.HasFields && paper.Fields.Contains("doi"));

    public static int? Year(Paper paper) => paper.Year ?? paper.Published?.Year;

    public static bool IsPreprintDoi(string? doi) => doi != null && PreprintDoiPrefix.IsMatch(doi.Trim());

    private static bool IsPreprintServer([NotNullWhen(true)] string? venue) => venue != null
        && PreprintServerName.IsMatch(venue);
}

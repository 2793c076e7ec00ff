using System.Text.RegularExpressions;
using PaperTools.Digests.Json;
using PaperTools.Identity;

namespace PaperTools.Publication;

/// <summary>
/// What makes a paper a preprint: an arXiv id (eprint, arXiv DOI, arXiv address, or a venue such as Google Scholar's
/// "arXiv preprint arXiv:1712.01815"), or a DOI whose registrant is a preprint server.
/// </summary>
public static class PreprintIdentity
{
    /// <summary>
    /// Registrant prefixes of preprint servers: arXiv, bioRxiv/medRxiv, Research Square, Preprints.org, OSF, ChemRxiv,
    /// TechRxiv, SSRN.
    /// </summary>
    private static readonly string[] PreprintPrefixes =
        { "10.48550/", "10.1101/", "10.21203/", "10.20944/", "10.31219/", "10.31234/", "10.31235/", "10.26434/",
            "10.36227/", "10.2139/" };

    private static readonly Regex PreprintVenue = new Regex(@"arxiv|biorxiv|medrxiv|preprint|\bcorr\b",
        RegexOptions.IgnoreCase | Patterns.Safe);

    /// <summary>
    /// True when a venue names a preprint server rather than a publication ("arXiv preprint arXiv:…", "CoRR").
    /// </summary>
    public static bool IsPreprintVenue(string? venue) => venue != null && PreprintVenue.IsMatch(venue);

    /// <summary>True for a DOI (lower case, no resolver) registered by a preprint server.</summary>
    public static bool IsPreprintDoi(string? doi) => doi != null
        && PreprintPrefixes.Any(p => doi.StartsWith(p, StringComparison.Ordinal));

    /// <summary>
    /// The paper's DOI unless it is arXiv's, as written (case kept: Crossref's replies spell it so), without resolver.
    /// </summary>
    public static string? PublisherDoi(Paper paper)
        => SameWork.DoiKey(paper) == null ? null : JsonValues.Doi(paper.Doi!.Trim());

    /// <summary>
    /// The arXiv id as <see cref="SameWork.ArxivKey"/> writes it, else the one a preprint venue names; null when none.
    /// </summary>
    public static string? ArxivId(Paper paper)
        => SameWork.ArxivKey(paper)
           ?? (IsPreprintVenue(paper.Venue) ? ArxivIdentifier.Normalize(paper.Venue)?.ToLowerInvariant() : null);
}

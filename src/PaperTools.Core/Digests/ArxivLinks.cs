namespace PaperTools.Digests;

/// <summary>The canonical arXiv addresses of a paper, unversioned so they always show the latest version.</summary>
public static class ArxivLinks
{
    public static string? Abstract(string? arxivId) => string.IsNullOrEmpty(arxivId) ? null
        : "https://arxiv.org/abs/" + arxivId;

    public static string? Pdf(string? arxivId) => string.IsNullOrEmpty(arxivId) ? null
        : "https://arxiv.org/pdf/" + arxivId;

    /// <summary>The DOI DataCite registers for every arXiv paper: 10.48550/arXiv.ID.</summary>
    public static string? Doi(string? arxivId) => string.IsNullOrEmpty(arxivId) ? null : DoiPrefix + arxivId;

    /// <summary>The arXiv id an arXiv DOI names; null for any other DOI.</summary>
    public static string? IdFromDoi(string? doi)
        => doi != null && doi.StartsWith(DoiPrefix, System.StringComparison.OrdinalIgnoreCase)
            ? ArxivIdentifier.Normalize(doi.Substring(DoiPrefix.Length)) : null;

    private const string DoiPrefix = "10.48550/arXiv.";
}

namespace PaperTools;

/// <summary>
/// A paper's Id: its strongest identifier. Whether two papers are the same work is decided by Core's
/// PaperTools.Identity.SameWork, which compares every identifier and the facts that can tell works apart.
/// </summary>
public static class PaperIdentity
{
    public static string? Of(Paper paper)
    {
        if (!string.IsNullOrEmpty(paper.ArxivId)) return "arxiv:" + paper.ArxivId.ToLowerInvariant();
        if (!string.IsNullOrEmpty(paper.Doi)) return "doi:" + paper.Doi.ToLowerInvariant();
        var title = TextNormalizer.NormalizeTitle(paper.Title);
        return title.Length == 0 ? null : "title:" + title;
    }
}

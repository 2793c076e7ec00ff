namespace PaperTools
{
    /// <summary>The identity rules shared by Paper.Id, duplicate detection and -Append.</summary>
    public static class PaperIdentity
    {
        public static string Of(Paper paper)
        {
            if (!string.IsNullOrEmpty(paper.ArxivId)) return "arxiv:" + paper.ArxivId.ToLowerInvariant();
            if (!string.IsNullOrEmpty(paper.Doi)) return "doi:" + paper.Doi.ToLowerInvariant();
            var title = TextNormalizer.NormalizeTitle(paper.Title);
            return title.Length == 0 ? null : "title:" + title;
        }

        /// <summary>
        /// True when two papers are the same work: same arXiv id, same DOI, or same normalised title.
        /// Every available key is compared, so a .bib entry with only a DOI still matches the arXiv record carrying it.
        /// </summary>
        public static bool SameWork(Paper a, Paper b)
        {
            if (!string.IsNullOrEmpty(a.ArxivId) && string.Equals(a.ArxivId, b.ArxivId, System.StringComparison.OrdinalIgnoreCase)) return true;
            if (!string.IsNullOrEmpty(a.Doi) && string.Equals(a.Doi, b.Doi, System.StringComparison.OrdinalIgnoreCase)) return true;
            var ta = TextNormalizer.NormalizeTitle(a.Title);
            return ta.Length > 0 && ta == TextNormalizer.NormalizeTitle(b.Title);
        }
    }
}

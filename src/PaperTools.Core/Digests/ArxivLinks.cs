namespace PaperTools.Digests
{
    /// <summary>The canonical arXiv addresses of a paper, unversioned so they always show the latest version.</summary>
    public static class ArxivLinks
    {
        public static string Abstract(string arxivId) => string.IsNullOrEmpty(arxivId) ? null : "https://arxiv.org/abs/" + arxivId;

        public static string Pdf(string arxivId) => string.IsNullOrEmpty(arxivId) ? null : "https://arxiv.org/pdf/" + arxivId;
    }
}

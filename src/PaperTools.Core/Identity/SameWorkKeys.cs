namespace PaperTools.Identity
{
    /// <summary>
    /// A paper's identity as <see cref="SameWork"/> compares it (arXiv identifier, DOI, normalised title), worked out
    /// once: an index compares one paper with many, and normalising a title each time cost more than the comparing.
    /// </summary>
    internal sealed class SameWorkKeys
    {
        public SameWorkKeys(Paper paper)
        {
            Arxiv = SameWork.ArxivKey(paper);
            Doi = SameWork.DoiKey(paper);
            Title = SameWork.TitleKey(paper);
        }

        public string Arxiv { get; }
        public string Doi { get; }
        public string Title { get; }
    }
}

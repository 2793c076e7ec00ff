using System;
using System.Collections.Generic;

namespace PaperTools.BibTeX
{
    /// <summary>
    /// Finds the paper of a collection that is the same work as a given one, by the rules of
    /// <see cref="PaperIdentity.SameWork"/> (arXiv id, DOI, or normalised title), in constant time per lookup.
    /// </summary>
    public sealed class PaperIndex
    {
        private readonly Dictionary<string, Paper> byArxivId = new Dictionary<string, Paper>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, Paper> byDoi = new Dictionary<string, Paper>(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, Paper> byTitle = new Dictionary<string, Paper>(StringComparer.Ordinal);

        public void Add(Paper paper)
        {
            if (!string.IsNullOrEmpty(paper.ArxivId) && !byArxivId.ContainsKey(paper.ArxivId)) byArxivId.Add(paper.ArxivId, paper);
            if (!string.IsNullOrEmpty(paper.Doi) && !byDoi.ContainsKey(paper.Doi)) byDoi.Add(paper.Doi, paper);
            var title = TextNormalizer.NormalizeTitle(paper.Title);
            if (title.Length > 0 && !byTitle.ContainsKey(title)) byTitle.Add(title, paper);
        }

        /// <summary>The first added paper that is the same work as <paramref name="paper"/>, or null.</summary>
        public Paper FindSameWork(Paper paper)
        {
            if (!string.IsNullOrEmpty(paper.ArxivId) && byArxivId.TryGetValue(paper.ArxivId, out var found)) return found;
            if (!string.IsNullOrEmpty(paper.Doi) && byDoi.TryGetValue(paper.Doi, out found)) return found;
            var title = TextNormalizer.NormalizeTitle(paper.Title);
            return title.Length > 0 && byTitle.TryGetValue(title, out found) ? found : null;
        }
    }
}

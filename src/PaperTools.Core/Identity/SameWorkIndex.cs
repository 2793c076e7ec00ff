using System;
using System.Collections.Generic;

namespace PaperTools.Identity
{
    /// <summary>
    /// Papers filed under blocking keys (arXiv identifier, DOI, normalised title, and for papers with none of those
    /// their .bib entry), so that finding the papers that may be the same work as a given one compares it only with
    /// papers that share a key, never with all of them. Each candidate is judged by <see cref="SameWork.Compare"/>.
    /// </summary>
    public sealed class SameWorkIndex
    {
        private readonly Dictionary<string, List<Paper>> blocks = new Dictionary<string, List<Paper>>(StringComparer.Ordinal);

        public void Add(Paper paper)
        {
            if (paper == null) return;
            foreach (var key in Keys(paper))
            {
                if (!blocks.TryGetValue(key, out var list)) blocks.Add(key, list = new List<Paper>(1));
                list.Add(paper);
            }
        }

        /// <summary>Every paper that shares a key with <paramref name="paper"/> and is the same work or a possible duplicate, in the order added.</summary>
        public IEnumerable<SameWorkCandidate> Candidates(Paper paper)
        {
            if (paper == null) yield break;
            var seen = new HashSet<Paper>(ReferenceEqualityComparer.Instance);
            foreach (var key in Keys(paper))
            {
                if (!blocks.TryGetValue(key, out var list)) continue;
                foreach (var other in list)
                {
                    if (!seen.Add(other)) continue;
                    var match = SameWork.Compare(paper, other);
                    if (match.Reason != SameWorkReason.None) yield return new SameWorkCandidate(other, match);
                }
            }
        }

        /// <summary>The paper that is the same work as <paramref name="paper"/> with the highest confidence (the first added of equals); null when none is.</summary>
        public Paper FindSameWork(Paper paper) => FindSameWork(paper, out _);

        public Paper FindSameWork(Paper paper, out SameWorkMatch match)
        {
            Paper best = null;
            match = null;
            foreach (var candidate in Candidates(paper))
            {
                if (!candidate.Match.IsSameWork || (match != null && candidate.Match.Confidence <= match.Confidence)) continue;
                best = candidate.Paper;
                match = candidate.Match;
            }
            return best;
        }

        private static IEnumerable<string> Keys(Paper paper)
        {
            var arxiv = SameWork.ArxivKey(paper);
            if (arxiv != null) yield return "a:" + arxiv;
            var doi = SameWork.DoiKey(paper);
            if (doi != null) yield return "d:" + doi;
            var title = SameWork.TitleKey(paper);
            if (title != null) yield return "t:" + title;
            if (arxiv == null && doi == null && title == null)
            {
                var entry = SameWork.EntryKey(paper);
                if (entry != null) yield return "e:" + entry;
            }
        }
    }
}

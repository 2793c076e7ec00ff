using System;
using System.Collections.Generic;

namespace PaperTools.Identity
{
    /// <summary>
    /// Papers filed under blocking keys (arXiv identifier, DOI, normalised title, and for papers with none of those
    /// their .bib entry), so that finding the papers that may be the same work as a given one compares it only with
    /// papers that share a key, never with all of them. Each candidate is judged by <see cref="SameWork.Compare"/>.
    /// An index serves one planning pass, in which papers do not change: each paper's keys are worked out once.
    /// </summary>
    public sealed class SameWorkIndex
    {
        private readonly Dictionary<string, List<Paper>> blocks = new Dictionary<string, List<Paper>>(StringComparer.Ordinal);
        private readonly Dictionary<Paper, Identity> identities = new Dictionary<Paper, Identity>(ReferenceEqualityComparer.Instance);

        public void Add(Paper paper)
        {
            if (paper == null) return;
            foreach (var key in IdentityOf(paper).Blocks)
            {
                if (!blocks.TryGetValue(key, out var list)) blocks.Add(key, list = new List<Paper>(1));
                list.Add(paper);
            }
        }

        /// <summary>Every paper that shares a key with <paramref name="paper"/> and is the same work or a possible duplicate, in the order added.</summary>
        public IEnumerable<SameWorkCandidate> Candidates(Paper paper)
        {
            if (paper == null) yield break;
            var identity = IdentityOf(paper);
            HashSet<Paper> seen = null;
            foreach (var key in identity.Blocks)
            {
                if (!blocks.TryGetValue(key, out var list)) continue;
                foreach (var other in list)
                {
                    // A paper filed under two keys is compared once; most papers share no block at all, so the set is made late.
                    if (!(seen ??= new HashSet<Paper>(ReferenceEqualityComparer.Instance)).Add(other)) continue;
                    var match = SameWork.Compare(paper, identity.Keys, other, IdentityOf(other).Keys);
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

        private Identity IdentityOf(Paper paper)
        {
            if (!identities.TryGetValue(paper, out var identity)) identities.Add(paper, identity = new Identity(paper));
            return identity;
        }

        /// <summary>A paper's keys, and the blocks it is filed under.</summary>
        private sealed class Identity
        {
            public Identity(Paper paper)
            {
                Keys = new SameWorkKeys(paper);
                var blocks = new List<string>(3);
                if (Keys.Arxiv != null) blocks.Add("a:" + Keys.Arxiv);
                if (Keys.Doi != null) blocks.Add("d:" + Keys.Doi);
                if (Keys.Title != null) blocks.Add("t:" + Keys.Title);
                if (blocks.Count == 0 && SameWork.EntryKey(paper) is string entry) blocks.Add("e:" + entry);
                Blocks = blocks;
            }

            public SameWorkKeys Keys { get; }
            public List<string> Blocks { get; }
        }
    }
}

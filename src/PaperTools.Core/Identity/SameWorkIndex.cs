using System;
using System.Collections.Generic;
using System.Linq;

namespace PaperTools.Identity
{
    /// <summary>
    /// Papers filed under blocking keys (arXiv identifier, DOI, title key, for papers with none of those their .bib
    /// entry, and the opening of a long title, where a cut title meets its full form), so that finding the papers
    /// that may be the same work as a given one compares it only with papers that share a key, never with all of
    /// them. Each candidate is judged by <see cref="SameWork.Compare(Paper, Paper)"/>.
    /// </summary>
    public sealed class SameWorkIndex
    {
        private readonly Dictionary<(char, string), List<SameWorkKeys>> blocks = new Dictionary<(char, string), List<SameWorkKeys>>();
        private readonly Dictionary<int, List<SameWorkKeys>> prefixes = new Dictionary<int, List<SameWorkKeys>>();

        public void Add(Paper paper)
        {
            if (paper == null) return;
            var keys = SameWorkKeys.Of(paper);
            foreach (var key in keys.BlockKeys()) File(blocks, key, keys);
            if (keys.PrefixBlock is int prefix) File(prefixes, prefix, keys);
        }

        /// <summary>Every paper that shares a key with <paramref name="paper"/> and is the same work or a possible duplicate, in the order added.</summary>
        public IReadOnlyList<SameWorkCandidate> Candidates(Paper paper)
        {
            if (paper == null) return Array.Empty<SameWorkCandidate>();
            var keys = SameWorkKeys.Of(paper);
            // Most papers share no block at all: the lists are made only when one is shared.
            List<SameWorkCandidate> found = null;
            HashSet<Paper> seen = null;
            foreach (var key in keys.BlockKeys())
                if (blocks.TryGetValue(key, out var list)) Judge(keys, list, ref seen, ref found);
            if (keys.PrefixBlock is int prefix && prefixes.TryGetValue(prefix, out var opening)) Judge(keys, opening, ref seen, ref found);
            // Block by block, each in the order its papers were added.
            return (IReadOnlyList<SameWorkCandidate>)found ?? Array.Empty<SameWorkCandidate>();
        }

        /// <summary>The paper that is the same work as <paramref name="paper"/> with the highest confidence (the first added of equals); null when none is.</summary>
        public Paper FindSameWork(Paper paper) => FindSameWork(paper, out _);

        public Paper FindSameWork(Paper paper, out SameWorkMatch match)
        {
            Paper best = null;
            match = null;
            var all = Candidates(paper);
            if (all.Count == 0) return null;
            var candidates = all.Where(c => c.Match.IsSameWork).ToList();
            // A cut title that opens two different titles names neither of them.
            var cutTies = candidates.Where(c => c.Match.Reason == SameWorkReason.TruncatedTitle).ToList();
            if (SameWork.OpensSeveralTitles(cutTies.Select(c => SameWorkKeys.Of(c.Paper)))) candidates = candidates.Except(cutTies).ToList();
            foreach (var candidate in candidates)
            {
                if (match != null && candidate.Match.Confidence <= match.Confidence) continue;
                best = candidate.Paper;
                match = candidate.Match;
            }
            return best;
        }

        private static void Judge(SameWorkKeys keys, List<SameWorkKeys> list, ref HashSet<Paper> seen, ref List<SameWorkCandidate> found)
        {
            foreach (var other in list)
            {
                if (!(seen ??= new HashSet<Paper>(ReferenceEqualityComparer.Instance)).Add(other.Paper)) continue;
                var match = SameWork.Compare(keys, other);
                if (match.Reason != SameWorkReason.None) (found ??= new List<SameWorkCandidate>()).Add(new SameWorkCandidate(other.Paper, match));
            }
        }

        private static void File<TKey>(Dictionary<TKey, List<SameWorkKeys>> into, TKey key, SameWorkKeys keys)
        {
            if (!into.TryGetValue(key, out var list)) into.Add(key, list = new List<SameWorkKeys>(1));
            list.Add(keys);
        }
    }
}

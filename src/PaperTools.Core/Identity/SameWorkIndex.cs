using System.Runtime.InteropServices;

namespace PaperTools.Identity;

/// <summary>
/// Papers filed under blocking keys (arXiv identifier, DOI, title key, for papers with none of those their .bib
/// entry, and the opening of a long title, where a cut title meets its full form), so that finding the papers
/// that may be the same work as a given one compares it only with papers that share a key, never with all of
/// them. Each candidate is judged by <see cref="SameWork.Compare(Paper, Paper)"/>. Callers that look one paper
/// up in several places pass its <see cref="SameWorkKeys"/>, worked out once. A whole title meets, in its opening's
/// block, only the cut titles: any other paper there that ties with it shares one of its exact keys as well.
/// </summary>
public sealed class SameWorkIndex
{
    // The block kinds beside SameWorkKeys.BlockKeys' exact ones: a title's opening, and a cut title's opening.
    private const char Opening = 'o';
    private const char CutOpening = 'c';

    // Every block, of every kind, as a chain in the order added: one dictionary, its entry holding the block's first
    // paper (most blocks hold one paper), the later ones filings of one array; no list per block, so what the index
    // holds per paper is a dictionary entry a block, not objects.
    private readonly Dictionary<BlockKey, Chain> chains = new();
    private Filing[] filings = Array.Empty<Filing>();
    private int filed;

    // What a digest paper with a title is filed under: its identifier, its title key and the title's opening.
    private const int BlocksPerPaper = 3;

    /// <summary>Makes room for <paramref name="papers"/> more papers at once, so that a large session's index is not
    /// grown by doubling (each step a copy of everything filed, left to the garbage collector).</summary>
    internal void EnsureCapacity(int papers) => chains.EnsureCapacity(chains.Count + papers * BlocksPerPaper);

    public void Add(Paper paper)
    {
        if (paper != null) Add(SameWorkKeys.Of(paper));
    }

    internal void Add(SameWorkKeys keys)
    {
        foreach (var block in keys.BlockKeys()) File(block, keys);
        if (keys.PrefixBlock is not int prefix) return;
        File(BlockKey.Opening(Opening, prefix), keys);
        if (keys.IsTruncated) File(BlockKey.Opening(CutOpening, prefix), keys);
    }

    /// <summary>Every paper that shares a key with <paramref name="paper"/> and is the same work or a possible
    /// duplicate, in the order added.</summary>
    public IReadOnlyList<SameWorkCandidate> Candidates(Paper paper)
        => paper == null ? Array.Empty<SameWorkCandidate>() : Candidates(SameWorkKeys.Of(paper));

    internal IReadOnlyList<SameWorkCandidate> Candidates(SameWorkKeys keys)
        => (IReadOnlyList<SameWorkCandidate>?)Judged(keys)?.Select(j => new SameWorkCandidate(j.Other.Paper, j.Match))
            .ToList() ?? Array.Empty<SameWorkCandidate>();

    /// <summary>The paper that is the same work as <paramref name="paper"/> with the highest confidence (the first
    /// added of equals); null when none is.</summary>
    public Paper? FindSameWork(Paper paper) => FindSameWork(paper, out _);

    public Paper? FindSameWork(Paper paper, out SameWorkMatch? match)
    {
        match = null;
        return paper == null ? null : FindSameWork(SameWorkKeys.Of(paper), out match);
    }

    internal Paper? FindSameWork(SameWorkKeys keys) => FindSameWork(keys, out _);

    internal Paper? FindSameWork(SameWorkKeys keys, out SameWorkMatch? match)
    {
        Paper? best = null;
        match = null;
        var judged = Judged(keys);
        if (judged == null) return null;
        // A cut title that opens two different titles names neither of them (one cut tie opens one title).
        var cutTies = 0;
        foreach (var (_, tie) in judged)
            if (IsCutTie(tie)) cutTies++;
        var leaveOutCutTies = cutTies > 1
            && SameWork.OpensSeveralTitles(judged.Where(j => IsCutTie(j.Match)).Select(j => j.Other));
        foreach (var (other, tie) in judged)
        {
            if (!tie.IsSameWork || (leaveOutCutTies && tie.Reason == SameWorkReason.TruncatedTitle)) continue;
            if (match != null && tie.Confidence <= match.Confidence) continue;
            best = other.Paper;
            match = tie;
        }
        return best;
    }

    private static bool IsCutTie(SameWorkMatch match)
        => match.IsSameWork && match.Reason == SameWorkReason.TruncatedTitle;

    /// <summary>The papers sharing a block with <paramref name="keys"/> that tie with it, each once, block by block,
    /// each in the order added; null when none does.</summary>
    private List<(SameWorkKeys Other, SameWorkMatch Match)>? Judged(SameWorkKeys keys)
    {
        // Most papers share no block at all: the list is made only when one is shared.
        var found = new Ties();
        foreach (var block in keys.BlockKeys())
            if (chains.TryGetValue(block, out var chain)) found.Judge(keys, filings, chain);
        if (keys.PrefixBlock is int prefix
            && chains.TryGetValue(BlockKey.Opening(keys.IsTruncated ? Opening : CutOpening, prefix), out var opening))
            found.Judge(keys, filings, opening);
        return found.List;
    }

    private void File(BlockKey block, SameWorkKeys keys)
    {
        ref var chain = ref CollectionsMarshal.GetValueRefOrAddDefault(chains, block, out var exists);
        if (!exists)
        {
            chain = new Chain { First = keys, Second = -1, Last = -1 };
            return;
        }
        if (filed == filings.Length) Array.Resize(ref filings, Math.Max(16, filed * 2));
        filings[filed] = new Filing(keys, Next: -1);
        if (chain.Last >= 0) filings[chain.Last].Next = filed;
        else chain.Second = filed;
        chain.Last = filed++;
    }

    /// <summary>A block's second or later paper; <see cref="Next"/> is the block's next filing, -1 after its
    /// last.</summary>
    private record struct Filing(SameWorkKeys Keys, int Next);

    /// <summary>A block: its first paper, and its second and last filings (-1 while it holds one paper).</summary>
    private struct Chain
    {
        public SameWorkKeys First;
        public int Second;
        public int Last;
    }

    /// <summary>
    /// The ties found so far, each paper once. A paper filed under several of the keys looked up is judged again in
    /// each block (the rule gives the same answer) and kept the first time: the ties are few, so the list itself says
    /// which papers it has, until a set does it for a long one.
    /// </summary>
    private struct Ties
    {
        private const int SetFrom = 8;
        private HashSet<Paper>? papers;

        public List<(SameWorkKeys Other, SameWorkMatch Match)>? List { get; private set; }

        public void Judge(SameWorkKeys keys, Filing[] filings, in Chain chain)
        {
            Judge(keys, chain.First);
            for (var i = chain.Second; i >= 0; i = filings[i].Next) Judge(keys, filings[i].Keys);
        }

        private void Judge(SameWorkKeys keys, SameWorkKeys other)
        {
            var match = SameWork.Compare(keys, other);
            if (match.Reason == SameWorkReason.None || Has(other.Paper)) return;
            (List ??= new List<(SameWorkKeys, SameWorkMatch)>(1)).Add((other, match));
            papers?.Add(other.Paper);
        }

        private bool Has(Paper paper)
        {
            if (List == null) return false;
            if (papers == null && List.Count < SetFrom)
            {
                foreach (var (other, _) in List)
                    if (ReferenceEquals(other.Paper, paper)) return true;
                return false;
            }
            papers ??= new HashSet<Paper>(List.Select(tie => tie.Other.Paper), ReferenceEqualityComparer.Instance);
            return papers.Contains(paper);
        }
    }
}

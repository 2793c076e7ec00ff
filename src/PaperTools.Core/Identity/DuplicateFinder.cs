namespace PaperTools.Identity;

/// <summary>
/// Groups papers that are the same work by <see cref="SameWork"/>, in near-linear time (blocking keys), groups and
/// their papers in the order of first appearance; a cut title that opens several titles stays on its own. How:
/// docs/design.md.
/// </summary>
public sealed class DuplicateFinder
{
    private readonly SameWorkKeys[] keys;
    private readonly int[] parent;
    private readonly int[] size;
    // Every tie that joined two groups: within a group they form a tree, which Collect hangs from its first paper.
    private readonly List<(int A, int B, SameWorkMatch Match)> ties = new List<(int, int, SameWorkMatch)>();
    private readonly Dictionary<BlockKey, List<int>> blocks = new();
    private readonly Dictionary<int, List<int>> openings = new Dictionary<int, List<int>>();
    // Scratch for one paper's lookup, reused: a million papers would otherwise allocate two million of each.
    private readonly HashSet<int> judged = new HashSet<int>();
    private readonly List<int> tiedById = new List<int>();

    private DuplicateFinder(IReadOnlyList<Paper> papers)
    {
        keys = new SameWorkKeys[papers.Count];
        parent = new int[papers.Count];
        size = new int[papers.Count];
        for (var i = 0; i < papers.Count; i++)
        {
            parent[i] = i;
            size[i] = 1;
            if (papers[i] != null) keys[i] = SameWorkKeys.WithTitle(papers[i]);
        }
    }

    /// <summary>
    /// The groups of <paramref name="papers"/> in order of first appearance, numbered from 1; only those of two
    /// papers or more unless <paramref name="includeSingles"/>. Null papers are left out.
    /// </summary>
    public static List<PaperDuplicateGroup> Find(IReadOnlyList<Paper> papers, bool includeSingles = false,
        CancellationToken cancellation = default)
    {
        var finder = new DuplicateFinder(papers ?? throw new ArgumentNullException(nameof(papers)));
        finder.Group(cancellation);
        return finder.Collect(includeSingles);
    }

    private void Group(CancellationToken cancellation)
    {
        var cut = new List<int>();
        for (var i = 0; i < keys.Length; i++)
        {
            if ((i & 4095) == 0) cancellation.ThrowIfCancellationRequested();
            if (keys[i] == null) continue;
            JoinByKeys(i);
            if (keys[i].IsTruncated && Root(i) == i) cut.Add(i);
            else if (keys[i].PrefixBlock is int opening) FileOnce(openings, opening, i);
        }
        foreach (var i in cut)
        {
            cancellation.ThrowIfCancellationRequested();
            // A cut title that papers joined by its identifier is placed already, by the stronger tie.
            if (size[Root(i)] == 1) JoinByOpening(i);
            if (keys[i].PrefixBlock is int opening) FileOnce(openings, opening, i);
        }
    }

    private void JoinByKeys(int i)
    {
        var best = -1;
        SameWorkMatch? bestMatch = null;
        tiedById.Clear();
        judged.Clear();
        foreach (var key in keys[i].BlockKeys())
        {
            if (!blocks.TryGetValue(key, out var list)) continue;
            foreach (var filed in list)
            {
                var root = Root(filed);
                if (!judged.Add(root)) continue;
                var match = SameWork.Compare(keys[i], keys[filed]);
                if (!match.IsSameWork) continue;
                if (match.Reason == SameWorkReason.ArxivId || match.Reason == SameWorkReason.Doi) tiedById.Add(filed);
                if (bestMatch == null || match.Confidence > bestMatch.Confidence) (best, bestMatch) = (filed, match);
            }
        }
        if (bestMatch != null)
        {
            Join(i, best, bestMatch);
            // Identifiers are identity: the groups the other identifier found are this work too.
            foreach (var filed in tiedById)
                if (Root(filed) != Root(i)) Join(i, filed, SameWork.Compare(keys[i], keys[filed]));
        }
        foreach (var key in keys[i].BlockKeys()) FileOnce(blocks, key, i);
    }

    private void JoinByOpening(int i)
    {
        if (!(keys[i].PrefixBlock is int opening) || !openings.TryGetValue(opening, out var list)) return;
        var ties = new List<(int Filed, SameWorkMatch Match)>();
        judged.Clear();
        foreach (var filed in list)
        {
            if (!judged.Add(Root(filed))) continue;
            var match = SameWork.Compare(keys[i], keys[filed]);
            if (match.IsSameWork) ties.Add((filed, match));
        }
        if (ties.Count == 0 || SameWork.OpensSeveralTitles(ties.Select(t => keys[t.Filed]))) return;
        var (best, bestMatch) = ties.Aggregate((a, b) => b.Match.Confidence > a.Match.Confidence ? b : a);
        Join(i, best, bestMatch);
    }

    private void Join(int i, int other, SameWorkMatch match)
    {
        ties.Add((i, other, match));
        var (a, b) = (Root(i), Root(other));
        // The earlier root stays the root, so a group's root is its first paper.
        var (root, child) = a < b ? (a, b) : (b, a);
        parent[child] = root;
        size[root] += size[child];
    }

    /// <summary>Files paper <paramref name="i"/> under the key unless its group is listed there already.</summary>
    private void FileOnce<TKey>(Dictionary<TKey, List<int>> into, TKey key, int i) where TKey : notnull
    {
        if (!into.TryGetValue(key, out var list)) into.Add(key, list = new List<int>(1));
        var root = Root(i);
        foreach (var filed in list)
            if (Root(filed) == root) return;
        list.Add(i);
    }

    private int Root(int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    private List<PaperDuplicateGroup> Collect(bool includeSingles)
    {
        var members = new Dictionary<int, List<int>>();
        var order = new List<int>();
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] == null) continue;
            var root = Root(i);
            if (!members.TryGetValue(root, out var list))
            {
                members.Add(root, list = new List<int>(1));
                order.Add(root);
            }
            list.Add(i);
        }
        var tiesOf = new Dictionary<int, List<(int Other, SameWorkMatch Match)>>();
        foreach (var (a, b, match) in ties)
        {
            Add(tiesOf, a, (b, match));
            Add(tiesOf, b, (a, match));
        }
        var groups = new List<PaperDuplicateGroup>();
        foreach (var root in order)
        {
            var list = members[root];
            if (list.Count < 2 && !includeSingles) continue;
            groups.Add(new PaperDuplicateGroup(groups.Count + 1, Hang(root, list, tiesOf)));
        }
        return groups;
    }

    /// <summary>Each paper with the tie that reaches it from the group's first paper (breadth first), in input
    /// order.</summary>
    private PaperDuplicateMember[] Hang(int first, List<int> list, Dictionary<int, List<(int Other,
        SameWorkMatch Match)>> tiesOf)
    {
        var reached = new Dictionary<int, PaperDuplicateMember> { [first] = new PaperDuplicateMember(keys[first].Paper,
            first + 1, SameWorkReason.None, 1.0, 0) };
        var queue = new Queue<int>();
        queue.Enqueue(first);
        while (queue.Count > 0)
        {
            var at = queue.Dequeue();
            if (!tiesOf.TryGetValue(at, out var next)) continue;
            foreach (var (other, match) in next)
            {
                if (reached.ContainsKey(other)) continue;
                reached.Add(other, new PaperDuplicateMember(keys[other].Paper, other + 1, match.Reason,
                    match.Confidence, at + 1));
                queue.Enqueue(other);
            }
        }
        return list.Select(i => reached[i]).ToArray();
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> into, TKey key, TValue value)
        where TKey : notnull
    {
        if (!into.TryGetValue(key, out var list)) into.Add(key, list = new List<TValue>(1));
        list.Add(value);
    }
}

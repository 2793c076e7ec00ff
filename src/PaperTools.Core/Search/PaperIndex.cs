using System.Runtime.ExceptionServices;
using System.Threading.Tasks;

namespace PaperTools.Search;

/// <summary>
/// An inverted index over a fixed list of papers: title and abstract (BM25-scored), authors (words),
/// categories and identifiers (whole values). Built once per Find-Paper call; holds the papers, not copies.
/// </summary>
public sealed class PaperIndex
{
    private readonly IReadOnlyList<Paper> papers;
    private readonly FieldIndex title;
    private readonly FieldIndex abstractText;
    private readonly FieldIndex authors;
    private readonly FieldIndex categories;
    private readonly FieldIndex ids;

    private PaperIndex(IReadOnlyList<Paper> papers, FieldIndex title, FieldIndex abstractText, FieldIndex authors,
        FieldIndex categories, FieldIndex ids)
    {
        this.papers = papers;
        this.title = title;
        this.abstractText = abstractText;
        this.authors = authors;
        this.categories = categories;
        this.ids = ids;
    }

    public int Count => papers.Count;

    /// <summary>Below this many papers per thread, one thread builds faster than several plus the merge.</summary>
    private const int MinPapersPerPartition = 25_000;

    /// <summary>
    /// Indexes the papers in list order; a null entry indexes as an empty paper. Large lists are cut into one
    /// contiguous run per processor, built in parallel and merged. Cancellation is checked as it goes.
    /// </summary>
    public static PaperIndex Build(IReadOnlyList<Paper> papers, CancellationToken cancellation = default)
    {
        if (papers == null) throw new ArgumentNullException(nameof(papers));
        return Build(papers, Runs(papers), null, cancellation);
    }

    /// <summary>
    /// An index of only the words the query looks up (every paper's word count still kept for BM25): it answers
    /// that query with the same results and scores as <see cref="Build(IReadOnlyList{Paper}, CancellationToken)"/>,
    /// without gathering every word of every abstract. Other queries over it find less; build the full index to
    /// ask several.
    /// </summary>
    public static PaperIndex BuildFor(IReadOnlyList<Paper> papers, SearchQuery query,
                                      CancellationToken cancellation = default)
    {
        if (papers == null) throw new ArgumentNullException(nameof(papers));
        if (query == null) throw new ArgumentNullException(nameof(query));
        return Build(papers, Runs(papers), query, cancellation);
    }

    private static int Runs(IReadOnlyList<Paper> papers)
        => Math.Max(1, Math.Min(Environment.ProcessorCount, papers.Count / MinPapersPerPartition));

    /// <summary>Builds with the papers cut into the given number of runs (tests use it to prove the merge).</summary>
    internal static PaperIndex Build(IReadOnlyList<Paper> papers, int runs, CancellationToken cancellation)
        => Build(papers, runs, null, cancellation);

    internal static PaperIndex Build(IReadOnlyList<Paper> papers, int runs, SearchQuery? onlyFor,
                                     CancellationToken cancellation)
    {
        var count = papers.Count;
        runs = Math.Max(1, Math.Min(runs, count));
        var partitions = new IndexPartition[runs];
        if (runs == 1) partitions[0] = IndexPartition.Build(papers, 0, count, onlyFor, cancellation);
        else
        {
            var tasks = new Task[runs];
            for (var run = 0; run < runs; run++)
            {
                var which = run;
                var start = (int)((long)count * which / runs);
                var end = (int)((long)count * (which + 1) / runs);
                tasks[run] = Task.Run(() =>
                    partitions[which] = IndexPartition.Build(papers, start, end, onlyFor, cancellation));
            }
            try { Task.WaitAll(tasks); }
            catch (AggregateException failed)
            {
                cancellation.ThrowIfCancellationRequested();
                ExceptionDispatchInfo.Capture(failed.InnerExceptions[0]).Throw();
            }
        }
        return new PaperIndex(papers,
            FieldIndexBuilder.Merge(partitions.Select(p => p.Title).ToList(), count),
            FieldIndexBuilder.Merge(partitions.Select(p => p.Abstract).ToList(), count),
            FieldIndexBuilder.Merge(partitions.Select(p => p.Authors).ToList(), count),
            FieldIndexBuilder.Merge(partitions.Select(p => p.Categories).ToList(), count),
            FieldIndexBuilder.Merge(partitions.Select(p => p.Ids).ToList(), count));
    }

    /// <summary>
    /// The papers the query matches, in the requested order (Relevance: score, then input order; Date and
    /// Title: that key, then score), at most top of them, each with its score and Matches note.
    /// </summary>
    public List<SearchResult> Search(SearchQuery query, SearchSort sort = SearchSort.Relevance, int? top = null)
    {
        if (query == null) throw new ArgumentNullException(nameof(query));
        var evaluator = new QueryEvaluator(this);
        var matched = evaluator.Evaluate(query.Root).ToArray();
        var scores = evaluator.Score(matched);
        var chosen = sort == SearchSort.Relevance ? TopByScore(scores, top) : SortByKey(matched, scores, sort, top);
        var results = new List<SearchResult>(chosen.Count);
        foreach (var at in chosen) results.Add(new SearchResult(papers[matched[at]], Math.Round(scores[at], 4),
            evaluator.Describe(matched[at])));
        return results;
    }

    internal FieldIndex Field(SearchField field)
    {
        switch (field)
        {
            case SearchField.Title: return title;
            case SearchField.Abstract: return abstractText;
            case SearchField.Author: return authors;
            case SearchField.Category: return categories;
            case SearchField.Id: return ids;
            default: throw new ArgumentOutOfRangeException(nameof(field), field,
                "Any is title or abstract, not one field.");
        }
    }

    /// <summary>Positions in the match list, best score first, ties in input order; with top, a bounded heap keeps only
    /// the best.</summary>
    private static List<int> TopByScore(double[] scores, int? top)
    {
        Comparison<int> better = (x, y) => scores[x] != scores[y] ? scores[y].CompareTo(scores[x]) : x.CompareTo(y);
        if (top == null)
        {
            var all = new List<int>(scores.Length);
            for (var at = 0; at < scores.Length; at++) all.Add(at);
            all.Sort(better);
            return all;
        }
        var heap = new WorstFirstHeap(Math.Max(0, top.Value), better);
        for (var at = 0; at < scores.Length; at++) heap.Offer(at);
        return heap.ToSortedList();
    }

    /// <summary>Positions in the match list by Date or Title, then best score, then input order.</summary>
    private List<int> SortByKey(int[] matched, double[] scores, SearchSort sort, int? top)
    {
        var matchedPapers = new List<Paper>(matched.Length);
        foreach (var doc in matched) matchedPapers.Add(papers[doc]);
        // Only Relevance has no paper order, and it is ranked by TopByScore, not here.
        var byKey = PaperOrdering.Comparer(matchedPapers, sort)!;
        var order = new List<int>(matched.Length);
        for (var at = 0; at < matched.Length; at++) order.Add(at);
        order.Sort((x, y) =>
        {
            var c = byKey(x, y);
            if (c != 0) return c;
            return scores[x] != scores[y] ? scores[y].CompareTo(scores[x]) : x.CompareTo(y);
        });
        if (top.HasValue && top.Value < order.Count) order.RemoveRange(top.Value, order.Count - top.Value);
        return order;
    }
}

using PaperTools.Library;
using PaperTools.Search;

namespace PaperTools.Commands;

/// <summary>
/// Find-Paper: filters papers (-Title, -Author, -Since, -Until, -Category, -HasArxivId) and, with -Query, ranks
/// them by BM25. Filtering alone streams each paper on as it arrives; a query, -Sort Date/Title or a ranked
/// -Top gathers the input first. Ranked results are copies of the input Papers with Score and Matches notes added,
/// typed PaperTools.SearchResult first so their default view leads with Score and Matches. -NotIn (.bib files) and
/// -Exclude (papers) drop every paper that is the same work as one already known, by the rule -Append uses.
/// </summary>
[Cmdlet(VerbsCommon.Find, "Paper", HelpUri = HelpLinks.Docs + "Find-Paper.md")]
[OutputType(typeof(Paper))]
[OutputType(SearchResultTypeName)]
public sealed class FindPaperCommand : PaperInputCmdletBase
{
    /// <summary>Terms, "phrases", AND/OR/NOT, -term, (groups), title:/abstract:/author:/category:/id:, gen*.</summary>
    [Parameter(Position = 0)]
    public string? Query { get; set; }

    [Parameter]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Title { get; set; }

    [Parameter]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Author { get; set; }

    /// <summary>Papers dated on or after this day (Published, else the digest date).</summary>
    [Parameter]
    public DateTime Since { get; set; }

    /// <summary>Papers dated on or before this day, inclusive.</summary>
    [Parameter]
    public DateTime Until { get; set; }

    [Parameter]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(CategoryCompleter))]
    public string[]? Category { get; set; }

    [Parameter]
    public SwitchParameter HasArxivId { get; set; }

    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int Top { get; set; }

    [Parameter]
    public SearchSort Sort { get; set; } = SearchSort.Relevance;

    /// <summary>.bib files (wildcards allowed) whose papers are left out: only what they lack comes through.</summary>
    [Parameter]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? NotIn { get; set; }

    /// <summary>Papers to leave out, with every paper that is the same work as one of them.</summary>
    [Parameter]
    [AllowEmptyCollection]
    public Paper[]? Exclude { get; set; }

    /// <summary>The type name ranked results carry first, ahead of PaperTools.Paper; the format file gives it its
    /// views.</summary>
    public const string SearchResultTypeName = "PaperTools.SearchResult";

    private readonly List<Paper> gathered = new List<Paper>();
    private PaperFilter filter = new PaperFilter();
    private SearchQuery? query;
    private int streamed;
    private long read;
    private KnownWorks? known;
    private long excluded;

    private bool IsBound(string name) => MyInvocation.BoundParameters.ContainsKey(name);
    private int? TopOrNull => IsBound(nameof(Top)) ? Top : (int?)null;
    private bool Streams => query == null && Sort == SearchSort.Relevance;

    protected override void BeginProcessing()
    {
        // At the prompt the error view keeps the message's lines, so the caret stands under the fault; in a script it
        // runs them together, so there the message quotes the fault on one line instead.
        if (Query != null && !SearchQuery.TryParse(Query, out query, out var error))
        {
            var inline = !string.IsNullOrEmpty(MyInvocation.ScriptName);
            ThrowTerminatingError(ErrorRecordFactory.FromException(error.ToException(inline), Query));
        }
        foreach (var word in query?.LowerCaseOperatorWords ?? System.Array.Empty<string>())
            WriteWarning($"'{word}' in the query is searched as a word; write {word.ToUpperInvariant()} " +
                         "for the operator (operators are upper case).");
        filter = new PaperFilter(Title, Author, IsBound(nameof(Since)) ? Since : null,
            IsBound(nameof(Until)) ? Until : null, Category, IsBound(nameof(HasArxivId)) ? HasArxivId.IsPresent : null);
        if (NotIn != null || Exclude != null) known = KnownPapers();
    }

    /// <summary>The papers of -NotIn and -Exclude. A library that cannot be read stops the call.</summary>
    private KnownWorks KnownPapers()
    {
        var works = new KnownWorks();
        foreach (var input in NotIn ?? Array.Empty<string>())
        {
            foreach (var path in ResolveWildcardFileSystemPaths(input, ThrowProblem))
            {
                var added = 0;
                var failure = RunCancellable(() => works.AddLibrary(path, ReportLibraryProblem,
                    Cancellation, out added));
                if (failure != null) ThrowProblem(failure);
                WriteVerbose($"{path}: {Plural.Of(added, "paper")} to leave out.");
            }
        }
        foreach (var paper in Exclude ?? Array.Empty<Paper>()) works.Add(paper);
        return works;
    }

    // A warning (an undefined macro, an unsafe key) says nothing about which works the library holds.
    private void ReportLibraryProblem(Problem problem)
    {
        if (problem.Severity == ProblemSeverity.Warning) WriteVerbose(ErrorRecordFactory.WarningText(problem));
        else WriteProblem(problem);
    }

    protected override void ProcessRecord()
    {
        if (InputObject == null) return;
        foreach (var paper in InputObject)
        {
            read++;
            if (Progress.IsDue) Progress.Show($"{Plural.Of(read, "paper")} read, " +
                $"{(Streams ? streamed : gathered.Count):N0} matched so far");
            SeenCategories.Record(paper);
            if (known != null && known.Knows(paper))
            {
                excluded++;
                continue;
            }
            if (!filter.Matches(paper)) continue;
            if (!Streams) gathered.Add(paper);
            else if (TopOrNull == null || streamed++ < Top) WriteObject(paper);
        }
    }

    protected override void EndProcessing()
    {
        if (!Streams) WriteGathered();
        if (known != null) WriteVerbose($"{Plural.Of(excluded, "paper")} already known left out.");
        Progress.Complete();
    }

    private void WriteGathered()
    {
        if (query == null)
        {
            foreach (var paper in PaperOrdering.Sort(gathered, Sort, TopOrNull)) WriteObject(paper);
            return;
        }
        // Building the index is one step that cannot report as it goes: say what it is doing before it starts, even
        // within 200 ms of the last update (once per call), or the bar would go on saying "read" while it ranks.
        Progress.Show($"Indexing and ranking {Plural.Of(gathered.Count, "paper")}");
        var index = RunCancellable(() => PaperIndex.BuildFor(gathered, query, Cancellation));
        foreach (var result in index.Search(query, Sort, TopOrNull)) WriteObject(WithScore(result));
    }

    /// <summary>
    /// A copy of the Paper carries the notes: PowerShell files notes under the wrapped object itself, so notes on the
    /// caller's Paper would leak into its other uses and collide on the next search. Still a PaperTools.Paper, so
    /// Export-* and -InputObject [Paper[]] parameters take it as they take any Paper; PaperTools.SearchResult ahead of
    /// it picks the views that lead with Score and Matches.
    /// </summary>
    private static PSObject WithScore(SearchResult result)
    {
        var wrapped = new PSObject(PaperCopy.Of(result.Paper));
        wrapped.TypeNames.Insert(0, SearchResultTypeName);
        wrapped.Properties.Add(new PSNoteProperty("Score", result.Score));
        wrapped.Properties.Add(new PSNoteProperty("Matches", result.Matches));
        return wrapped;
    }
}

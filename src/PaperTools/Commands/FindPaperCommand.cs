using System;
using System.Collections.Generic;
using System.Management.Automation;
using PaperTools.Diagnostics;
using PaperTools.Search;

namespace PaperTools.Commands
{
    /// <summary>
    /// Find-Paper: filters papers (-Title, -Author, -Since, -Until, -Category, -HasArxivId) and, with -Query, ranks
    /// them by BM25. Filtering alone streams each paper on as it arrives; a query, -Sort Date/Title or a ranked
    /// -Top gathers the input first. Ranked results are copies of the input Papers with Score and Matches notes added.
    /// </summary>
    [Cmdlet(VerbsCommon.Find, "Paper")]
    [OutputType(typeof(Paper))]
    public sealed class FindPaperCommand : PaperToolsCmdlet
    {
        /// <summary>Terms, "phrases", AND/OR/NOT, -term, (groups), title:/abstract:/author:/category:/id:, gen*.</summary>
        [Parameter(Position = 0)]
        public string Query { get; set; }

        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        [AllowNull]
        [AllowEmptyCollection]
        public Paper[] InputObject { get; set; }

        [Parameter]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[] Title { get; set; }

        [Parameter]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[] Author { get; set; }

        /// <summary>Papers dated on or after this day (Published, else the digest date).</summary>
        [Parameter]
        public DateTime Since { get; set; }

        /// <summary>Papers dated on or before this day, inclusive.</summary>
        [Parameter]
        public DateTime Until { get; set; }

        [Parameter]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string[] Category { get; set; }

        [Parameter]
        public SwitchParameter HasArxivId { get; set; }

        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int Top { get; set; }

        [Parameter]
        public SearchSort Sort { get; set; } = SearchSort.Relevance;

        private readonly List<Paper> gathered = new List<Paper>();
        private PaperFilter filter;
        private SearchQuery query;
        private int streamed;

        private bool IsBound(string name) => MyInvocation.BoundParameters.ContainsKey(name);
        private int? TopOrNull => IsBound(nameof(Top)) ? Top : (int?)null;
        private bool Streams => query == null && Sort == SearchSort.Relevance;

        protected override void BeginProcessing()
        {
            if (Query != null && !SearchQuery.TryParse(Query, out query, out var error))
                ThrowTerminatingError(ErrorRecordFactory.FromException(error.ToException(), Query));
            filter = new PaperFilter(Title, Author, IsBound(nameof(Since)) ? Since : (DateTime?)null, IsBound(nameof(Until)) ? Until : (DateTime?)null,
                                     Category, IsBound(nameof(HasArxivId)) ? HasArxivId.IsPresent : (bool?)null);
        }

        protected override void ProcessRecord()
        {
            if (InputObject == null) return;
            foreach (var paper in InputObject)
            {
                if (!filter.Matches(paper)) continue;
                if (!Streams) gathered.Add(paper);
                else if (TopOrNull == null || streamed++ < Top) WriteObject(paper);
            }
        }

        protected override void EndProcessing()
        {
            if (Streams) return;
            if (query == null)
            {
                foreach (var paper in PaperOrdering.Sort(gathered, Sort, TopOrNull)) WriteObject(paper);
                return;
            }
            PaperIndex index;
            try { index = PaperIndex.Build(gathered, Cancellation); }
            catch (OperationCanceledException) { throw new PipelineStoppedException(); }
            foreach (var result in index.Search(query, Sort, TopOrNull)) WriteObject(WithScore(result));
        }

        /// <summary>
        /// A copy of the Paper carries the notes: PowerShell files notes under the wrapped object itself, so notes on the
        /// caller's Paper would leak into its other uses and collide on the next search. Still a PaperTools.Paper, so
        /// the table view, Export-* and -InputObject [Paper[]] parameters take it as they take any Paper.
        /// </summary>
        private static PSObject WithScore(SearchResult result)
        {
            var wrapped = new PSObject(PaperCopy.Of(result.Paper));
            wrapped.Properties.Add(new PSNoteProperty("Score", result.Score));
            wrapped.Properties.Add(new PSNoteProperty("Matches", result.Matches));
            return wrapped;
        }
    }
}

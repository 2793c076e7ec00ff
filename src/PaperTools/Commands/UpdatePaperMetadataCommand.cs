using PaperTools.Metadata;

namespace PaperTools.Commands;

/// <summary>
/// Update-PaperMetadata: completes papers from Hugging Face, arXiv and Crossref (arXiv id, authors, year, dates,
/// categories, DOI, journal reference, links, a missing abstract), verified, cached and rate-limited. Papers are
/// gathered a hundred at a time (one arXiv id_list request) and written in the order they came; a paper with nothing
/// found passes through as it was. Every network fault is a named non-terminating error and the run goes on.
/// </summary>
[Cmdlet(VerbsData.Update, "PaperMetadata", SupportsShouldProcess = true, HelpUri = HelpLinks.Docs
    + "Update-PaperMetadata.md")]
[OutputType(typeof(Paper))]
public sealed class UpdatePaperMetadataCommand : PaperLookupCmdletBase, IDisposable
{
    /// <summary>The services to ask, in the order to ask them.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ValidateSet(nameof(MetadataService.HuggingFace), nameof(MetadataService.Arxiv), nameof(MetadataService.Crossref))]
    public MetadataService[] Source { get; set; } = Services;

    // The services this cmdlet knows; OpenAlex and Semantic Scholar serve Update-PaperPublication.
    private static readonly MetadataService[] Services = { MetadataService.HuggingFace, MetadataService.Arxiv,
        MetadataService.Crossref };

    /// <summary>Replaces values the paper already states with the services' values.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Retries of a request after a server error, a rate limit, a time-out or a dropped connection.</summary>
    [Parameter]
    [ValidateRange(0, 10)]
    public int MaximumRetryCount { get; set; } = 3;

    private readonly ProgressReporter progress;
    private MetadataUpdater? updater;

    public UpdatePaperMetadataCommand() => progress = new ProgressReporter(this, "Update-PaperMetadata");

    private MetadataUpdater Updater => updater
        ?? throw new InvalidOperationException("BeginProcessing makes the updater.");

    protected override void BeginProcessing()
    {
        var options = NewMetadataOptions();
        options.Sources = Source.Distinct().ToArray();
        options.Force = Force;
        options.MaxRetries = MaximumRetryCount;
        updater = new MetadataUpdater(options, new MetadataReporter(WriteProblem, ShowProgress, WriteVerbose));
    }

    protected override void EndProcessing()
    {
        LookUpWindow();
        progress.Complete();
        var updater = Updater;
        foreach (var (service, reason) in updater.FailedServices)
        {
            var skipped = updater.Log.Records.Count(r => r.Service == service
                                                         && r.Outcome == RequestOutcome.Skipped);
            WriteWarning($"{MetadataFetcher.ServiceName(service)} failed in this run and was not asked again" +
                         (skipped > 0 ? $" ({Plural.Of(skipped, "lookup")} skipped)" : string.Empty) +
                         $": {reason}");
        }
        if (updater.Unresolved.Count > 0)
        {
            foreach (var (paper, reason) in updater.Unresolved)
                WriteVerbose($"Not found: {MessageText.Describe(paper)}: {reason}");
            WriteWarning($"{updater.Unresolved.Count} of {updater.Received} papers were not found and pass " +
                "through unchanged: " +
                         string.Join("; ", updater.Unresolved.Select(u => "'" + MessageText.Describe(u.Paper) + "'"))
                             + ". -Verbose says why for each.");
        }
        var log = updater.Log;
        WriteVerbose("Requests sent: " +
            $"{string.Join(", ", Services.Select(s => $"{MetadataFetcher.ServiceName(s)} {log.Sent(s)}"))}; " +
                     $"answered from the cache ({updater.Cache.Folder}): {log.Count(RequestOutcome.FromCache)}" +
                     (Offline ? $"; not in the cache: {log.Count(RequestOutcome.NotInCache)}" : string.Empty) + ".");
    }

    protected override void LookUp(Paper[] papers)
    {
        IReadOnlyList<Paper> completed = papers;
        if (ShouldProcess($"{papers.Length} paper{(papers.Length == 1 ? string.Empty : "s")}",
            $"Look up metadata at {string.Join(", ", Source.Distinct().Select(MetadataFetcher.ServiceName))}"))
            completed = RunCancellable(() => Updater.Update(papers, Cancellation));
        // The categories the services filled are what -Category completes with from now on.
        foreach (var paper in completed)
        {
            SeenCategories.Record(paper);
            WriteObject(paper);
        }
    }

    public void Dispose() => updater?.Dispose();

    // Core works synchronously, so its reports arrive on the pipeline thread; every state is shown.
    private void ShowProgress(MetadataProgress state)
        => progress.Show($"{state.Resolved} of {state.Total} papers resolved",
            ProgressReporter.Percent(state.Resolved, state.Total), state.Activity,
            state.Wait > TimeSpan.Zero ? (int)Math.Ceiling(state.Wait.TotalSeconds) : -1);
}

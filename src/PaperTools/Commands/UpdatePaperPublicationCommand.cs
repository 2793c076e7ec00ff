using PaperTools.Metadata;
using PaperTools.Publication;

namespace PaperTools.Commands;

/// <summary>
/// Update-PaperPublication: gives each preprint its verified published version and reports retractions, withdrawals,
/// expressions of concern and corrections. Papers go out in the order they came, a hundred at a time (one arXiv
/// id_list request); -WhatIf shows each change as before/after per field and passes the papers through unchanged;
/// -AsResult writes one PublicationResult per paper instead of the papers.
/// </summary>
[Cmdlet(VerbsData.Update, "PaperPublication", SupportsShouldProcess = true, HelpUri = HelpLinks.Docs
    + "Update-PaperPublication.md")]
[OutputType(typeof(Paper))]
[OutputType(ResultTypeName)]
public sealed class UpdatePaperPublicationCommand : PaperLookupCmdletBase, IDisposable
{
    /// <summary>
    /// By name: a Core type in an attribute would load Core before the module's load context can supply it.
    /// </summary>
    public const string ResultTypeName = "PaperTools.Publication.PublicationResult";

    /// <summary>The environment variable read for OpenAlex's API key when -ApiKey is not given.</summary>
    public const string ApiKeyVariable = "PAPERTOOLS_OPENALEX_API_KEY";

    /// <summary>The services to ask, in the order to ask them; Crossref supplies every published record.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ValidateSet(nameof(MetadataService.Arxiv), nameof(MetadataService.Crossref), nameof(MetadataService.OpenAlex),
        nameof(MetadataService.SemanticScholar))]
    public MetadataService[] Source { get; set; } = PublicationOptions.DefaultSources;

    /// <summary>Adds the keyword "retracted" or "withdrawn" to papers a retraction or withdrawal names.</summary>
    [Parameter]
    public SwitchParameter MarkRetracted { get; set; }

    /// <summary>Writes one PublicationResult per paper (changes, notices, IsRetracted) instead of the papers.</summary>
    [Parameter]
    public SwitchParameter AsResult { get; set; }

    /// <summary>OpenAlex's API key (default: $env:PAPERTOOLS_OPENALEX_API_KEY); never cached or logged.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? ApiKey { get; set; }

    private PublicationUpdater? updater;

    protected override void BeginProcessing()
    {
        var options = NewMetadataOptions();
        // Crossref's polite pool (a contact given) allows 10 single-record requests a second, the public pool 5.
        if (!string.IsNullOrWhiteSpace(Contact)) options.CrossrefInterval = TimeSpan.FromSeconds(0.1);
        var publication = new PublicationOptions
        {
            Sources = Source.Distinct().ToArray(),
            MarkRetracted = MarkRetracted,
            OpenAlexKey = ApiKey ?? Environment.GetEnvironmentVariable(ApiKeyVariable),
        };
        var reporter = new MetadataReporter(WriteProblem, verbose: WriteVerbose);
        updater = new PublicationUpdater(options, publication, reporter);
    }

    protected override void EndProcessing()
    {
        LookUpWindow();
        foreach (var (service, reason) in updater!.FailedServices)
            WriteWarning($"{MetadataFetcher.ServiceName(service)} failed in this run and was not asked again: "
                + reason);
        var log = updater.Log;
        var sent = Source.Distinct().Select(s => $"{MetadataFetcher.ServiceName(s)} {log.Sent(s)}");
        WriteVerbose($"Requests sent: {string.Join(", ", sent)}; " +
                     $"answered from the cache ({updater.Cache.Folder}): {log.Count(RequestOutcome.FromCache)}.");
    }

    protected override void LookUp(Paper[] papers)
    {
        IReadOnlyList<PublicationResult> results = Array.Empty<PublicationResult>();
        RunCancellable(() => results = updater!.Update(papers, Cancellation));
        foreach (var result in results)
        {
            // -WhatIf shows each change and keeps the paper as it was.
            if (result.Changed && !ShouldProcess(PublicationUpdater.Describe(result.Original),
                    $"Apply {result.PublishedDoi ?? "the retraction mark"}: {string.Join("; ", result.Changes)}"))
                result.KeepOriginal();
            WriteObject(AsResult ? result : result.Paper);
        }
    }

    public void Dispose() => updater?.Dispose();
}

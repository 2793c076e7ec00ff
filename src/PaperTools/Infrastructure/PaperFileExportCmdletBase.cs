using PaperTools.Export;

namespace PaperTools.Commands;

/// <summary>
/// What Export-PaperBibTeX, Export-PaperRis and Export-PaperCslJson share: the papers from the pipeline, collected
/// and written once at the end, atomically and under the file's lock; -Append adding only what the file lacks
/// (-NoClobber still allows it; -Force also overwrites a hard-linked file in place); -WhatIf.
/// </summary>
public abstract class PaperFileExportCmdletBase<TRecord> : PaperFileCmdletBase where TRecord : class
{
    /// <summary>Adds the papers the file does not have after its existing records, which stay byte for byte.</summary>
    [Parameter]
    public SwitchParameter Append { get; set; }

    private ExportFormat<TRecord>? format;
    private string target = null!;
    // The progress bar's " for library.bib", made once: ProcessRecord runs once a paper.
    private string collectedFor = null!;

    /// <summary>What one record is called in the progress bar: "entry", "record".</summary>
    protected virtual string RecordNoun => "record";

    /// <summary>
    /// Starts the call with the format the bound parameters ask for; each cmdlet's BeginProcessing calls it. (Not an
    /// abstract factory: a virtual member typed with Core's generics would load Core before the module's resolver.)
    /// </summary>
    protected void Begin(ExportFormat<TRecord> format)
    {
        this.format = format;
        target = ResolveTarget();
        collectedFor = $" for {System.IO.Path.GetFileName(target)}";
    }

    protected override void ProcessRecord() => Collect(collectedFor);

    protected override void EndProcessing()
    {
        var exporter = new PaperFileExporter<TRecord>(format!, WriteProblem, cancellation: Cancellation);
        PaperFilePlan<TRecord>? plan = null;
        Problem? failure = null;
        RunCancellable(() => plan = exporter.Plan(target, CountedForProgress(), Append, NoClobber, Force, out failure));
        Progress.Complete();
        if (plan == null) ThrowProblem(failure!);

        foreach (var pair in plan!.AlreadyPresent)
            WriteVerbose($"Already in {(Append ? "the file" : "this export")} as " +
                         $"'{pair.Value.CitationKey ?? pair.Value.Id}': {MessageText.Describe(pair.Key)}");
        if (!plan.WritesAnything)
        {
            WriteVerbose($"'{target}' already has every paper; nothing was written.");
            return;
        }
        if (!ShouldProcess(target, plan.Action)) return;
        if (!exporter.Commit(plan, Force, out failure, out plan)) ThrowProblem(failure!);
        if (PassThru)
            foreach (var pair in plan.Written) WriteObject(pair.Key);
    }

    // The exporter makes one record per paper it takes from here; the bar follows it through the list. Its first
    // update is shown at once, so the bar stops saying "collected" as soon as writing starts.
    private IEnumerable<Paper> CountedForProgress()
    {
        var papers = Collected;
        for (var i = 0; i < papers.Count; i++)
        {
            if (i == 0 || Progress.IsDue)
                Progress.Show($"Writing {System.IO.Path.GetFileName(target)}: {RecordNoun} {i + 1:N0} of " +
                              $"{papers.Count:N0}", ProgressReporter.Percent(i, papers.Count));
            yield return papers[i];
        }
    }
}

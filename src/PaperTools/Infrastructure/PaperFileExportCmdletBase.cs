using System.Collections.Generic;
using System.Management.Automation;
using PaperTools.Export;

namespace PaperTools.Commands;

/// <summary>
/// What Export-PaperRis and Export-PaperCslJson share with Export-PaperBibTeX: the papers from the pipeline,
/// collected and written once at the end, atomically; -Path (taken literally, as Out-File takes it) or
/// -LiteralPath; -Append adding only what the file lacks; -NoClobber, -Force, -WhatIf and -PassThru.
/// </summary>
public abstract class PaperFileExportCmdletBase : PaperToolsCmdlet
{
    protected const string PathSet = "Path";
    protected const string LiteralPathSet = "LiteralPath";

    [Parameter(Mandatory = true, ValueFromPipeline = true)]
    [AllowNull]
    [AllowEmptyCollection]
    public Paper[] InputObject { get; set; }

    /// <summary>The file to write, relative to the current location.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet)]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = LiteralPathSet)]
    [Alias("PSPath", "LP")]
    [ValidateNotNullOrEmpty]
    public string LiteralPath { get; set; }

    /// <summary>Adds the papers the file does not have after its existing records, which stay byte for byte.</summary>
    [Parameter]
    public SwitchParameter Append { get; set; }

    /// <summary>Refuses to replace an existing file (appending to it is still allowed).</summary>
    [Parameter]
    [Alias("NoOverwrite")]
    public SwitchParameter NoClobber { get; set; }

    /// <summary>Writes a read-only file too.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Writes the papers that were written, with CitationKey set to their record key.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    private readonly List<Paper> papers = new List<Paper>();
    private string target;
    private ProgressReporter progress;

    /// <summary>The format this cmdlet writes.</summary>
    protected abstract IPaperFileFormat FileFormat { get; }

    protected override void BeginProcessing()
    {
        target = ResolveLiteralFileSystemPath(ParameterSetName == LiteralPathSet ? LiteralPath : Path, out var problem);
        if (target == null) ThrowProblem(problem);
        progress = new ProgressReporter(this, MyInvocation.MyCommand.Name);
    }

    protected override void ProcessRecord()
    {
        if (InputObject == null) return;
        foreach (var paper in InputObject)
        {
            if (paper != null) papers.Add(paper);
            if (progress.IsDue) progress.Show($"{Plural.Of(papers.Count, "paper")} collected for {System.IO.Path.GetFileName(target)}");
        }
    }

    protected override void EndProcessing()
    {
        var format = FileFormat;
        var exporter = new PaperFileExporter(format, WriteProblem,
            p => WriteWarning($"{p.Target}{(p.Line > 0 ? ":" + p.Line : string.Empty)}: {p.Message} The file keeps it as it is."), Cancellation);
        PaperFilePlan plan = null;
        RunCancellable(() => plan = exporter.Plan(target, CountedForProgress(), Append, NoClobber, Force, out var failure) ?? Fail(failure));
        progress.Complete();

        foreach (var pair in plan.AlreadyPresent)
            WriteVerbose($"Already in {(Append ? "the file" : "this export")} as '{pair.Value.CitationKey ?? pair.Value.Id}': {pair.Key.Title ?? pair.Key.Id}");
        if (!plan.WritesAnything)
        {
            WriteVerbose($"'{target}' already has every paper; nothing was written.");
            return;
        }
        if (!ShouldProcess(target, plan.Action)) return;
        if (!exporter.Commit(plan, Force, out var commitFailure)) ThrowProblem(commitFailure);
        if (PassThru)
            foreach (var record in plan.Written) WriteObject(record.Paper);
    }

    // As Export-PaperBibTeX: the exporter makes one record per paper it takes from here, and the bar follows it.
    private IEnumerable<Paper> CountedForProgress()
    {
        for (var i = 0; i < papers.Count; i++)
        {
            if (i == 0 || progress.IsDue)
                progress.Show($"Writing {System.IO.Path.GetFileName(target)}: record {i + 1:N0} of {papers.Count:N0}", ProgressReporter.Percent(i, papers.Count));
            yield return papers[i];
        }
    }

    private PaperFilePlan Fail(Diagnostics.Problem failure)
    {
        ThrowProblem(failure);
        return null;
    }
}

using System.Collections.Generic;
using System.Management.Automation;
using PaperTools.BibTeX;
using PaperTools.Diagnostics;

namespace PaperTools.Commands;

/// <summary>
/// Export-PaperBibTeX: writes the papers from the pipeline to a .bib file, atomically and under the library's
/// lock. -Append adds only the papers the file does not have yet (the same work: arXiv id, DOI, or a title whose
/// facts agree) and keeps its existing bytes; papers the file already has keep their keys. Entries read from a
/// .bib are written back as they were, except what was changed. Papers are collected first and written once, at the end.
/// </summary>
[Cmdlet(VerbsData.Export, "PaperBibTeX", DefaultParameterSetName = PathSet, SupportsShouldProcess = true, HelpUri = HelpLinks.Docs + "Export-PaperBibTeX.md")]
[OutputType(typeof(Paper))]
public sealed class ExportPaperBibTeXCommand : BibTeXWriterCmdletBase
{
    private const string PathSet = "Path";
    private const string LiteralPathSet = "LiteralPath";

    /// <summary>The .bib file to write, relative to the current location.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet)]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = LiteralPathSet)]
    [Alias("PSPath", "LP")]
    [ValidateNotNullOrEmpty]
    public string LiteralPath { get; set; }

    /// <summary>Adds the papers the file does not have after its existing content, which stays byte for byte.</summary>
    [Parameter]
    public SwitchParameter Append { get; set; }

    /// <summary>Refuses to replace an existing file (appending to it is still allowed).</summary>
    [Parameter]
    [Alias("NoOverwrite")]
    public SwitchParameter NoClobber { get; set; }

    /// <summary>Writes a read-only file too (it stays read-only), and overwrites a hard-linked file in place.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Writes the papers that were written, with CitationKey set to their key in the file.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    private readonly List<Paper> papers = new List<Paper>();
    private BibTeXExportOptions options;
    private string target;
    private ProgressReporter progress;

    protected override void BeginProcessing()
    {
        options = CreateOptions();
        target = ResolveTarget(ParameterSetName == LiteralPathSet ? LiteralPath : Path);
        progress = new ProgressReporter(this, "Export-PaperBibTeX");
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
        var exporter = new BibTeXFileExporter(options, WriteProblem,
            p => WriteWarning($"{p.ErrorId}: {p.Target}:{p.Line}: {p.Message} The file keeps it as it is."), Cancellation);
        var plan = exporter.Plan(target, CountedForProgress(), Append, NoClobber, Force, out var failure);
        progress.Complete();
        if (plan == null) ThrowProblem(failure);

        foreach (var pair in plan.AlreadyPresent)
            WriteVerbose($"Already in {(Append ? "the file" : "this export")} as '{pair.Value.CitationKey ?? pair.Value.Id}': {Describe(pair.Key)}");
        if (!plan.WritesAnything)
        {
            WriteVerbose($"'{target}' already has every paper; nothing was written.");
            return;
        }
        if (!ShouldProcess(target, plan.Action)) return;
        if (!exporter.Commit(plan, Force, out failure, out plan)) ThrowProblem(failure);
        if (PassThru)
            foreach (var pair in plan.Written) WriteObject(pair.Key);
    }

    // The exporter builds one entry per paper it takes from here; the bar follows it through the list. Its first
    // update is shown at once (once per call), so the bar stops saying "collected" as soon as writing starts.
    private IEnumerable<Paper> CountedForProgress()
    {
        for (var i = 0; i < papers.Count; i++)
        {
            if (i == 0 || progress.IsDue)
                progress.Show($"Writing {System.IO.Path.GetFileName(target)}: entry {i + 1:N0} of {papers.Count:N0}", ProgressReporter.Percent(i, papers.Count));
            yield return papers[i];
        }
    }

    private string ResolveTarget(string input)
    {
        var path = ResolveLiteralFileSystemPath(input, out var problem);
        if (path == null) ThrowProblem(problem);
        return path;
    }
}

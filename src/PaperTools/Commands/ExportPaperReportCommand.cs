using System.IO;
using PaperTools.Report;

namespace PaperTools.Commands;

/// <summary>
/// Export-PaperReport: the day's papers, or each profile's matches, as a reading list for people: one self-contained
/// HTML page, an e-mail for sendmail (one file per recipient), or Markdown; the format from the extension, else
/// -Format. Written atomically as every export is; -PassThru writes the files written.
/// </summary>
[Cmdlet(VerbsData.Export, "PaperReport", SupportsShouldProcess = true, DefaultParameterSetName = PathSet,
    HelpUri = HelpLinks.Docs + "Export-PaperReport.md")]
[OutputType(typeof(FileInfo))]
public sealed class ExportPaperReportCommand : ReportCmdletBase
{
    private const string PathSet = "Path";
    private const string LiteralPathSet = "LiteralPath";

    /// <summary>The file to write, relative to the current location (taken literally, as Out-File takes it).</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet)]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; } = null!;

    [Parameter(Mandatory = true, ParameterSetName = LiteralPathSet)]
    [Alias("PSPath", "LP")]
    [ValidateNotNullOrEmpty]
    public string LiteralPath { get; set; } = null!;

    /// <summary>
    /// Html, Eml or Markdown; needed only when the extension is none of .html, .htm, .eml, .md, .markdown.
    /// </summary>
    [Parameter]
    public ReportFormat Format { get; set; }

    /// <summary>Refuses to replace an existing file.</summary>
    [Parameter]
    [Alias("NoOverwrite")]
    public SwitchParameter NoClobber { get; set; }

    /// <summary>Writes a read-only file too.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Writes a FileInfo for each file written.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    private string target = null!;
    private ReportFormat format;

    protected override void BeginProcessing()
    {
        var given = ParameterSetName == LiteralPathSet ? LiteralPath : Path;
        if (!TryResolveLiteralFileSystemPath(given, out var resolved, out var problem)) ThrowProblem(problem);
        target = resolved;
        var named = ReportFormats.FromExtension(target);
        if (named == null && !MyInvocation.BoundParameters.ContainsKey(nameof(Format)))
            ThrowProblem(new Problem(ErrorIds.ExportTargetInvalid, ProblemCategory.InvalidArgument,
                $"'{given}' names no report format by its extension (.html, .eml, .md); "
                + "add -Format Html, Eml or Markdown.", given));
        format = MyInvocation.BoundParameters.ContainsKey(nameof(Format)) ? Format : named!.Value;
        base.BeginProcessing();
    }

    protected override void EndProcessing()
    {
        var written = ReportFile.WriteAll(BuildReport(), format, target, From, NoClobber, Force, ShouldProcess,
            WriteProblem, Cancellation);
        if (PassThru) foreach (var path in written) WriteObject(new FileInfo(path));
    }
}

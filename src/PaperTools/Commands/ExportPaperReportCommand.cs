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
public sealed class ExportPaperReportCommand : PaperFileCmdletBase, IDynamicParameters
{
    /// <summary>
    /// Html, Eml or Markdown; needed only when the extension is none of .html, .htm, .eml, .md, .markdown.
    /// </summary>
    [Parameter]
    public ReportFormat Format { get; set; }

    private readonly ReportParameters report = new();
    private string target = null!;
    private ReportFormat format;

    /// <summary>-ProfilePath, -Library, -Title and -From.</summary>
    public object GetDynamicParameters() => report;

    protected override void BeginProcessing()
    {
        target = ResolveTarget();
        var named = ReportFormats.FromExtension(target);
        if (named == null && !MyInvocation.BoundParameters.ContainsKey(nameof(Format)))
            ThrowProblem(new Problem(ErrorIds.ExportTargetInvalid, ProblemCategory.InvalidArgument,
                $"'{GivenPath}' names no report format by its extension (.html, .eml, .md); "
                + "add -Format Html, Eml or Markdown.", GivenPath));
        format = MyInvocation.BoundParameters.ContainsKey(nameof(Format)) ? Format : named!.Value;
        BeginReport(report);
    }

    protected override void ProcessRecord() => Collect();

    protected override void EndProcessing()
    {
        var written = ReportFile.WriteAll(BuildReport(report), format, target, report.From, NoClobber, Force,
            ShouldProcess, WriteProblem, Cancellation);
        if (PassThru) foreach (var path in written) WriteObject(new FileInfo(path));
    }
}

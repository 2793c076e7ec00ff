using System.Globalization;
using System.IO;
using PaperTools.Report;

namespace PaperTools.Commands;

/// <summary>
/// ConvertTo-PaperReport: the report as text, for the pipeline: one HTML or Markdown string, or one e-mail message
/// string per recipient (each ready for sendmail -t or msmtp -t).
/// </summary>
[Cmdlet(VerbsData.ConvertTo, "PaperReport", HelpUri = HelpLinks.Docs + "ConvertTo-PaperReport.md")]
[OutputType(typeof(string))]
public sealed class ConvertToPaperReportCommand : PaperInputCmdletBase, IDynamicParameters
{
    [Parameter(Position = 0)]
    public ReportFormat Format { get; set; } = ReportFormat.Html;

    private readonly ReportParameters report = new();

    /// <summary>-ProfilePath, -Library, -Title and -From.</summary>
    public object GetDynamicParameters() => report;

    protected override void BeginProcessing() => BeginReport(report);

    protected override void ProcessRecord() => Collect();

    protected override void EndProcessing()
    {
        var built = BuildReport(report);
        if (Format == ReportFormat.Eml)
        {
            foreach (var message in MimeReportRenderer.Messages(built, report.From)) WriteObject(message.Text);
            return;
        }
        var text = new StringWriter(CultureInfo.InvariantCulture);
        ReportWriter.Write(built, Format, text);
        WriteObject(text.ToString());
    }
}

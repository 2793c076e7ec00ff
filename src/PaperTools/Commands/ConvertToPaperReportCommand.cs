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
public sealed class ConvertToPaperReportCommand : ReportCmdletBase
{
    [Parameter(Position = 0)]
    public ReportFormat Format { get; set; } = ReportFormat.Html;

    protected override void EndProcessing()
    {
        var report = BuildReport();
        if (Format == ReportFormat.Eml)
        {
            foreach (var message in MimeReportRenderer.Messages(report, From)) WriteObject(message.Text);
            return;
        }
        var text = new StringWriter(CultureInfo.InvariantCulture);
        ReportWriter.Write(report, Format, text);
        WriteObject(text.ToString());
    }
}

namespace PaperTools.Report;

/// <summary>
/// The one call a script or the scheduled job needs: the day's papers and the profiles in, the report out in the
/// format asked for. <c>ReportWriter.Write(papers, ProfileFile.Read(path, report), ReportFormat.Html, writer)</c>.
/// </summary>
public static class ReportWriter
{
    /// <param name="profiles">Null or empty: one section of every paper.</param>
    /// <param name="held">The library's papers, marked where they appear; null marks none.</param>
    public static PaperReport Write(IEnumerable<Paper?> papers, IReadOnlyList<InterestProfile>? profiles,
        ReportFormat format, TextWriter output, IEnumerable<Paper>? held = null,
        CancellationToken cancellation = default)
    {
        var report = ReportBuilder.Build(papers, profiles, held, cancellation: cancellation);
        Write(report, format, output);
        return report;
    }

    /// <summary>
    /// Renders a built report; e-mail as one message to every recipient (see MimeReportRenderer.Messages for one each).
    /// </summary>
    public static void Write(PaperReport report, ReportFormat format, TextWriter output)
    {
        switch (format)
        {
            case ReportFormat.Html: HtmlReportRenderer.Write(report, output); break;
            case ReportFormat.Eml: MimeReportRenderer.Write(report, output); break;
            case ReportFormat.Markdown: MarkdownReportRenderer.Write(report, output); break;
            default: throw new ArgumentOutOfRangeException(nameof(format), format, "Not a report format.");
        }
    }
}

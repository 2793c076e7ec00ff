namespace PaperTools.Report;

/// <summary>
/// The forms a report is written in: one HTML page, an e-mail message (MIME, HTML and text), Markdown. Here rather
/// than in Core because it is a parameter type, which PowerShell resolves in the default load context.
/// </summary>
public enum ReportFormat
{
    Html,
    Eml,
    Markdown,
}

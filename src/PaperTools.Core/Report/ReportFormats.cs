namespace PaperTools.Report;

/// <summary>Which <see cref="ReportFormat"/> a file name asks for.</summary>
public static class ReportFormats
{
    /// <summary>
    /// The format a file name's extension names (.html/.htm, .eml, .md/.markdown); null when it names none.
    /// </summary>
    public static ReportFormat? FromExtension(string? path)
    {
        switch (Path.GetExtension(path ?? string.Empty).ToLowerInvariant())
        {
            case ".html":
            case ".htm": return ReportFormat.Html;
            case ".eml": return ReportFormat.Eml;
            case ".md":
            case ".markdown": return ReportFormat.Markdown;
            default: return null;
        }
    }
}

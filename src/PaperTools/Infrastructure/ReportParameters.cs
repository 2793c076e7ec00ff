using PaperTools.Report;

namespace PaperTools.Commands;

/// <summary>
/// What Export-PaperReport and ConvertTo-PaperReport share of a report: a parameter group each returns from
/// GetDynamicParameters (they derive from the file and the input bases), and the profiles read from it.
/// </summary>
public sealed class ReportParameters
{
    /// <summary>A JSON file of interest profiles; without it the report is one section of every paper.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? ProfilePath { get; set; }

    /// <summary>
    /// The papers the library already holds (Import-PaperBibTeX library.bib): marked where they appear.
    /// </summary>
    [Parameter]
    [AllowEmptyCollection]
    public Paper[]? Library { get; set; }

    /// <summary>
    /// The report's heading and the e-mail's subject; "Reading list, &lt;latest digest date&gt;" by default.
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Title { get; set; }

    /// <summary>The sender of e-mail reports, a plain address.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string From { get; set; } = MimeReportRenderer.DefaultFrom;

    /// <summary>The usable profiles of -ProfilePath, once read; null without it.</summary>
    internal List<InterestProfile>? Profiles { get; set; }
}

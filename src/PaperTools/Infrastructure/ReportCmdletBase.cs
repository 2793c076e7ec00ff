using PaperTools.Report;

namespace PaperTools.Commands;

/// <summary>
/// What Export-PaperReport and ConvertTo-PaperReport share: the papers from the pipeline, the profiles file (each
/// unusable profile a non-terminating ReportProfileInvalid, the others still run), the library's papers to mark, and
/// the report built once at the end.
/// </summary>
public abstract class ReportCmdletBase : PaperInputCmdletBase
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

    private List<InterestProfile>? profiles;

    protected override void BeginProcessing()
    {
        if (!MimeReportRenderer.IsPlainAddress(From))
            ThrowProblem(new Problem(ErrorIds.ReportProfileInvalid, ProblemCategory.InvalidArgument,
                $"-From '{From}' is not a plain e-mail address (name@host).", From));
        if (ProfilePath == null) return;
        if (!TryResolveLiteralFileSystemPath(ProfilePath, out var path, out var problem)) ThrowProblem(problem);
        try { profiles = ProfileFile.Read(path, WriteProblem); }
        catch (PaperToolsException ex) { ThrowTerminatingError(ErrorRecordFactory.FromException(ex, ProfilePath)); }
        WriteVerbose($"{path}: {Plural.Of(profiles!.Count, "usable profile")}.");
    }

    protected override void ProcessRecord() => Collect();

    /// <summary>The report of every paper collected, for the profiles read.</summary>
    protected PaperReport BuildReport()
    {
        Progress.Show($"Matching {Plural.Of(Collected.Count, "paper")} "
                       + $"against {Plural.Of(profiles?.Count ?? 0, "profile")}");
        PaperReport? report = null;
        RunCancellable(() => report = ReportBuilder.Build(Collected, profiles, Library, Title, Cancellation));
        Progress.Complete();
        return report!;
    }
}

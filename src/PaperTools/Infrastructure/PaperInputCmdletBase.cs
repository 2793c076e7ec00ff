using PaperTools.Report;

namespace PaperTools.Commands;

/// <summary>
/// Base of the cmdlets that take papers from the pipeline (-InputObject): the progress bar of the call, the papers
/// collected by those that write them once, at the end, and the report the report cmdlets build of them.
/// </summary>
public abstract class PaperInputCmdletBase : PaperToolsCmdlet
{
    [Parameter(Mandatory = true, ValueFromPipeline = true)]
    [AllowNull]
    [AllowEmptyCollection]
    [PaperInputTransformation]
    public Paper[]? InputObject { get; set; }

    private ProgressReporter? progress;

    /// <summary>The bar of this call, under the cmdlet's name.</summary>
    private protected ProgressReporter Progress => progress ??= new ProgressReporter(this, MyInvocation.MyCommand.Name);

    /// <summary>The papers of the input so far, without nulls, for cmdlets that write them at the end.</summary>
    protected List<Paper> Collected { get; } = new();

    /// <summary>Adds this input's papers to <see cref="Collected"/>; the bar: "N papers collected{where}".</summary>
    protected void Collect(string where = "")
    {
        if (InputObject == null) return;
        foreach (var paper in InputObject)
        {
            if (paper != null) Collected.Add(paper);
            if (Progress.IsDue) Progress.Show($"{Plural.Of(Collected.Count, "paper")} collected{where}");
        }
    }

    /// <summary>
    /// Checks -From and reads the profiles -ProfilePath names (each unusable profile a non-terminating
    /// ReportProfileInvalid, the others still run); a wrong -From or an unreadable file stops the call.
    /// </summary>
    private protected void BeginReport(ReportParameters report)
    {
        if (!MimeReportRenderer.IsPlainAddress(report.From))
            ThrowProblem(new Problem(ErrorIds.ReportProfileInvalid, ProblemCategory.InvalidArgument,
                $"-From '{report.From}' is not a plain e-mail address (name@host).", report.From));
        if (report.ProfilePath == null) return;
        if (!TryResolveLiteralFileSystemPath(report.ProfilePath, out var path, out var problem)) ThrowProblem(problem);
        try { report.Profiles = ProfileFile.Read(path, WriteProblem); }
        catch (PaperToolsException ex)
        {
            ThrowTerminatingError(ErrorRecordFactory.FromException(ex, report.ProfilePath));
        }
        WriteVerbose($"{path}: {Plural.Of(report.Profiles!.Count, "usable profile")}.");
    }

    /// <summary>The report of every paper collected, for the profiles read.</summary>
    private protected PaperReport BuildReport(ReportParameters report)
    {
        var profiles = report.Profiles;
        Progress.Show($"Matching {Plural.Of(Collected.Count, "paper")} "
                       + $"against {Plural.Of(profiles?.Count ?? 0, "profile")}");
        PaperReport? built = null;
        RunCancellable(() => built = ReportBuilder.Build(Collected, profiles, report.Library, report.Title,
            Cancellation));
        Progress.Complete();
        return built!;
    }
}

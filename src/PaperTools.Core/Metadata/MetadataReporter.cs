using PaperTools.Diagnostics;

namespace PaperTools.Metadata;

/// <summary>
/// Where a metadata run tells its caller what happens: problems, progress, and details for -Verbose. A class of
/// delegates rather than an interface, because no type in the cmdlet assembly may implement a Core type: Import-Module
/// loads them all before PaperTools' load context can supply Core.
/// </summary>
public sealed class MetadataReporter
{
    private readonly Action<Problem> problem;
    private readonly Action<MetadataProgress> progress;
    private readonly Action<string> verbose;

    public MetadataReporter(Action<Problem> problem, Action<MetadataProgress>? progress = null,
        Action<string>? verbose = null)
    {
        this.problem = problem ?? (_ => { });
        this.progress = progress ?? (_ => { });
        this.verbose = verbose ?? (_ => { });
    }

    public void Problem(Problem report) => problem(report);

    public void Progress(MetadataProgress state) => progress(state);

    public void Verbose(string message) => verbose(message);
}

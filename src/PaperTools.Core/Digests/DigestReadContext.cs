using PaperTools.Diagnostics;

namespace PaperTools.Digests;

/// <summary>What a reader needs besides the text: the options, a place to report problems, a stop signal.</summary>
public sealed class DigestReadContext
{
    private readonly Action<Problem> report;

    public DigestReadContext(DigestImportOptions options, Action<Problem> report,
        CancellationToken cancellation = default)
    {
        Options = options ?? new DigestImportOptions();
        this.report = report ?? (_ => { });
        Cancellation = cancellation;
    }

    public DigestImportOptions Options { get; }
    public CancellationToken Cancellation { get; }

    /// <summary>
    /// Hands a problem to the caller. The caller may throw (PowerShell does under -ErrorAction Stop or when
    /// the pipeline stops); such an exception is the host's decision and must pass through the readers untouched.
    /// </summary>
    public void Report(Problem problem)
    {
        try { report(problem); }
        catch (Exception ex)
        {
            callerFailure = ex;
            throw;
        }
    }

    /// <summary>True when <paramref name="ex"/> came out of the caller's report callback, not out of a
    /// reader.</summary>
    public bool IsCallerFailure(Exception ex) => ReferenceEquals(ex, callerFailure);

    private Exception? callerFailure;

    public void Report(string errorId, ProblemCategory category, string message, string target, int line = 0,
        Exception? exception = null)
        => Report(new Problem(errorId, category, message, target, line, exception));
}

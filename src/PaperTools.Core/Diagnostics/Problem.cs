namespace PaperTools.Diagnostics;

/// <summary>
/// One thing that went wrong with one file or one record. The cmdlets turn it into an ErrorRecord
/// whose FullyQualifiedErrorId starts with <see cref="ErrorId"/> and whose target is <see cref="Target"/>.
/// </summary>
public sealed class Problem(string errorId, ProblemCategory category, string message, string? target, int line = 0,
    Exception? exception = null)
{
    /// <summary>Stable identifier from <see cref="ErrorIds"/>.</summary>
    public string ErrorId { get; } = errorId;
    public ProblemCategory Category { get; } = category;

    /// <summary>Error or warning, from the one table in <see cref="ErrorIds.SeverityOf"/>; kept in a target,
    /// warning.</summary>
    public ProblemSeverity Severity => keptInTarget ? ProblemSeverity.Warning : ErrorIds.SeverityOf(ErrorId);

    private bool keptInTarget;

    /// <summary>
    /// This problem of a record in a file being written to, as a warning: the export goes on and the file keeps the
    /// record as it is.
    /// </summary>
    public Problem KeptInTarget()
        => new Problem(ErrorId, Category, Message + " The file keeps it as it is.", Target, Line, Exception)
        {
            keptInTarget = true,
        };

    public string Message { get; } = message;

    /// <summary>The file (or value) the problem is about; null for a stream with no file (ConvertTo-).</summary>
    public string? Target { get; } = target;

    /// <summary>1-based line in <see cref="Target"/>, or 0 when the problem is about the whole file.</summary>
    public int Line { get; } = line;

    public Exception? Exception { get; } = exception;

    public override string ToString() => Line > 0 ? $"{ErrorId}: {Target}:{Line}: {Message}"
        : $"{ErrorId}: {Target}: {Message}";
}

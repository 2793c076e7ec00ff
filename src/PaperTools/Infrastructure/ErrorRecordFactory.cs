namespace PaperTools.Commands;

/// <summary>The one place error records are made, so ids, categories and targets stay consistent.</summary>
internal static class ErrorRecordFactory
{
    public static ErrorRecord FromProblem(Problem problem)
    {
        var message = problem.Line > 0 ? $"{problem.Target}:{problem.Line}: {problem.Message}" : problem.Message;
        var exception = new PaperToolsException(problem.ErrorId, problem.Category, message, problem.Exception);
        return Create(exception, problem.ErrorId, problem.Category, problem.Target);
    }

    /// <summary>A warning's text: the id first, so a script can match it in -WarningVariable, then where and
    /// what.</summary>
    public static string WarningText(Problem problem)
        => problem.Line > 0 ? $"{problem.ErrorId}: {problem.Target}:{problem.Line}: {problem.Message}"
            : $"{problem.ErrorId}: {problem.Message}";

    public static ErrorRecord FromException(PaperToolsException exception, object target)
        => Create(exception, exception.ErrorId, exception.Category, target);

    public static ErrorRecord Create(Exception exception, string errorId, ProblemCategory category, object? target)
        => new ErrorRecord(exception, errorId, ToErrorCategory(category), target);

    // Core knows nothing of PowerShell; each of its categories maps to one ErrorCategory here.
    private static ErrorCategory ToErrorCategory(ProblemCategory category) => category switch
    {
        ProblemCategory.ObjectNotFound => ErrorCategory.ObjectNotFound,
        ProblemCategory.InvalidArgument => ErrorCategory.InvalidArgument,
        ProblemCategory.InvalidData => ErrorCategory.InvalidData,
        ProblemCategory.InvalidOperation => ErrorCategory.InvalidOperation,
        ProblemCategory.InvalidType => ErrorCategory.InvalidType,
        ProblemCategory.ReadError => ErrorCategory.ReadError,
        ProblemCategory.WriteError => ErrorCategory.WriteError,
        ProblemCategory.ParserError => ErrorCategory.ParserError,
        ProblemCategory.SyntaxError => ErrorCategory.SyntaxError,
        ProblemCategory.ResourceExists => ErrorCategory.ResourceExists,
        ProblemCategory.ResourceUnavailable => ErrorCategory.ResourceUnavailable,
        ProblemCategory.LimitsExceeded => ErrorCategory.LimitsExceeded,
        ProblemCategory.SecurityError => ErrorCategory.SecurityError,
        ProblemCategory.PermissionDenied => ErrorCategory.PermissionDenied,
        ProblemCategory.NotImplemented => ErrorCategory.NotImplemented,
        ProblemCategory.OperationTimeout => ErrorCategory.OperationTimeout,
        _ => ErrorCategory.NotSpecified,
    };
}

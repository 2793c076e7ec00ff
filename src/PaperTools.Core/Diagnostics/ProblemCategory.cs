namespace PaperTools.Diagnostics;

/// <summary>
/// The error categories Core uses; the cmdlet layer maps each to the same-named
/// System.Management.Automation.ErrorCategory in ErrorRecordFactory (Core knows nothing of PowerShell).
/// </summary>
public enum ProblemCategory
{
    NotSpecified,
    ObjectNotFound,
    InvalidArgument,
    InvalidData,
    InvalidOperation,
    InvalidType,
    ReadError,
    WriteError,
    ParserError,
    /// <summary>A query the user typed is malformed. Not ParserError: PowerShell's error view runs a ParserError's
    /// lines together, which would move the caret off its fault.</summary>
    SyntaxError,
    ResourceExists,
    ResourceUnavailable,
    LimitsExceeded,
    SecurityError,
    PermissionDenied,
    NotImplemented,
    OperationTimeout,
}

namespace PaperTools.Diagnostics
{
    /// <summary>
    /// The error categories Core uses; each has a same-named System.Management.Automation.ErrorCategory,
    /// to which the cmdlet layer maps it by name (Core knows nothing of PowerShell).
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
        ResourceExists,
        ResourceUnavailable,
        LimitsExceeded,
        SecurityError,
        PermissionDenied,
        NotImplemented,
        OperationTimeout,
    }
}

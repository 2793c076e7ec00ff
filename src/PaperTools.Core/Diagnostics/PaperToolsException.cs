namespace PaperTools.Diagnostics;

/// <summary>The exception inside every PaperTools error record; carries the stable error id.</summary>
public sealed class PaperToolsException : Exception
{
    public PaperToolsException(string errorId, ProblemCategory category, string message, Exception? inner = null)
        : base(message, inner)
    {
        ErrorId = errorId;
        Category = category;
    }

    public string ErrorId { get; }
    public ProblemCategory Category { get; }
}

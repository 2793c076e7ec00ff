namespace PaperTools.Diagnostics;

/// <summary>How a cmdlet writes a problem: an error record, or a warning whose record still goes through.</summary>
public enum ProblemSeverity
{
    Error,
    Warning,
}

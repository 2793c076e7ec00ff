namespace PaperTools.Report;

/// <summary>One paper in one section of a report: why it is there and whether the library already held it.</summary>
public sealed class ReportEntry(Paper paper, double score, string? matches, bool held)
{
    public Paper Paper { get; } = paper;

    /// <summary>The best BM25 score any of the profile's queries gave it (0 for a category-only profile).</summary>
    public double Score { get; } = score;

    /// <summary>
    /// The query terms found, field by field, as Find-Paper's Matches note; null when none were asked for.
    /// </summary>
    public string? Matches { get; } = matches;

    /// <summary>True when the library (the papers given as held) already has the same work.</summary>
    public bool Held { get; } = held;
}

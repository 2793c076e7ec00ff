namespace PaperTools.Identity;

/// <summary>
/// What comparing two papers found: whether they are the same work, why (the identifier or title that ties them),
/// how sure that is, and which facts they state differently. A title match with conflicts is not the same work,
/// but a possible duplicate worth showing to the user.
/// </summary>
public sealed class SameWorkMatch(bool isSameWork, SameWorkReason reason, double confidence,
    SameWorkConflicts conflicts)
{
    public static SameWorkMatch NoMatch { get; } = new SameWorkMatch(false, SameWorkReason.None, 0,
        SameWorkConflicts.None);

    public bool IsSameWork { get; } = isSameWork;

    public SameWorkReason Reason { get; } = reason;

    /// <summary>0 to 1: 1 for a shared identifier; a title match scores higher the more facts agree; a possible
    /// duplicate below 0.5.</summary>
    public double Confidence { get; } = confidence;

    public SameWorkConflicts Conflicts { get; } = conflicts;

    /// <summary>Tied by something, but stating conflicting facts: keep both and report the pair.</summary>
    public bool IsPossibleDuplicate => !IsSameWork && Reason != SameWorkReason.None;

    /// <summary>"same Title, but Year, Authors differ", for messages.</summary>
    public string Explain()
    {
        if (Reason == SameWorkReason.None) return "nothing in common";
        var tie = Reason == SameWorkReason.SameEntry ? "the same entry" : "the same " + Reason;
        return Conflicts == SameWorkConflicts.None ? tie : tie + ", but "
            + Conflicts.ToString().Replace(", ", " and ") + " differ";
    }

    public override string ToString() =>
        $"{(IsSameWork ? "same work" : IsPossibleDuplicate ? "possible duplicate" : "different")}: {Explain()} " +
            $"({Confidence:0.00})";
}

namespace PaperTools;

/// <summary>One paper of a duplicate group: where it came from and why it belongs (the paper it matched, the reason,
/// how sure).</summary>
public sealed class PaperDuplicateMember(Paper paper, int position, SameWorkReason reason, double confidence,
    int matchedPosition)
{
    public Paper Paper { get; } = paper;

    /// <summary>The paper's place in the input, from 1.</summary>
    public int Position { get; } = position;

    /// <summary>Why it is the same work as the paper at <see cref="MatchedPosition"/>; None for the group's first
    /// paper.</summary>
    public SameWorkReason Reason { get; } = reason;

    /// <summary>0 to 1, as the same-work rule scores the tie; 1 for the group's first paper.</summary>
    public double Confidence { get; } = confidence;

    /// <summary>The input place of the paper this one matched; 0 for the group's first paper.</summary>
    public int MatchedPosition { get; } = matchedPosition;

    public string? Title => Paper.Title;

    public PaperProvenance Provenance => PaperProvenance.Of(Paper);

    public override string ToString() => $"{Provenance} {Reason} {Confidence:0.00}: {Paper.Title}";
}

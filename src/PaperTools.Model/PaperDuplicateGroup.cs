namespace PaperTools;

/// <summary>
/// Papers that are one work, as Get-PaperDuplicate finds them, in the order they arrived: each with where it came
/// from and why it belongs. The group is as sure as its least certain tie: Reason and Confidence are that tie's.
/// </summary>
public sealed class PaperDuplicateGroup
{
    public PaperDuplicateGroup(int number, PaperDuplicateMember[] members)
    {
        if (members == null
            || members.Length == 0) throw new ArgumentException("A group has at least one paper.", nameof(members));
        Number = number;
        Members = members;
        var weakest = members.Skip(1).OrderBy(m => m.Confidence).FirstOrDefault();
        Reason = weakest?.Reason ?? SameWorkReason.None;
        Confidence = weakest?.Confidence ?? 1.0;
    }

    /// <summary>The group's place among the groups written, from 1.</summary>
    public int Number { get; }

    public PaperDuplicateMember[] Members { get; }

    public int Count => Members.Length;

    public Paper[] Papers => Members.Select(m => m.Paper).ToArray();

    public SameWorkReason Reason { get; }

    public double Confidence { get; }

    /// <summary>The first whole title of the group (a cut one only when the group has no other).</summary>
    public string? Title => (Members.FirstOrDefault(m => !CutTitle.IsCut(m.Paper.Title)
        && !string.IsNullOrEmpty(m.Paper.Title)) ?? Members[0]).Paper.Title;

    /// <summary>Where each paper came from, one per line: "001_f6c52202b2fcb344.txt:29 (Text, 2025-08-20)".</summary>
    public string SeenIn => string.Join(Environment.NewLine, Members.Select(m => m.Provenance.ToString()));

    public override string ToString() => $"{Count} papers, {Reason} {Confidence:0.00}: {Title}";
}

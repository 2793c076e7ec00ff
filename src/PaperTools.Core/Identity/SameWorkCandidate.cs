namespace PaperTools.Identity;

/// <summary>A paper an index holds that shares an identifier, title or entry with the one looked up, and what comparing
/// them found.</summary>
public readonly struct SameWorkCandidate(Paper paper, SameWorkMatch match)
{
    public Paper Paper { get; } = paper;
    public SameWorkMatch Match { get; } = match;
}

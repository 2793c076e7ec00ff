#nullable enable
namespace PaperTools.Identity;

/// <summary>A paper an index holds that shares an identifier, title or entry with the one looked up, and what comparing
/// them found.</summary>
public readonly struct SameWorkCandidate
{
    public SameWorkCandidate(Paper paper, SameWorkMatch match)
    {
        Paper = paper;
        Match = match;
    }

    public Paper Paper { get; }
    public SameWorkMatch Match { get; }
}

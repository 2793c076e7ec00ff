using System.Text.RegularExpressions;

namespace PaperTools;

/// <summary>How every pattern of the project is compiled.</summary>
internal static class Patterns
{
    /// <summary>
    /// Culture-invariant, on the non-backtracking engine: matching is linear in the input, so no hostile file or
    /// reply can make a pattern run away.
    /// </summary>
    public const RegexOptions Safe = RegexOptions.CultureInvariant | RegexOptions.NonBacktracking;
}

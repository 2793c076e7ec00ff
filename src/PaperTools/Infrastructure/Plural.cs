namespace PaperTools.Commands;

/// <summary>Counts as people write them in messages: "1 paper", "2 papers", "1 non-paper entry", "3 non-paper
/// entries".</summary>
internal static class Plural
{
    public static string Of(long count, string one, string? many = null) => count == 1 ? $"1 {one}"
        : $"{count:N0} {many ?? one + "s"}";
}

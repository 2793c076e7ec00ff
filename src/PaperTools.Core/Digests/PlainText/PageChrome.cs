using System.Text.RegularExpressions;

namespace PaperTools.Digests.PlainText;

/// <summary>The Hugging Face page furniture that a saved text page carries around the papers.</summary>
internal static class PageChrome
{
    private static readonly HashSet<string> Lines = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "new",
        "Get trending papers in your email inbox!",
        "Get trending papers in your email inbox once a day!",
        "Subscribe",
        "Daily Papers",
        "byAK and the research community",
    };

    // "SubscribeExperimenting with…": the line-by-line layout glues the button text to the first title.
    private static readonly Regex GluedSubscribe = new Regex("^Subscribe(?=[A-Z0-9\"'(])",
        RegexOptions.CultureInvariant);

    // No furniture line is longer than this, so a title or an abstract is never hashed to find that out.
    private static readonly int LongestLine = Lines.Max(l => l.Length);

    public static bool IsChrome(string line) => line.Length <= LongestLine && Lines.Contains(line);

    public static string StripGluedPrefix(string line)
        => line.StartsWith("Subscribe", StringComparison.Ordinal) ? GluedSubscribe.Replace(line, string.Empty, 1)
            : line;
}

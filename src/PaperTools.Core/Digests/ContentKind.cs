using System.Text.RegularExpressions;

namespace PaperTools.Digests;

/// <summary>
/// Names what a file that is no digest looks like, from its opening text, so that DigestFormatUnknown can say
/// "looks like Markdown" rather than only "unknown": BibTeX, RIS, CSV or tab-separated values, Markdown, source
/// code, JSON, XML or HTML. Null when it looks like none of these.
/// </summary>
internal static class ContentKind
{
    private static readonly Regex BibTeXEntry = new Regex(@"^\s*@[A-Za-z]+\s*[{(]",
        RegexOptions.Multiline | Patterns.Safe);
    private static readonly Regex RisTag = new Regex("^[A-Z][A-Z0-9]  - ", RegexOptions.Multiline | Patterns.Safe);
    private static readonly Regex MarkdownHeading = new Regex("^#{1,6} [^\\s]", Patterns.Safe);
    private static readonly Regex MarkdownListItem = new Regex(@"^\s*(?:[-*+]|[0-9]{1,3}\.)\s+\S", Patterns.Safe);
    private static readonly Regex MarkdownLink = new Regex(@"\[[^\]\r\n]+\]\([^)\s]+\)", Patterns.Safe);
    private static readonly Regex MarkdownTableRule = new Regex(@"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?$",
        Patterns.Safe);
    private static readonly Regex CodeStatement = new Regex(
        @"^\s*(?:#!|#include\b|#requires\b|using\s+[\w.]+;|import\s|from\s+\S+\s+import\b|package\s|namespace\s|" +
            @"def\s+\w+\(|class\s+\w+|function\s+[\w-]+|param\s*\(|\[CmdletBinding|(?:public|private|internal|" +
            @"protected|static)\s|(?:var|let|const)\s+\w+\s*=|\$[\w:]+\s*=|if\s*\(|for(?:each)?\s*\(|while\s*\(|" +
            @"return\b|<#|#>)",
        RegexOptions.IgnoreCase | Patterns.Safe);

    public static string? Describe(string head)
    {
        if (string.IsNullOrEmpty(head)) return null;
        switch (DigestHead.FirstSignificant(head))
        {
            case '{':
            case '[':
                return "JSON";
            case '<':
                return "XML or HTML";
        }
        if (BibTeXEntry.Matches(head).Count >= 1) return "a BibTeX file";
        if (head.Contains("TY  - ") && RisTag.Matches(head).Count >= 3) return "an RIS file";

        var lines = Lines(head);
        if (lines.Count == 0) return null;
        // Fenced blocks mark Markdown even when they hold code; a script's # comments look like headings, so code comes
        // next.
        if (lines.Count(l => l.TrimStart().StartsWith("```", StringComparison.Ordinal)) >= 2) return "Markdown";
        if (LooksLikeCode(lines)) return "source code";
        if (LooksLikeMarkdown(lines)) return "Markdown";
        return Separated(lines);
    }

    /// <summary>The head's lines that are not blank, whatever the line breaks; the last is left out when a full head
    /// cut it short.</summary>
    internal static List<string> Lines(string head)
    {
        var lines = head.Split(new[] { "\r\n", "\r", "\n" },
            StringSplitOptions.None).Where(l => l.Trim().Length > 0).ToList();
        if (lines.Count > 1 && head.Length >= DigestDecoder.HeadChars && !head.EndsWith("\n",
            StringComparison.Ordinal)) lines.RemoveAt(lines.Count - 1);
        return lines;
    }

    private static bool LooksLikeMarkdown(List<string> lines)
    {
        var headings = lines.Count(l => MarkdownHeading.IsMatch(l));
        var markers = headings + lines.Count(l => MarkdownListItem.IsMatch(l))
            + lines.Count(l => MarkdownLink.IsMatch(l)) + lines.Count(l => MarkdownTableRule.IsMatch(l.Trim()));
        return headings >= 1 && markers >= 3;
    }

    private static bool LooksLikeCode(List<string> lines)
    {
        var code = lines.Count(l =>
        {
            var t = l.Trim();
            return CodeStatement.IsMatch(t) || t == "}" || t.EndsWith(";", StringComparison.Ordinal) || t.EndsWith("{",
                StringComparison.Ordinal) || t.StartsWith("//", StringComparison.Ordinal);
        });
        return code * 4 >= lines.Count && code >= 3;
    }

    private static int CountOutsideQuotes(string line, char separator)
    {
        var count = 0;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"') quoted = !quoted;
            else if (c == separator && !quoted) count++;
        }
        return count;
    }

    /// <summary>Rows with the same number (two or more) of one separator: CSV, semicolon-separated or tab-separated
    /// values.</summary>
    private static string? Separated(List<string> lines)
    {
        if (lines.Count < 3) return null;
        foreach (var (separator, name) in new[] { ('\t', "tab-separated values"), (',', "CSV (comma-separated values)"),
            (';', "semicolon-separated values") })
        {
            var counts = lines.Take(20).Select(l => CountOutsideQuotes(l, separator)).ToList();
            if (counts[0] >= 2 && counts.Count(c => c == counts[0]) * 10 >= counts.Count * 8) return name;
        }
        return null;
    }
}

using System.Net;
using System.Text.RegularExpressions;

namespace PaperTools.Digests.JournalToc;

/// <summary>
/// The text of a feed field that may hold HTML: a publisher's description, or a title that OJS escapes twice
/// ("&amp;lt;p&amp;gt;&amp;lt;strong&amp;gt;Title…" reads as "&lt;p&gt;&lt;strong&gt;Title…"). Tags are
/// dropped, entities decoded, and block tags (p, div, br, li, headings) part paragraphs. A tag must start with a
/// letter after "&lt;" and hold no "&lt;", so TeX such as "$a&lt;b$ and $c&gt;d$" is left alone, and the pattern
/// runs in linear time.
/// </summary>
internal static class FeedText
{
    private static readonly Regex Tag = new(
        @"</?(?<name>[A-Za-z][A-Za-z0-9:-]*)(?:\s[^<>]*)?/?>",
        Patterns.Safe);

    private static readonly Regex Entity = new(
        @"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});",
        Patterns.Safe);

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "blockquote", "section",
    };

    /// <summary>The field as one line of plain text; null when nothing is left.</summary>
    public static string? Plain(string? value)
    {
        var paragraphs = Paragraphs(value);
        return paragraphs.Count == 0 ? null : string.Join(" ", paragraphs);
    }

    /// <summary>The field's paragraphs as plain text, empty ones left out.</summary>
    public static IReadOnlyList<string> Paragraphs(string? value)
    {
        var text = Whitespace.Collapse(value);
        if (text == null) return Array.Empty<string>();
        if (!Tag.IsMatch(text) && !Entity.IsMatch(text)) return new[] { text };
        var marked = Tag.Replace(text, m => BlockTags.Contains(m.Groups["name"].Value) ? "\n" : string.Empty);
        return marked.Split('\n')
            .Select(part => Whitespace.Collapse(WebUtility.HtmlDecode(part)))
            .Where(part => part != null)
            .Select(part => part!)
            .ToArray();
    }
}

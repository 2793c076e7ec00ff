using System.Net;
using System.Text.RegularExpressions;

namespace PaperTools.Formats.BibTeX;

/// <summary>
/// CSL-JSON's rich text (&lt;i&gt;, &lt;b&gt;, &lt;sup&gt;, &lt;sub&gt;, small caps, &lt;span class="nocase"&gt;) as
/// LaTeX: \textit, \textbf, \textsuperscript, \textsubscript, \textsc and a brace group, which Zotero's BibTeX import
/// reads back as the same markup. The words between the tags are escaped by the caller's escaper; a span CSL does
/// not define is dropped, its words kept.
/// </summary>
internal static class RichTextLatex
{
    private static readonly Regex Tag = new Regex(
        @"<(?<close>/)?(?<name>i|b|sup|sub|span)(?<attributes>\s[^<>]*)?>",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public static string ToLatex(string rich, Func<string, string> escape)
    {
        var text = new StringBuilder();
        // Whether each open tag opened a group: a span CSL does not define opens none, and its close writes none.
        var open = new Stack<bool>();
        var at = 0;
        foreach (Match tag in Tag.Matches(rich))
        {
            var closing = tag.Groups["close"].Success;
            if (closing && open.Count == 0) continue;
            text.Append(Words(rich.Substring(at, tag.Index - at), escape));
            at = tag.Index + tag.Length;
            if (closing)
            {
                if (open.Pop()) text.Append('}');
                continue;
            }
            var command = Command(tag);
            if (command != null) text.Append(command).Append('{');
            open.Push(command != null);
        }
        text.Append(Words(rich.Substring(at), escape));
        return text.Append('}', open.Count(opened => opened)).ToString();
    }

    // The words between two tags escaped, a space at either end kept (the escaper trims them).
    private static string Words(string text, Func<string, string> escape)
    {
        var words = WebUtility.HtmlDecode(text);
        var trimmed = words.Trim();
        if (trimmed.Length == 0) return words.Length > 0 ? " " : string.Empty;
        return (char.IsWhiteSpace(words[0]) ? " " : string.Empty) + escape(trimmed)
               + (char.IsWhiteSpace(words[^1]) ? " " : string.Empty);
    }

    // The command of an opening tag: "" for a nocase span (a brace group alone); null for a span CSL does not define.
    private static string? Command(Match tag)
    {
        var attributes = tag.Groups["attributes"].Value;
        return tag.Groups["name"].Value.ToLowerInvariant() switch
        {
            "i" => "\\textit",
            "b" => "\\textbf",
            "sup" => "\\textsuperscript",
            "sub" => "\\textsubscript",
            _ when attributes.Contains("nocase", StringComparison.OrdinalIgnoreCase) => string.Empty,
            _ when attributes.Contains("small-caps", StringComparison.OrdinalIgnoreCase) => "\\textsc",
            _ => null,
        };
    }
}

using HtmlAgilityPack;
using PaperTools.Diagnostics;

namespace PaperTools.Digests.Html;

/// <summary>What the HTML readers share: parsing a saved page, its visible text, and noticing a page saved only in
/// part.</summary>
internal static class HtmlPage
{
    /// <summary>
    /// Deeper than any real page (saved Daily Papers pages and Scholar alerts nest under 40 levels; browsers
    /// stop nesting at 512). HtmlAgilityPack recurses once per level when it closes a page's open tags, so
    /// 60,000 unclosed &lt;div&gt; overflow the stack, a crash nothing can catch; and the work per tag grows
    /// with the depth, so the bound also keeps parsing linear.
    /// </summary>
    public const int MaxNesting = 256;

    /// <summary>The parsed page; null, with DigestTooDeep reported, when its tags nest deeper than <see
    /// cref="MaxNesting"/>.</summary>
    public static HtmlDocument? Parse(string html, DigestSource source, DigestReadContext context)
    {
        var document = Parse(html);
        if (document == null)
            context.Report(ErrorIds.DigestTooDeep, ProblemCategory.LimitsExceeded,
                $"The page nests its tags more than {MaxNesting} levels deep (thousands of unclosed tags); no real " +
                    "digest page does, so it is not read.", source.Path);
        return document;
    }

    /// <summary>The parsed markup; null when its tags nest deeper than <see cref="MaxNesting"/>.</summary>
    public static HtmlDocument? Parse(string html)
    {
        var document = new HtmlDocument { OptionMaxNestedChildNodes = MaxNesting };
        // HtmlAgilityPack signals the limit with a plain Exception, before any recursion.
        try { document.LoadHtml(html); }
        catch (Exception ex) when (ex.GetType() == typeof(Exception) && ex.Message.IndexOf("nested",
            StringComparison.OrdinalIgnoreCase) >= 0) { return null; }
        return document;
    }

    /// <summary>The text a reader sees in an element: entities decoded, white space collapsed; null when
    /// empty.</summary>
    public static string? Text(HtmlNode? node)
    {
        if (node == null) return null;
        var text = new StringBuilder();
        foreach (var part in node.DescendantsAndSelf())
        {
            if (part.NodeType == HtmlNodeType.Text) text.Append(((HtmlTextNode)part).Text);
            else if (part.Name == "br") text.Append(' '); // "line<br>break" is two words, not "linebreak".
        }
        return Whitespace.Collapse(HtmlEntity.DeEntitize(text.ToString()));
    }

    /// <summary>An attribute's value with its entities decoded; null when absent.</summary>
    public static string? Attribute(HtmlNode? node, string name)
    {
        var value = node?.Attributes[name]?.Value;
        return value == null ? null : HtmlEntity.DeEntitize(value);
    }

    /// <summary>Every saved page and alert ends with &lt;/html&gt;; one that does not was cut short.</summary>
    public static bool IsCutShort(string html) => html.LastIndexOf("</html", StringComparison.OrdinalIgnoreCase) < 0;

    /// <summary>Reports the cut at the page's last line.</summary>
    public static void ReportCutShort(DigestSource source, DigestReadContext context, string html)
    {
        var line = 1;
        foreach (var c in html) if (c == '\n') line++;
        context.Report(ErrorIds.DigestTruncated, ProblemCategory.InvalidData,
            "The page ends before its closing </html> tag: it was saved or copied only in part. The entries " +
                "before the cut were read.", source.Path, line);
    }
}

using System.Xml.Linq;

namespace PaperTools.Digests.Arxiv;

/// <summary>
/// What arXiv sends instead of papers when it refuses a request, shaped like papers: the export API's one-entry
/// feed titled "Error" by the author "arXiv api core" (its summary holds the message), and rss.arxiv.org's feed
/// titled "Feed error for query: …" whose description says what was wrong ("Bad archive 'psuedo-science'. …").
/// </summary>
internal static class ArxivServiceReplies
{
    /// <summary>The message of an export API error entry; null for an ordinary entry.</summary>
    public static string? ApiErrorMessage(XElement entry)
    {
        var title = Whitespace.Collapse(Child(entry, "title"));
        var byApiCore = entry.Elements().Where(e => e.Name.LocalName == "author")
            .Any(a => string.Equals(Whitespace.Collapse(Child(a, "name") ?? a.Value), "arXiv api core",
                StringComparison.OrdinalIgnoreCase));
        if (!byApiCore || !string.Equals(title, "Error", StringComparison.OrdinalIgnoreCase)) return null;
        return Whitespace.Collapse(Child(entry, "summary")) ?? "the reply gives no message";
    }

    /// <summary>True when a feed's own title says it is rss.arxiv.org's error feed.</summary>
    public static bool IsFeedError(string? feedTitle)
        => feedTitle != null && feedTitle.StartsWith("Feed error", StringComparison.OrdinalIgnoreCase);

    private static string? Child(XElement element, string localName)
        => element.Elements().FirstOrDefault(e => e.Name.LocalName == localName)?.Value;
}

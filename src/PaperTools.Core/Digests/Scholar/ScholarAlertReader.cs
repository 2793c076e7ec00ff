using System.Text.RegularExpressions;
using HtmlAgilityPack;
using PaperTools.Diagnostics;
using PaperTools.Digests.Html;

namespace PaperTools.Digests.Scholar;

/// <summary>
/// A Google Scholar alert e-mail, saved as HTML or as .eml (unwrapped before it gets here). Each result is
/// an h3 title link through scholar.google.com/scholar_url?url=TARGET, a byline of authors, venue, year and
/// host, and a snippet. Scholar sends no abstract: Abstract holds the snippet, marked AbstractIsSnippet.
/// </summary>
public sealed class ScholarAlertReader : IDigestReader
{
    private static readonly Regex AlertMarker =
        new Regex(@"scholar\.google\.[a-z.]+/scholar_url\?|gse_alrt_title|scholaralrt",
            RegexOptions.IgnoreCase | Patterns.Safe);
    private static readonly Regex KindMarker = new Regex(@"^\s*\[(?<kind>[A-Z]+)\]\s*", Patterns.Safe);
    private static readonly Regex DoiInAddress = new Regex(@"\b10\.[0-9]{4,9}/[^\s?#&]+", Patterns.Safe);

    public DigestFormat Format => DigestFormat.ScholarAlert;

    public bool Recognizes(string head) => DigestHead.IsMarkup(head) && AlertMarker.IsMatch(head);

    public IEnumerable<Paper> Read(DigestSource source, DigestReadContext context)
    {
        var html = WholeDocument.Read(source, context);
        if (html == null) yield break;
        var page = HtmlPage.Parse(html, source, context);
        if (page == null) yield break;
        var results = page.DocumentNode.SelectNodes("//h3");
        foreach (var heading in results ?? Enumerable.Empty<HtmlNode>())
        {
            context.Cancellation.ThrowIfCancellationRequested();
            var paper = ToPaper(heading, source, context);
            if (paper != null) yield return paper;
        }
        if (HtmlPage.IsCutShort(html)) HtmlPage.ReportCutShort(source, context, html);
    }

    private Paper? ToPaper(HtmlNode heading, DigestSource source, DigestReadContext context)
    {
        var link = heading.SelectSingleNode(".//a[@href]");
        var headingText = HtmlPage.Text(heading) ?? string.Empty;
        var kind = KindMarker.Match(headingText);
        var title = link != null ? HtmlPage.Text(link)
            : Whitespace.Collapse(KindMarker.Replace(headingText, string.Empty));
        var (bylineNode, snippetNode) = BylineAndSnippet(heading);
        // A result without a link ([CITATION]) still has its byline; a heading with neither is page furniture.
        if (title == null || (link == null && bylineNode == null)) return null;

        var target = Unwrap(HtmlPage.Attribute(link, "href"));
        var byline = ScholarByline.Parse(HtmlPage.Text(bylineNode));
        var snippet = HtmlPage.Text(snippetNode);

        string? arxivId = null;
        int? version = null;
        if (target != null && target.IndexOf("arxiv.org/",
            StringComparison.OrdinalIgnoreCase) >= 0) ArxivIdentifier.TryParse(target, out arxivId, out version);
        if (arxivId == null && byline.Venue != null && byline.Venue.StartsWith("arXiv",
            StringComparison.OrdinalIgnoreCase)) ArxivIdentifier.TryParse(byline.Venue, out arxivId, out version);
        var isPdf = (kind.Success && kind.Groups["kind"].Value == "PDF") || (target?.EndsWith(".pdf",
            StringComparison.OrdinalIgnoreCase) ?? false);

        return new Paper
        {
            Title = title,
            Abstract = snippet,
            AbstractIsSnippet = snippet != null,
            Authors = byline.Authors,
            Year = byline.Year,
            Venue = byline.Venue,
            ArxivId = arxivId,
            ArxivVersion = version,
            Doi = Doi(target),
            Url = ArxivLinks.Abstract(arxivId) ?? target,
            PdfUrl = ArxivLinks.Pdf(arxivId) ?? (isPdf ? target : null),
            Source = source.Path,
            SourceLine = heading.Line,
            SourceFormat = Format,
            DigestDate = context.Options.DigestDate,
        };
    }

    // The byline and snippet are the divs after the heading, before the next result or the share links.
    private static (HtmlNode? Byline, HtmlNode? Snippet) BylineAndSnippet(HtmlNode heading)
    {
        var divs = new List<HtmlNode>();
        for (var node = heading.NextSibling; node != null && divs.Count < 2; node = node.NextSibling)
        {
            if (node.NodeType != HtmlNodeType.Element) continue;
            if (node.Name == "h3" || node.SelectSingleNode(".//table") != null) break;
            if (node.Name == "div") divs.Add(node);
        }
        var snippet = divs.FirstOrDefault(d => d.GetAttributeValue("class", "").Contains("gse_alrt_sni"))
            ?? divs.Skip(1).FirstOrDefault();
        return (divs.FirstOrDefault(d => d != snippet), snippet);
    }

    /// <summary>The real address behind scholar.google.com/scholar_url?url=…; any other address as it is.</summary>
    internal static string? Unwrap(string? href)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        if (!Uri.TryCreate(href.Trim(), UriKind.Absolute, out var uri) || uri.Host.IndexOf("scholar.google.",
            StringComparison.OrdinalIgnoreCase) < 0 ||
            !uri.AbsolutePath.StartsWith("/scholar_url", StringComparison.OrdinalIgnoreCase))
            return href.Trim();
        foreach (var pair in uri.Query.TrimStart('?').Split('&'))
        {
            if (pair.StartsWith("url=", StringComparison.Ordinal)) return Uri.UnescapeDataString(pair.Substring(4));
        }
        return href.Trim();
    }

    private static string? Doi(string? address)
    {
        var m = address == null ? Match.Empty : DoiInAddress.Match(address);
        if (!m.Success) return null;
        var doi = m.Value;
        return doi.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase) ? doi.Substring(0, doi.Length - 4) : doi;
    }
}

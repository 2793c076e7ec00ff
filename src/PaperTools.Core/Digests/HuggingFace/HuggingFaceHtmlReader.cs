using System.Text.RegularExpressions;
using HtmlAgilityPack;
using PaperTools.Diagnostics;
using PaperTools.Digests.Html;
using PaperTools.Digests.Json;

namespace PaperTools.Digests.HuggingFace;

/// <summary>
/// A Hugging Face Daily Papers page saved as HTML (/papers/date/YYYY-MM-DD). The page embeds the day's
/// list as JSON in a data-props attribute, the same items the API serves, so that is read first; a page
/// without it falls back to the visible cards (h3 &gt; a[href^="/papers/"]), which carry title and id only.
/// A single paper's page (/papers/ID) gives that one paper.
/// </summary>
public sealed class HuggingFaceHtmlReader : IDigestReader
{
    private static readonly Regex PageMarker = new Regex(@"huggingface\.co/papers|data-target=""DailyPapers""",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex DataProps = new Regex(@"\sdata-props\s*=\s*([""'])",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    private static readonly Regex DatedAddress = new Regex(@"/papers/date/([0-9]{4}-[0-9]{2}-[0-9]{2})",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public DigestFormat Format => DigestFormat.HuggingFaceHtml;

    public bool Recognizes(string head) => DigestHead.IsMarkup(head) && PageMarker.IsMatch(head);

    public IEnumerable<Paper> Read(DigestSource source, DigestReadContext context)
    {
        var html = WholeDocument.Read(source, context);
        if (html == null) yield break;
        var truncationReported = false;
        var any = false;

        var list = EmbeddedList(html, out var listLine);
        if (list != null)
        {
            var items = new JsonArrayStream(new StringReader(HtmlEntity.DeEntitize(list)),
                HuggingFaceJsonReader.ListProperties);
            foreach (var (item, _) in items.ItemBytes())
            {
                context.Cancellation.ThrowIfCancellationRequested();
                var paper = HuggingFacePaperItem.ToPaper(item, listLine, Format, source, context);
                if (paper == null) continue;
                any = true;
                yield return paper;
            }
            if (items.StopReason != null)
            {
                context.Report(ErrorIds.DigestTruncated, ProblemCategory.InvalidData,
                    $"The page's embedded list of papers is incomplete: {items.StopReason}. The complete items " +
                    "before it were read.", source.Path, listLine);
                truncationReported = true;
            }
        }

        if (!any)
        {
            var page = HtmlPage.Parse(html, source, context);
            if (page == null) yield break;
            foreach (var paper in VisibleCards(page, source, context))
            {
                any = true;
                yield return paper;
            }
            var single = any ? null : HuggingFacePaperPage.Read(page, Format, source, context);
            if (single != null)
            {
                any = true;
                yield return single;
            }
        }

        if (!truncationReported && HtmlPage.IsCutShort(html)) HtmlPage.ReportCutShort(source, context, html);
        else if (!any && !truncationReported)
            context.Report(ErrorIds.DigestEntryInvalid, ProblemCategory.InvalidData,
                "The page is from huggingface.co but holds no list of papers, no paper cards and no single paper; " +
                "nothing was read from it.", source.Path);
    }

    /// <summary>
    /// The raw value of the data-props attribute holding "dailyPapers"; the page has others (header, theme).
    /// Found in the text rather than the parsed tree so that a value cut off by a truncated save, which
    /// an HTML parser drops, still gives its complete items.
    /// </summary>
    private static string? EmbeddedList(string html, out int line)
    {
        line = 0;
        foreach (Match attribute in DataProps.Matches(html))
        {
            var quote = attribute.Groups[1].Value[0];
            var start = attribute.Index + attribute.Length;
            var end = html.IndexOf(quote, start);
            var value = end < 0 ? html.Substring(start) : html.Substring(start, end - start);
            if (value.IndexOf("dailyPapers", StringComparison.Ordinal) < 0) continue;
            line = 1;
            for (var i = 0; i < attribute.Index; i++) if (html[i] == '\n') line++;
            return value;
        }
        return null;
    }

    // The day's address (/papers/date/2025-08-26) is in the canonical link and og:url.
    private static DateTime? PageDate(HtmlDocument page)
    {
        var address = page.DocumentNode.SelectSingleNode("//link[@rel='canonical']")?.GetAttributeValue("href", null)
                      ?? page.DocumentNode.SelectSingleNode("//meta[@property='og:url']")?.GetAttributeValue("content",
                          null);
        var m = address == null ? Match.Empty : DatedAddress.Match(address);
        return m.Success ? DigestDates.Parse(m.Groups[1].Value) : null;
    }

    private IEnumerable<Paper> VisibleCards(HtmlDocument page, DigestSource source, DigestReadContext context)
    {
        var links =
            page.DocumentNode.SelectNodes(
            "//h3/a[starts-with(@href, '/papers/') or starts-with(@href, 'https://huggingface.co/papers/')]");
        if (links == null) yield break;
        var pageDate = context.Options.DigestDate ?? PageDate(page);
        foreach (var link in links)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            var title = HtmlPage.Text(link);
            ArxivIdentifier.TryParse(link.GetAttributeValue("href", ""), out var arxivId, out var version);
            if (title == null && arxivId == null) continue;
            yield return new Paper
            {
                Title = title,
                ArxivId = arxivId,
                ArxivVersion = version,
                Url = ArxivLinks.Abstract(arxivId),
                PdfUrl = ArxivLinks.Pdf(arxivId),
                Source = source.Path,
                SourceLine = link.Line,
                SourceFormat = Format,
                DigestDate = pageDate,
            };
        }
    }
}

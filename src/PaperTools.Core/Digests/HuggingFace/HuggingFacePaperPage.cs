using System.Text.Json;
using System.Text.RegularExpressions;
using HtmlAgilityPack;
using PaperTools.Digests.Html;

namespace PaperTools.Digests.HuggingFace;

/// <summary>
/// A single paper's page saved from huggingface.co/papers/ID. The page hydrates from a data-props attribute
/// holding the paper object the API serves (id, title, summary, authors, upvotes), which is read first; a page
/// saved without it still names the paper in its address and its heading.
/// </summary>
internal static class HuggingFacePaperPage
{
    // https://huggingface.co/papers/2508.14001, never /papers/date/2025-08-25 or /papers/trending.
    private static readonly Regex PaperAddress =
        new Regex(@"huggingface\.co/papers/(?<id>[0-9]{4}\.[0-9]{4,5}(?:v[0-9]+)?)(?![\w.])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The page's paper; null when the page is not a single paper's.</summary>
    public static Paper? Read(HtmlDocument page, DigestFormat format, DigestSource source,
        DigestReadContext context)
    {
        var address = page.DocumentNode.SelectSingleNode("//link[@rel='canonical']")?.GetAttributeValue("href", null)
                      ?? page.DocumentNode.SelectSingleNode("//meta[@property='og:url']")?.GetAttributeValue("content",
                          null);
        var m = address == null ? Match.Empty : PaperAddress.Match(address);
        if (!m.Success) return null;
        return Embedded(page, format, source, context) ?? Visible(page, m.Groups["id"].Value, format, source);
    }

    private static Paper? Embedded(HtmlDocument page, DigestFormat format, DigestSource source,
        DigestReadContext context)
    {
        var holders = page.DocumentNode.SelectNodes("//*[@data-props]");
        if (holders == null) return null;
        foreach (var holder in holders)
        {
            var props = HtmlPage.Attribute(holder, "data-props");
            if (props == null || props.IndexOf("\"paper\"", StringComparison.Ordinal) < 0) continue;
            try
            {
                // An entity may decode to half a surrogate pair (&#xD800;), which the JSON parser cannot transcode.
                using (var json = JsonDocument.Parse(UnicodeText.ReplaceLoneSurrogates(props)))
                {
                    var root = json.RootElement;
                    if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("paper", out var paper)
                        || paper.ValueKind != JsonValueKind.Object) continue;
                    return HuggingFacePaperItem.ToPaper(root.Clone(), holder.Line, format, source, context);
                }
            }
            catch (Exception ex) when (ex is JsonException || ex is InvalidOperationException)
            {
                // A damaged attribute: the visible page still names the paper.
            }
        }
        return null;
    }

    private static Paper Visible(HtmlDocument page, string id, DigestFormat format, DigestSource source)
    {
        ArxivIdentifier.TryParse(id, out var arxivId, out var version);
        var heading = page.DocumentNode.SelectSingleNode("//h1");
        return new Paper
        {
            Title = HtmlPage.Text(heading),
            ArxivId = arxivId,
            ArxivVersion = version,
            Url = ArxivLinks.Abstract(arxivId),
            PdfUrl = ArxivLinks.Pdf(arxivId),
            Source = source.Path,
            SourceLine = heading?.Line ?? 0,
            SourceFormat = format,
        };
    }
}

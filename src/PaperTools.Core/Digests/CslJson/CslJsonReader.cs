using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using PaperTools.Diagnostics;
using PaperTools.Digests.Json;

namespace PaperTools.Digests.CslJson
{
    /// <summary>
    /// CSL-JSON, the citation data of Zotero, Mendeley, pandoc and citation-js: a list of items (or one item), each
    /// with a CSL type, a title that may carry CSL's rich-text tags (&lt;i&gt;, &lt;b&gt;, &lt;sub&gt;,
    /// &lt;span class="nocase"&gt;), authors in parts and dates as date-parts. Editors are not authors and are not
    /// made authors. An item's key ("citation-key", or an "id" that reads as one) becomes its CitationKey.
    /// </summary>
    public sealed class CslJsonReader : IDigestReader
    {
        // The item types of CSL 1.0.2; an object whose "type" is one of these, beside an "id", is a CSL item.
        private static readonly Regex CslType = new Regex(
            "\"type\"\\s*:\\s*\"(?:article|article-journal|article-magazine|article-newspaper|bill|book|broadcast|chapter|classic|collection|dataset|document|entry|entry-dictionary|entry-encyclopedia|event|figure|graphic|hearing|interview|legal_case|legislation|manuscript|map|motion_picture|musical_score|pamphlet|paper-conference|patent|performance|periodical|personal_communication|post|post-weblog|regulation|report|review|review-book|software|song|speech|standard|thesis|treaty|webpage)\"",
            RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        private static readonly Regex IdField = new Regex("\"id\"\\s*:", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

        // Shapes that also have "type" and "id" but are not CSL: Crossref replies (titles are lists), OpenAlex, Semantic Scholar.
        private static readonly Regex OtherShape = new Regex("\"message-type\"\\s*:|\"title\"\\s*:\\s*\\[|\"https?://openalex\\.org/|\"paperId\"\\s*:", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

        private static readonly Regex RichText = new Regex(@"</?(?:i|b|sub|sup|span)(?:\s[^<>]*)?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        private static readonly Regex KeyLike = new Regex(@"^[A-Za-z0-9][A-Za-z0-9_:.\-+/]*$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        private static readonly Regex RawYear = new Regex(@"(?<![0-9])(?<year>1[0-9]{3}|2[01][0-9][0-9])(?![0-9])", RegexOptions.CultureInvariant);

        public DigestFormat Format => DigestFormat.CslJson;

        public bool Recognizes(string head)
        {
            var first = DigestHead.FirstSignificant(head);
            return (first == '[' || first == '{') && CslType.IsMatch(head) && IdField.IsMatch(head) && !OtherShape.IsMatch(head);
        }

        public IEnumerable<Paper> Read(DigestSource source, DigestReadContext context)
            => new JsonRecords(source, "items").Papers(context, (item, line) => ToPaper(item, line, source, context), "items");

        private Paper ToPaper(JsonElement item, int line, DigestSource source, DigestReadContext context)
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                context.Report(ErrorIds.DigestEntryInvalid, ProblemCategory.InvalidData, $"Item is a JSON {item.ValueKind}, not a CSL item; skipped.", source.Path, line);
                return null;
            }
            var title = Plain(JsonValues.String(item, "title"));
            var url = JsonValues.String(item, "URL");
            var doi = JsonValues.Doi(JsonValues.Text(item, "DOI"));
            var arxivId = ArxivLinks.IdFromDoi(doi) ?? ArxivFrom(item, url);
            if (ArxivLinks.IdFromDoi(doi) != null) doi = null;
            if (title == null && doi == null && arxivId == null)
            {
                var id = JsonValues.Text(item, "id");
                context.Report(ErrorIds.DigestEntryInvalid, ProblemCategory.InvalidData,
                    $"Item{(id == null ? string.Empty : " '" + id + "'")} has neither a title nor a DOI or arXiv id; skipped.", source.Path, line);
                return null;
            }
            var (year, published) = Issued(item, line, source, context);
            return new Paper
            {
                Title = title,
                Abstract = Plain(JsonValues.String(item, "abstract")),
                Authors = JsonValues.Array(item, "author").Select(Name).Where(n => n != null).ToArray(),
                Year = year,
                Published = published,
                ArxivId = arxivId,
                Doi = doi,
                Url = url ?? ArxivLinks.Abstract(arxivId),
                PdfUrl = ArxivLinks.Pdf(arxivId),
                Keywords = Keywords(item),
                Venue = Plain(JsonValues.String(item, "container-title")),
                Comments = JsonValues.String(item, "note"),
                CitationKey = Key(item),
                Source = source.Path,
                SourceLine = line,
                SourceFormat = Format,
                DigestDate = context.Options.DigestDate,
            };
        }

        // Zotero writes a preprint as publisher "arXiv" and number "arXiv:2303.09681".
        private static string ArxivFrom(JsonElement item, string url)
        {
            var publisher = JsonValues.String(item, "publisher") ?? JsonValues.String(item, "archive") ?? string.Empty;
            var number = JsonValues.Text(item, "number");
            if (number != null && (publisher.IndexOf("arxiv", StringComparison.OrdinalIgnoreCase) >= 0 || number.StartsWith("arXiv:", StringComparison.OrdinalIgnoreCase))
                && ArxivIdentifier.TryParse(number, out var id, out _)) return id;
            var location = JsonValues.String(item, "archive_location");
            if (location != null && location.StartsWith("arXiv:", StringComparison.OrdinalIgnoreCase) && ArxivIdentifier.TryParse(location, out id, out _)) return id;
            return url != null && url.IndexOf("arxiv.org/", StringComparison.OrdinalIgnoreCase) >= 0 ? ArxivIdentifier.Normalize(url) : null;
        }

        private static string Name(JsonElement author)
        {
            if (author.ValueKind != JsonValueKind.Object) return null;
            var literal = JsonValues.String(author, "literal");
            if (literal != null) return literal;
            var family = Whitespace.Collapse(string.Join(" ", new[] { JsonValues.String(author, "dropping-particle"), JsonValues.String(author, "non-dropping-particle"), JsonValues.String(author, "family") }.Where(p => p != null)));
            var given = JsonValues.String(author, "given");
            var suffix = JsonValues.String(author, "suffix");
            if (family == null) return given;
            if (given == null) return family;
            return suffix == null ? family + ", " + given : family + ", " + suffix + ", " + given;
        }

        /// <summary>The year and, when the item names the day, the date of "issued": date-parts, else a raw date.</summary>
        private static (int? Year, DateTime? Date) Issued(JsonElement item, int line, DigestSource source, DigestReadContext context)
        {
            var issued = JsonValues.Object(item, "issued");
            if (issued == null) return (null, null);
            var first = JsonValues.Array(issued.Value, "date-parts").FirstOrDefault();
            if (first.ValueKind == JsonValueKind.Array)
            {
                var parts = first.EnumerateArray().Select(JsonValues.Integer).ToList();
                var year = parts.Count > 0 ? parts[0] : null;
                if (year != null && JsonValues.PlausibleYear(year) == null)
                {
                    context.Report(ErrorIds.DigestEntryInvalid, ProblemCategory.InvalidData,
                        $"The item's issued year {year} is not a year; the item is read without one.", source.Path, line);
                    return (null, null);
                }
                DateTime? date = null;
                if (year != null && parts.Count >= 3 && parts[1] >= 1 && parts[1] <= 12 && parts[2] >= 1 && parts[2] <= DateTime.DaysInMonth((int)year, (int)parts[1]))
                    date = new DateTime((int)year, (int)parts[1], (int)parts[2], 0, 0, 0, DateTimeKind.Unspecified);
                return (JsonValues.PlausibleYear(year), date);
            }
            var raw = JsonValues.String(issued.Value, "raw");
            if (raw == null) return (null, null);
            var parsed = DigestDates.Parse(raw);
            if (parsed != null) return (parsed.Value.Year, parsed);
            var m = RawYear.Match(raw);
            return (m.Success ? int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture) : (int?)null, null);
        }

        // CSL's "keyword" is one string; Zotero separates tags with commas.
        private static string[] Keywords(JsonElement item)
        {
            var text = JsonValues.String(item, "keyword");
            if (text == null) return JsonValues.Strings(item, "keyword");
            return text.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries).Select(Whitespace.Collapse).Where(k => k != null).ToArray();
        }

        private static string Key(JsonElement item)
        {
            var key = JsonValues.Text(item, "citation-key") ?? JsonValues.Text(item, "id");
            return key != null && KeyLike.IsMatch(key) && !key.StartsWith("temp_id", StringComparison.Ordinal) && key.IndexOf("://", StringComparison.Ordinal) < 0 ? key : null;
        }

        // CSL rich text: the words stay, the tags and their entities go.
        private static string Plain(string text) => text == null ? null : Whitespace.Collapse(System.Net.WebUtility.HtmlDecode(RichText.Replace(text, string.Empty)));
    }
}

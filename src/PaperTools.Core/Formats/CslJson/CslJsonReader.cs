using System.Text.Json;
using System.Text.RegularExpressions;
using PaperTools.Diagnostics;
using PaperTools.Digests.Json;
using PaperTools.Formats;

using PaperTools.Digests;

namespace PaperTools.Formats.CslJson;

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
        "\"type\"\\s*:\\s*\"(?:article|article-journal|article-magazine|article-newspaper|bill|book|broadcast|chapter|"
            + "classic|collection|dataset|document|entry|entry-dictionary|entry-encyclopedia|event|figure|graphic|"
            + "hearing|interview|legal_case|legislation|manuscript|map|motion_picture|musical_score|pamphlet|"
            + "paper-conference|patent|performance|periodical|personal_communication|post|post-weblog|regulation|"
            + "report|review|review-book|software|song|speech|standard|thesis|treaty|webpage)\"",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    private static readonly Regex IdField = new Regex("\"id\"\\s*:",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    // Shapes that also have "type" and "id" but are not CSL: Crossref replies (titles are lists), OpenAlex,
    // Semantic Scholar.
    private static readonly Regex OtherShape = new Regex(
        "\"message-type\"\\s*:|\"title\"\\s*:\\s*\\[|\"https?://openalex\\.org/|\"paperId\"\\s*:",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private static readonly Regex KeyLike = new Regex(@"^[A-Za-z0-9][A-Za-z0-9_:.\-+/]*$",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    private static readonly Regex RawYear = new Regex(@"(?<![0-9])(?<year>1[0-9]{3}|2[01][0-9][0-9])(?![0-9])",
        RegexOptions.CultureInvariant);

    public DigestFormat Format => DigestFormat.CslJson;

    public bool Recognizes(string head)
    {
        var first = DigestHead.FirstSignificant(head);
        return (first == '[' || first == '{') && CslType.IsMatch(head) && IdField.IsMatch(head)
            && !OtherShape.IsMatch(head);
    }

    public IEnumerable<Paper> Read(DigestSource source, DigestReadContext context)
        => new JsonRecords(source, "items")
            .Papers(context, (item, line) => ToPaper(item, line, source, context), "items");

    private Paper? ToPaper(JsonElement item, int line, DigestSource source, DigestReadContext context)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            context.Report(ErrorIds.DigestEntryInvalid, ProblemCategory.InvalidData,
                $"Item is a JSON {item.ValueKind}, not a CSL item; skipped.", source.Path, line);
            return null;
        }
        var rawTitle = JsonValues.String(item, "title");
        var title = Plain(rawTitle);
        var url = JsonValues.String(item, "URL");
        var doi = JsonValues.Doi(JsonValues.Text(item, "DOI"));
        var arxivId = ArxivLinks.IdFromDoi(doi) ?? ArxivFrom(item, url);
        if (ArxivLinks.IdFromDoi(doi) != null) doi = null;
        var venue = Plain(JsonValues.String(item, "container-title"));
        var (year, published, issued, issuedEnd) = Issued(item, line, source, context);
        var paper = new Paper
        {
            Title = title,
            Abstract = Plain(JsonValues.String(item, "abstract")),
            Authors = JsonValues.Array(item, "author").Select(Name).OfType<string>().ToArray(),
            Year = year,
            Published = published,
            ArxivId = arxivId,
            Doi = doi,
            Url = url ?? ArxivLinks.Abstract(arxivId),
            PdfUrl = ArxivLinks.Pdf(arxivId),
            Keywords = Keywords(item),
            Venue = venue,
            Comments = JsonValues.String(item, "note"),
            CitationKey = Key(item),
            Source = source.Path,
            SourceLine = line,
            SourceFormat = Format,
            DigestDate = context.Options.DigestDate,
        };
        var bibItem = ToItem(item, arxivId, issued, issuedEnd, year != null);
        if (Items.StatesNothing(paper, bibItem))
        {
            var id = JsonValues.Text(item, "id");
            context.Report(ErrorIds.DigestEntryInvalid, ProblemCategory.InvalidData,
                $"Item{(id == null ? string.Empty : " '" + id + "'")}"
                + " states neither a title, a creator nor any variable; skipped.", source.Path, line);
            return null;
        }
        // A title's markup (<i>E. coli</i>) is kept for the CSL-JSON writer; the Paper's Title is its words.
        if (rawTitle != null && CslRichText.Escape(title) != rawTitle) bibItem["title"] = rawTitle;
        if (!bibItem.IsEmpty) paper.Item = bibItem;
        return paper;
    }

    // The variables the Paper's own properties are read from; every other one goes to the item.
    private static readonly HashSet<string> PaperVariables = new HashSet<string>(StringComparer.Ordinal)
        {
            "id", "type", "title", "author", "issued", "container-title", "DOI", "URL", "abstract", "keyword", "note",
            "citation-key",
        };

    /// <summary>
    /// The item: type, creators and variables by <see cref="CslMapping"/>, dates as DateText (an issued date that
    /// states no year, a literal "Spring 1999", as the variable "issued"); others kept by name as JSON.
    /// </summary>
    private static BibItem ToItem(JsonElement item, string? arxivId, PartialDate? issued, PartialDate? issuedEnd,
        bool dated)
    {
        var mapping = CslMapping.Table;
        var type = JsonValues.String(item, "type");
        var bibItem = new BibItem { Type = mapping.CslType(type), Issued = issued, IssuedEnd = issuedEnd };
        var undated = !dated && JsonValues.TryGet(item, "issued", out var value) ? CslDates.Text(value) : null;
        if (undated != null) bibItem["issued"] = undated;
        // A season or literal beside a year (date-parts [[1999]], season 2), or a season alone, which the item's date
        // cannot hold: the whole date, kept by name and written back as it was.
        else if (JsonValues.Object(item, "issued") is JsonElement stated
                 && (JsonValues.TryGet(stated, "season", out _) || dated && JsonValues.TryGet(stated, "literal", out _)))
            bibItem.Unknown.Add(new KeyValuePair<string, string>("CSL:issued", stated.GetRawText()));
        var arxivNumber = arxivId == null ? null : "arXiv:" + arxivId;
        foreach (var property in item.EnumerateObject())
        {
            var name = property.Name;
            if (PaperVariables.Contains(name) || property.Value.ValueKind == JsonValueKind.Null) continue;
            var text = JsonValues.Text(item, name);
            // The arXiv id's own spelling as a preprint's number and publisher (Zotero's shape) is the ArxivId.
            if (arxivId != null && (name == "number" || name == "archive_location")
                && string.Equals(text, arxivNumber, StringComparison.OrdinalIgnoreCase)) continue;
            if (arxivId != null && (name == "publisher" || name == "archive")
                && string.Equals(text, "arXiv", StringComparison.OrdinalIgnoreCase)) continue;
            if (CslDates.Variables.Contains(name) && CslDates.Text(property.Value) is string date)
                bibItem[name] = date;
            else if (mapping.Role(name) is string role && property.Value.ValueKind == JsonValueKind.Array)
                foreach (var person in property.Value.EnumerateArray().Select(Name).OfType<string>())
                    bibItem.Creators.Add(new BibCreator(role, person));
            else if (text != null && mapping.FieldRule(name, text) is MappingRule rule)
                bibItem[rule.Target] = rule.Read(text);
            else bibItem.Unknown.Add(new KeyValuePair<string, string>("CSL:" + name, property.Value.GetRawText()));
        }
        return bibItem;
    }

    // Zotero writes a preprint as publisher "arXiv" and number "arXiv:2303.09681".
    private static string? ArxivFrom(JsonElement item, string? url)
    {
        var publisher = JsonValues.String(item, "publisher") ?? JsonValues.String(item, "archive") ?? string.Empty;
        var number = JsonValues.Text(item, "number");
        if (number != null && (publisher.IndexOf("arxiv", StringComparison.OrdinalIgnoreCase) >= 0
                || number.StartsWith("arXiv:", StringComparison.OrdinalIgnoreCase))
            && ArxivIdentifier.TryParse(number, out var id, out _)) return id;
        var location = JsonValues.String(item, "archive_location");
        if (location != null && location.StartsWith("arXiv:", StringComparison.OrdinalIgnoreCase)
            && ArxivIdentifier.TryParse(location, out id, out _)) return id;
        return url != null && url.IndexOf("arxiv.org/", StringComparison.OrdinalIgnoreCase) >= 0
            ? ArxivIdentifier.Normalize(url)
            : null;
    }

    private static string? Name(JsonElement author)
    {
        if (author.ValueKind != JsonValueKind.Object) return null;
        var literal = JsonValues.String(author, "literal");
        if (literal != null) return literal;
        // A non-dropping particle leads the family name ("van Beethoven"), a dropping one ends the given name
        // ("Regina Célia de"; without one, it leads the family name), where Zotero keeps them and the writer takes
        // them apart again.
        var dropping = JsonValues.String(author, "dropping-particle");
        var given = JsonValues.String(author, "given");
        var family = CslNameParticles.JoinLeading(JsonValues.String(author, "non-dropping-particle"),
            JsonValues.String(author, "family"));
        if (given != null) given = CslNameParticles.JoinTrailing(given, dropping);
        else family = CslNameParticles.JoinLeading(dropping, family);
        var suffix = JsonValues.String(author, "suffix");
        if (family == null) return given;
        if (given == null) return family;
        return suffix == null ? family + ", " + given : family + ", " + suffix + ", " + given;
    }

    // An ISO 8601 date as CSL's "raw" and EDTF hold it, sign and all: "2020", "2020-10", "-2020", "0001-01-01".
    private static readonly Regex IsoDate = new Regex(
        @"^\s*(?<y>[-+]?[0-9]{1,6})(?:-(?<m>[0-9]{1,2})(?:-(?<d>[0-9]{1,2}))?)?(?:$|[T\s/])",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>
    /// The year, the day when the item names one, and the date with its precision and a range's end where it states
    /// more than those (a month but no day, circa, a range), of "issued": date-parts, else a raw date. A year no
    /// record states (outside 1000 to 2200) is refused alike on every path, named, and the item is read without a date.
    /// </summary>
    private static (int? Year, DateTime? Date, PartialDate? Issued, PartialDate? End) Issued(JsonElement item,
        int line, DigestSource source, DigestReadContext context)
    {
        // A date object, or a string (CSL 1.0.2's EDTF form) read as its raw date.
        var issued = JsonValues.Object(item, "issued");
        var raw = issued == null ? JsonValues.String(item, "issued") : JsonValues.String(issued.Value, "raw");
        if (issued == null && raw == null) return (null, null, null, null);
        long? year = null, month = null, day = null;
        var dateParts = issued == null ? new List<JsonElement>()
            : JsonValues.Array(issued.Value, "date-parts").Take(2).ToList();
        var first = dateParts.FirstOrDefault();
        var circa = issued != null && CslDates.Circa(issued.Value);
        // A range's end: date-parts' second, or a raw ISO range's ("2001-03/2003-05").
        var end = dateParts.Count > 1 ? CslDates.Parts(dateParts[1], circa)
            : raw != null && DateText.TryParse(raw, out _, out var rawEnd) ? rawEnd : null;
        Match iso;
        if (first.ValueKind == JsonValueKind.Array)
        {
            var parts = first.EnumerateArray().Select(JsonValues.Integer).ToList();
            year = parts.Count > 0 ? parts[0] : null;
            month = parts.Count > 1 ? parts[1] : null;
            day = parts.Count > 2 ? parts[2] : null;
        }
        else if (raw != null && (iso = IsoDate.Match(raw)).Success)
        {
            year = long.Parse(iso.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
            month = iso.Groups["m"].Success
                ? long.Parse(iso.Groups["m"].Value, System.Globalization.CultureInfo.InvariantCulture)
                : null;
            day = iso.Groups["d"].Success
                ? long.Parse(iso.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture)
                : null;
        }
        else if (raw != null)
        {
            var parsed = DigestDates.Parse(raw);
            var m = RawYear.Match(raw);
            year = parsed?.Year ?? (m.Success
                ? int.Parse(m.Groups["year"].Value, System.Globalization.CultureInfo.InvariantCulture)
                : null);
            if (parsed != null) (month, day) = (parsed.Value.Month, parsed.Value.Day);
        }
        if (year == null) return (null, null, null, null);
        if (JsonValues.PlausibleYear(year) == null)
        {
            context.Report(ErrorIds.DigestEntryInvalid, ProblemCategory.InvalidData,
                $"The item's issued year {year} is not a year; the item is read without one.", source.Path, line);
            return (null, null, null, null);
        }
        var stated = CslDates.Stated((int)year, month, day, circa);
        if (end != null && end.Value.Year < stated.Year)
        {
            context.Report(ErrorIds.DigestEntryInvalid, ProblemCategory.InvalidData,
                $"The item's issued range ends ({DateText.Format(end.Value)}) before it starts ({stated.Year}); the "
                + "item is read with its start only.", source.Path, line);
            end = null;
        }
        // The item keeps what Year and Published cannot: a month without a day, circa, a range.
        var kept = stated.Day == null && stated.Month != null || circa || end != null;
        return (stated.Year, stated.FullDate, kept ? stated : null, kept ? end : null);
    }

    // CSL's "keyword" is one string; Zotero separates tags with commas.
    private static string[] Keywords(JsonElement item)
    {
        var text = JsonValues.String(item, "keyword");
        if (text == null) return JsonValues.Strings(item, "keyword");
        return text.Split(new[] { ',', ';' }, StringSplitOptions.RemoveEmptyEntries)
            .Select(Whitespace.Collapse)
            .OfType<string>()
            .ToArray();
    }

    private static string? Key(JsonElement item)
    {
        var key = JsonValues.Text(item, "citation-key") ?? JsonValues.Text(item, "id");
        return key != null && KeyLike.IsMatch(key) && !key.StartsWith("temp_id", StringComparison.Ordinal)
            && key.IndexOf("://", StringComparison.Ordinal) < 0 ? key : null;
    }

    private static string? Plain(string? text) => CslRichText.Plain(text);
}

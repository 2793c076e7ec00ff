using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using PaperTools.Diagnostics;
using PaperTools.Digests.Xml;

namespace PaperTools.Digests.PubMed;

/// <summary>
/// PubMed efetch XML (db=pubmed&amp;retmode=xml): a PubmedArticleSet of PubmedArticle and PubmedBookArticle
/// records, streamed one at a time. Every real reply opens with a DOCTYPE naming NLM's public DTD; it declares
/// nothing and is skipped unread (see SafeXml), while one with an internal subset is refused. The year comes from
/// the journal issue's publication date (or its MedlineDate, "1998 Dec-1999 Jan"), else the electronic
/// publication date; an efetch ERROR reply is the service's message, reported as DigestServiceError.
/// </summary>
public sealed class PubMedReader : IDigestReader
{
    private static readonly Regex Marker =
        new Regex(@"<(?:PubmedArticleSet|PubmedArticle|PubmedBookArticle|eFetchResult)[\s>]|" +
            @"<!DOCTYPE\s+PubmedArticleSet", Patterns.Safe);
    private static readonly Regex FirstYear = new Regex(@"(?<![0-9])(?<year>(?:1[5-9]|20)[0-9][0-9])(?![0-9])",
        RegexOptions.CultureInvariant);

    public DigestFormat Format => DigestFormat.PubMed;

    public bool Recognizes(string head) => DigestHead.IsMarkup(head) && Marker.IsMatch(head);

    public IEnumerable<Paper> Read(DigestSource source, DigestReadContext context)
        => XmlRecords.Papers(source, context, "articles", (record, line) => XmlValues.Is(record, "ERROR")
            ? ServiceError(record, line, source, context) : ToPaper(record, line, source, context),
            "PubmedArticle", "PubmedBookArticle", "ERROR");

    private static Paper? ServiceError(XElement error, int line, DigestSource source, DigestReadContext context)
    {
        context.Report(ErrorIds.DigestServiceError, ProblemCategory.InvalidData,
            "PubMed's efetch service answered with an error instead of articles: " +
                $"\"{Whitespace.Collapse(error.Value) ?? "no message"}\". No papers were read from it.", source.Path,
                    line);
        return null;
    }

    private Paper? ToPaper(XElement record, int line, DigestSource source, DigestReadContext context)
    {
        // PubmedArticle/MedlineCitation/Article, or PubmedBookArticle/BookDocument.
        var citation = XmlValues.Child(record, "MedlineCitation") ?? XmlValues.Child(record, "BookDocument");
        var article = XmlValues.Child(citation, "Article") ?? citation;
        var book = XmlValues.Child(citation, "Book");
        var title = XmlValues.Text(article, "ArticleTitle") ?? XmlValues.Text(article, "VernacularTitle")
            ?? XmlValues.Text(book, "BookTitle");
        var ids = ArticleIds(record);
        ids.TryGetValue("doi", out var doi);
        if (doi == null) doi = XmlValues.Children(article, "ELocationID").Where(e => XmlValues.Attribute(e,
            "EIdType") == "doi").Select(e => Whitespace.Collapse(e.Value)).FirstOrDefault();
        var pmid = XmlValues.Text(citation, "PMID") ?? (ids.TryGetValue("pubmed", out var listed) ? listed : null);
        if (title == null && doi == null)
        {
            context.Report(ErrorIds.DigestEntryInvalid, ProblemCategory.InvalidData,
                $"Article{(pmid == null ? string.Empty : " PMID " + pmid)} has neither a title nor a DOI; skipped.",
                    source.Path, line);
            return null;
        }

        var journal = XmlValues.Child(article, "Journal");
        var pubDate = XmlValues.Child(XmlValues.Child(journal, "JournalIssue"), "PubDate")
            ?? XmlValues.Child(book, "PubDate");
        var electronic = XmlValues.Children(article, "ArticleDate").FirstOrDefault();
        var published = FullDate(pubDate);
        ids.TryGetValue("arxiv", out var arxivText);
        ArxivIdentifier.TryParse(arxivText, out var arxivId, out var version);
        return new Paper
        {
            Title = title,
            Abstract = AbstractText(XmlValues.Child(article, "Abstract") ?? XmlValues.Child(citation, "Abstract")),
            Authors = XmlValues.Children(XmlValues.Child(article, "AuthorList") ?? XmlValues.Child(citation,
                "AuthorList"), "Author").Select(Name).OfType<string>().ToArray(),
            Year = Year(pubDate) ?? Year(electronic),
            Published = published,
            ArxivId = arxivId,
            ArxivVersion = version,
            Doi = doi,
            Url = pmid == null ? (doi == null ? null : "https://doi.org/" + doi)
                : "https://pubmed.ncbi.nlm.nih.gov/" + pmid + "/",
            Venue = XmlValues.Text(journal, "Title") ?? XmlValues.Text(book, "BookTitle"),
            Keywords = XmlValues.Children(citation, "KeywordList").SelectMany(k => XmlValues.Texts(k,
                "Keyword")).Distinct(StringComparer.Ordinal).ToArray(),
            Source = source.Path,
            SourceLine = line,
            SourceFormat = Format,
            DigestDate = context.Options.DigestDate,
        };
    }

    private static Dictionary<string, string> ArticleIds(XElement record)
    {
        var ids = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var list = XmlValues.Child(XmlValues.Child(record, "PubmedData") ?? XmlValues.Child(record,
            "PubmedBookData"), "ArticleIdList");
        foreach (var id in XmlValues.Children(list, "ArticleId"))
        {
            var type = XmlValues.Attribute(id, "IdType");
            var value = Whitespace.Collapse(id.Value);
            if (type != null && value != null && !ids.ContainsKey(type)) ids[type] = value;
        }
        return ids;
    }

    // Structured abstracts label their parts: "BACKGROUND: … METHODS: …".
    private static string? AbstractText(XElement? abstractElement)
    {
        var parts = XmlValues.Children(abstractElement, "AbstractText")
            .Select(p => (Label: Whitespace.Collapse(XmlValues.Attribute(p, "Label")),
                Text: Whitespace.Collapse(p.Value)))
            .Where(p => p.Text != null)
            .Select(p => p.Label == null ? p.Text : p.Label + ": " + p.Text);
        return Whitespace.Collapse(string.Join(" ", parts));
    }

    // "Olivero, J Michael": the split PubMed itself makes; a group author is its CollectiveName.
    private static string? Name(XElement author)
    {
        if (string.Equals(XmlValues.Attribute(author, "ValidYN"), "N", StringComparison.OrdinalIgnoreCase)) return null;
        var family = XmlValues.Text(author, "LastName");
        if (family == null) return XmlValues.Text(author, "CollectiveName");
        var given = XmlValues.Text(author, "ForeName") ?? XmlValues.Text(author, "Initials");
        var suffix = XmlValues.Text(author, "Suffix");
        if (given == null) return family;
        return suffix == null ? family + ", " + given : family + ", " + suffix + ", " + given;
    }

    private static int? Year(XElement? date)
    {
        if (date == null) return null;
        var text = XmlValues.Text(date, "Year") ?? XmlValues.Text(date, "MedlineDate");
        var m = text == null ? Match.Empty : FirstYear.Match(text);
        return m.Success ? int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture) : (int?)null;
    }

    // Only a date that names its day is a date; "1990 Spring" gives a year and no date.
    private static DateTime? FullDate(XElement? date)
    {
        var year = Year(date);
        var month = Month(XmlValues.Text(date, "Month"));
        if (year == null || month == null || !int.TryParse(XmlValues.Text(date, "Day"), NumberStyles.None,
            CultureInfo.InvariantCulture, out var day)) return null;
        if (day < 1 || day > DateTime.DaysInMonth(year.Value, month.Value)) return null;
        return new DateTime(year.Value, month.Value, day, 0, 0, 0, DateTimeKind.Unspecified);
    }

    private static int? Month(string? text)
    {
        if (text == null) return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return number >= 1
            && number <= 12 ? number : (int?)null;
        return DateTime.TryParseExact(text.Length > 3 ? text.Substring(0, 3) : text, "MMM",
            CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed.Month : (int?)null;
    }
}

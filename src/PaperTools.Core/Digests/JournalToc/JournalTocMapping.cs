using System.Text.RegularExpressions;
using System.Xml.Linq;
using PaperTools.Digests.Xml;

namespace PaperTools.Digests.JournalToc;

/// <summary>
/// A TOC item's PRISM, Dublin Core, RSS and Atom elements read into a <see cref="TocItem"/> (<see cref="Read"/>: which
/// elements state each value, first found first), and the item put into a Paper (<see cref="ToPaper"/>: where each
/// value goes). Elements are matched by local name, whatever PRISM version's namespace a publisher declares.
/// </summary>
internal static class JournalTocMapping
{
    // "10.1/x", "doi:10.1/x", JournalTOCs' "DOI 10.1/x", "https://doi.org/10.1/x".
    private static readonly Regex StatedDoi = new(
        @"^(?:doi:?\s*|https?://(?:dx\.)?doi\.org/)?(?<doi>10\.[0-9]{4,9}/\S+)$",
        RegexOptions.IgnoreCase | Patterns.Safe);

    // ScienceDirect's description paragraphs "Publication date: 1 December 2024" and "Author(s): A, B".
    private static readonly Regex PublicationDateParagraph = new(
        @"^Publication date:\s*(?<date>.+)$", Patterns.Safe);
    private static readonly Regex AuthorsParagraph = new(
        @"^Author\(s\):\s*(?<names>.+)$", Patterns.Safe);

    // https://doi.org/10.1/x, and Atypon's article links: https://onlinelibrary.wiley.com/doi/abs/10.1002/anie.1?af=R
    private static readonly Regex DoiInLink = new(
        @"(?:doi\.org/|/doi/(?:abs/|full/|pdf/|epdf/|epub/)?)(?<doi>10\.[0-9]{4,9}/[^?#\s]+)",
        RegexOptions.IgnoreCase | Patterns.Safe);

    // Description paragraphs that cite rather than abstract: ScienceDirect's "Publication date:", "Source:",
    // "Author(s):", Nature's "Nature, Published online: 13 May 2026; doi:…".
    private static readonly Regex CitationParagraph = new(
        @"^(?:Publication date|Source|Author\(s\))\s*:|\bPublished online:",
        Patterns.Safe);

    /// <summary>A citation written as a paragraph of its own is short; an abstract naming a volume is not.</summary>
    private const int CitationParagraphChars = 200;

    public static TocItem Read(XElement item, TocChannel channel)
    {
        var title = FeedText.Plain(XmlValues.Texts(item, "title").FirstOrDefault());
        var description = FeedText.Paragraphs(First(item, "description", "summary", "encoded", "content", "abstract"));
        var citation = TocCitation.Find(string.Join(" ", description));
        var journal = XmlValues.Text(item, "publicationName");
        // A known publisher slip: prism:publicationName holding the article's title.
        if (SameText(journal, title)) journal = null;
        var pages = PageRange(XmlValues.Text(item, "pageRange"));
        return new TocItem
        {
            Title = title,
            Authors = TocAuthors.Of(Creators(item, description)),
            Abstract = Abstract(description),
            Doi = Doi(item),
            Url = Link(item),
            Journal = journal ?? TocCitation.JournalOfSource(SourceText(item)) ?? citation?.Journal
                      ?? channel.Journal(title),
            Volume = XmlValues.Text(item, "volume") ?? citation?.Volume,
            Issue = XmlValues.Text(item, "number") ?? citation?.Issue,
            FirstPage = XmlValues.Text(item, "startingPage") ?? pages.First ?? citation?.FirstPage,
            LastPage = XmlValues.Text(item, "endingPage") ?? pages.Last ?? citation?.LastPage,
            CoverDate = new[] { "coverDate", "publicationDate", "date" }.Select(name => XmlValues.Text(item, name))
                .Append(Paragraph(description, PublicationDateParagraph, "date"))
                .Concat(new[] { "pubDate", "published" }.Select(name => XmlValues.Text(item, name)))
                .Select(CoverDate.Parse).FirstOrDefault(date => date != null),
            Issn = XmlValues.Text(item, "issn") ?? channel.Issn,
            EIssn = XmlValues.Text(item, "eIssn") ?? channel.EIssn,
            Publisher = XmlValues.Text(item, "publisher") ?? channel.Publisher,
        };
    }

    /// <summary>
    /// The item as a Paper. Until Paper has container, volume, issue and pages fields, the journal is the Venue and the
    /// citation is written into JournalRef as arXiv journal references are ("Journal 12(3), 45-67 (2025)"); the cover
    /// date is Published only when it names a day, else Year alone. ISSN and publisher have no place yet.
    /// </summary>
    public static Paper ToPaper(TocItem item) => new()
    {
        Title = item.Title,
        Abstract = item.Abstract,
        Authors = item.Authors,
        Doi = item.Doi,
        Url = item.Url ?? (item.Doi == null ? null : "https://doi.org/" + item.Doi),
        Venue = item.Journal,
        JournalRef = JournalRef(item),
        Published = item.CoverDate?.Date,
        Year = item.CoverDate?.Year,
    };

    /// <summary>"Journal 12(3), 45-67 (2025)"; null when the item states no volume, issue or pages.</summary>
    public static string? JournalRef(TocItem item)
    {
        var pages = item.LastPage == null || item.LastPage == item.FirstPage
            ? item.FirstPage
            : $"{item.FirstPage}-{item.LastPage}";
        if (item.Volume == null && item.Issue == null && pages == null) return null;
        var reference = item.Journal ?? string.Empty;
        if (item.Volume != null) reference += " " + item.Volume;
        if (item.Issue != null) reference += $"({item.Issue})";
        if (pages != null) reference += (item.Volume != null || item.Issue != null ? ", " : " ") + pages;
        if (item.CoverDate != null) reference += $" ({item.CoverDate.Value.Year})";
        return Whitespace.Collapse(reference);
    }

    public static bool SameText(string? a, string? b)
        => a != null && b != null
           && string.Equals(Whitespace.Collapse(a), Whitespace.Collapse(b), StringComparison.OrdinalIgnoreCase);

    private static string? First(XElement item, params string[] localNames)
        => localNames.Select(name => XmlValues.Child(item, name)?.Value)
            .FirstOrDefault(value => Whitespace.Collapse(value) != null);

    // dc:creator, repeated or one list; else Atom's <author><name>, RSS 2.0's <author>, ScienceDirect's "Author(s):".
    private static IReadOnlyList<string> Creators(XElement item, IReadOnlyList<string> description)
    {
        var creators = XmlValues.Texts(item, "creator");
        if (creators.Length > 0) return creators;
        var authors = XmlValues.Children(item, "author")
            .Select(author => Whitespace.Collapse(XmlValues.Text(author, "name") ?? author.Value))
            .OfType<string>().ToArray();
        if (authors.Length > 0) return authors;
        var names = Paragraph(description, AuthorsParagraph, "names");
        return names == null ? Array.Empty<string>() : new[] { names };
    }

    private static string? Paragraph(IReadOnlyList<string> paragraphs, Regex shape, string group)
        => paragraphs.Select(p => shape.Match(p)).Where(m => m.Success)
            .Select(m => m.Groups[group].Value).FirstOrDefault();

    private static string? Abstract(IReadOnlyList<string> paragraphs)
        => Whitespace.Collapse(string.Join(" ", paragraphs.Where(p => !IsCitation(p))));

    private static bool IsCitation(string paragraph)
        => CitationParagraph.IsMatch(paragraph)
           || (paragraph.Length <= CitationParagraphChars && TocCitation.Find(paragraph) != null);

    // prism:doi; dc:identifier "doi:10.1/x"; an RSS guid or Atom id naming the DOI; a link to doi.org or /doi/10.1/x.
    private static string? Doi(XElement item)
    {
        var stated = new[] { "doi", "identifier", "guid", "id" }
            .SelectMany(name => XmlValues.Texts(item, name))
            .Select(text => StatedDoi.Match(text)).Where(m => m.Success)
            .Select(m => m.Groups["doi"].Value).FirstOrDefault();
        if (stated != null) return stated;
        var links = XmlValues.Children(item, "link").Select(link => XmlValues.Attribute(link, "href") ?? link.Value)
            .Concat(new[] { XmlValues.Text(item, "url"), XmlValues.Attribute(item, "about") });
        return links.Select(link => link == null ? Match.Empty : DoiInLink.Match(link))
            .Where(m => m.Success).Select(m => m.Groups["doi"].Value).FirstOrDefault();
    }

    // RSS <link>text</link>; Atom <link rel="alternate" href=…/>; prism:url; RSS 1.0's rdf:about.
    private static string? Link(XElement item)
    {
        foreach (var link in XmlValues.Children(item, "link"))
        {
            var href = XmlValues.Attribute(link, "href");
            if (href == null) return Whitespace.Collapse(link.Value);
            if ((XmlValues.Attribute(link, "rel") ?? "alternate") == "alternate") return Whitespace.Collapse(href);
        }
        return XmlValues.Text(item, "url") ?? Whitespace.Collapse(XmlValues.Attribute(item, "about"));
    }

    // dc:source is a citation ("Nature 445, 37 (2007)"); Atom's <source> a feed with its own <title>; never a link.
    private static string? SourceText(XElement item)
    {
        var source = XmlValues.Child(item, "source");
        var text = XmlValues.Text(source, "title") ?? Whitespace.Collapse(source?.Value);
        return text == null || text.Contains("://", StringComparison.Ordinal) ? null : text;
    }

    private static (string? First, string? Last) PageRange(string? range)
    {
        if (range == null) return (null, null);
        var parts = range.Split(new[] { '-', '–' }, 2);
        return (Whitespace.Collapse(parts[0]), parts.Length > 1 ? Whitespace.Collapse(parts[1]) : null);
    }
}

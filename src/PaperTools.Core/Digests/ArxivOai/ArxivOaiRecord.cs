using System.Text.RegularExpressions;
using System.Xml.Linq;
using PaperTools.Digests.Arxiv;
using PaperTools.Digests.Xml;

namespace PaperTools.Digests.ArxivOai;

/// <summary>
/// One OAI record's metadata as a paper, for each format arXiv serves. Titles and names are TeX, as in the
/// listing e-mails, and are decoded; abstracts are left as written. The publication date is the first version's
/// (arXiv: created; arXivRaw: version v1; oai_dc: the first dc:date), never the record's datestamp, which only
/// says when arXiv last touched the metadata.
/// </summary>
internal static class ArxivOaiRecord
{
    private static readonly Regex DoiSeparator = new Regex(@"[\s,;]+",
        Patterns.Safe);
    private static readonly Regex DoiPrefix = new Regex(@"^(?:doi:\s*|https?://(?:dx\.)?doi\.org/)",
        RegexOptions.IgnoreCase | Patterns.Safe);

    /// <summary>metadataPrefix=arXiv: authors split into keyname and forenames, categories space-separated.</summary>
    public static Paper FromArxiv(XElement arxiv)
    {
        ArxivIdentifier.TryParse(XmlValues.Text(arxiv, "id"), out var id, out var version);
        var authors = XmlValues.Children(XmlValues.Child(arxiv, "authors"),
            "author").Select(Name).OfType<string>().ToArray();
        return new Paper
        {
            Title = Tex(XmlValues.Text(arxiv, "title")),
            Abstract = XmlValues.Text(arxiv, "abstract"),
            Authors = authors,
            Published = DigestDates.Parse(XmlValues.Text(arxiv, "created")),
            ArxivId = id,
            ArxivVersion = version,
            Doi = FirstDoi(XmlValues.Text(arxiv, "doi")),
            Categories = Categories(XmlValues.Text(arxiv, "categories")),
            JournalRef = XmlValues.Text(arxiv, "journal-ref"),
            Comments = XmlValues.Text(arxiv, "comments"),
        };
    }

    /// <summary>metadataPrefix=arXivRaw: one author string, and every version with its date.</summary>
    public static Paper FromArxivRaw(XElement raw)
    {
        ArxivIdentifier.TryParse(XmlValues.Text(raw, "id"), out var id, out _);
        var versions = XmlValues.Children(raw, "version")
            .Select(v => (Number: VersionNumber(XmlValues.Attribute(v, "version")),
                Date: DigestDates.Parse(XmlValues.Text(v, "date"))))
            .Where(v => v.Number != null).ToList();
        return new Paper
        {
            Title = Tex(XmlValues.Text(raw, "title")),
            Abstract = XmlValues.Text(raw, "abstract"),
            Authors = ArxivAuthors.Split(Tex(XmlValues.Text(raw, "authors"))),
            Published = versions.FirstOrDefault(v => v.Number == 1).Date,
            ArxivId = id,
            ArxivVersion = versions.Count == 0 ? (int?)null : versions.Max(v => v.Number),
            Doi = FirstDoi(XmlValues.Text(raw, "doi")),
            Categories = Categories(XmlValues.Text(raw, "categories")),
            JournalRef = XmlValues.Text(raw, "journal-ref"),
            Comments = XmlValues.Text(raw, "comments"),
        };
    }

    /// <summary>
    /// metadataPrefix=oai_dc: arXiv puts the abstract and "Comment: …" in dc:description, and the abstract page,
    /// the journal reference and "doi:…" in dc:identifier. dc:subject holds subject names ("Computer Science -
    /// Databases"), not category codes, so they become keywords.
    /// </summary>
    public static Paper FromDublinCore(XElement dc)
    {
        var descriptions = XmlValues.Texts(dc, "description");
        var comment = descriptions.FirstOrDefault(d => d.StartsWith("Comment:", StringComparison.OrdinalIgnoreCase));
        var identifiers = XmlValues.Texts(dc, "identifier");
        string? arxivId = null;
        int? version = null;
        string? doi = null, journalRef = null;
        foreach (var identifier in identifiers)
        {
            if (DoiPrefix.IsMatch(identifier)) doi = doi ?? DoiPrefix.Replace(identifier, string.Empty);
            else if (identifier.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                if (arxivId == null) ArxivIdentifier.TryParse(identifier, out arxivId, out version);
            }
            else journalRef = journalRef ?? identifier;
        }
        return new Paper
        {
            Title = Tex(XmlValues.Text(dc, "title")),
            Abstract = descriptions.FirstOrDefault(d => !ReferenceEquals(d, comment)),
            Authors = XmlValues.Texts(dc, "creator").Select(Tex).OfType<string>().ToArray(),
            Published = XmlValues.Texts(dc, "date").Select(DigestDates.Parse).FirstOrDefault(d => d != null),
            ArxivId = arxivId,
            ArxivVersion = version,
            Doi = doi,
            Keywords = XmlValues.Texts(dc, "subject"),
            JournalRef = journalRef,
            Comments = comment == null ? null : Whitespace.Collapse(comment.Substring("Comment:".Length)),
        };
    }

    // "Manos, T.", the split the record itself makes; a collaboration has a keyname only.
    private static string? Name(XElement author)
    {
        var family = Tex(XmlValues.Text(author, "keyname"));
        var given = Tex(XmlValues.Text(author, "forenames"));
        var suffix = Tex(XmlValues.Text(author, "suffix"));
        if (family == null) return given;
        if (given == null) return family;
        return suffix == null ? family + ", " + given : family + ", " + suffix + ", " + given;
    }

    private static string? Tex(string? text) => text == null ? null : Whitespace.Collapse(LatexDecoder.Decode(text));

    private static string[] Categories(string? text)
        => text == null ? Array.Empty<string>() : text.Split(new[] { ' ' },
            StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToArray();

    // "10.1103/PhysRevD.93.016005, 10.1103/PhysRevD.98.079901": the first is the article's.
    private static string? FirstDoi(string? text)
        => text == null ? null : DoiSeparator.Split(text).Select(d => DoiPrefix.Replace(d,
            string.Empty)).FirstOrDefault(d => d.StartsWith("10.", StringComparison.Ordinal));

    private static int? VersionNumber(string? text)
        => text != null && text.Length > 1 && (text[0] == 'v' || text[0] == 'V') && int.TryParse(text.Substring(1),
            out var n) && n > 0 ? n : (int?)null;
}

using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using PaperTools.Diagnostics;
using PaperTools.Digests.Xml;

namespace PaperTools.Digests.Biorxiv;

/// <summary>
/// bioRxiv and medRxiv subject feeds (connect.biorxiv.org/biorxiv_xml.php, RSS 1.0 with Dublin Core and PRISM):
/// each item names its DOI in dc:identifier ("doi:10.1101/857789"), its authors as "Family, I., Family, I.",
/// and the day this version was posted in dc:date. Streamed like the other XML readers.
/// </summary>
public sealed class BiorxivFeedReader : IDigestReader
{
    private static readonly Regex FeedRoot = new Regex(@"<(?:rss|rdf:RDF)[\s>]", Patterns.Safe);
    private static readonly Regex Marker = new Regex(@"\b(?:bio|med)rxiv\.org\b|>\s*doi:10\.1101/",
        RegexOptions.IgnoreCase | Patterns.Safe);
    private static readonly Regex DoiPrefix = new Regex(@"^\s*(?:doi:\s*|https?://(?:dx\.)?doi\.org/)",
        RegexOptions.IgnoreCase | Patterns.Safe);
    // ".../content/10.1101/2019.11.29.857789v2?rss=1" or ".../short/857789v1?rss=1"
    private static readonly Regex Version = new Regex(@"[0-9]v(?<v>[0-9]+)(?:[?#/]|$)", Patterns.Safe);
    private static readonly Regex Server = new Regex(@"\b(?<server>bio|med)rxiv\.org\b",
        RegexOptions.IgnoreCase | Patterns.Safe);

    public DigestFormat Format => DigestFormat.BiorxivFeed;

    public bool Recognizes(string head) => DigestHead.IsMarkup(head) && FeedRoot.IsMatch(head) && Marker.IsMatch(head);

    public IEnumerable<Paper> Read(DigestSource source, DigestReadContext context)
        => XmlRecords.Papers(source, context, "items", (item, line) => ToPaper(item, line, source, context), "item");

    private Paper? ToPaper(XElement item, int line, DigestSource source, DigestReadContext context)
    {
        // Both <title> and <dc:title> may be present, one of them empty.
        var title = System.Linq.Enumerable.FirstOrDefault(XmlValues.Texts(item, "title"));
        var doi = Doi(item);
        if (title == null && doi == null)
        {
            context.Report(ErrorIds.DigestEntryInvalid, ProblemCategory.InvalidData,
                "Feed item has neither a title nor a DOI; skipped.", source.Path, line);
            return null;
        }
        var link = XmlValues.Text(item, "link") ?? XmlValues.Attribute(item, "about");
        // dc:date is the day this version was posted: the paper's publication for v1, only a revision's for v2 on.
        var posted = DigestDates.Parse(XmlValues.Text(item, "date") ?? XmlValues.Text(item, "publicationDate"));
        var version = Version.Match(link ?? string.Empty);
        if (version.Success && version.Groups["v"].Value != "1") posted = null;
        var authors = new List<string>();
        foreach (var creator in XmlValues.Texts(item, "creator")) authors.AddRange(BiorxivAuthors.Split(creator));
        return new Paper
        {
            Title = title,
            Abstract = XmlValues.Text(item, "description"),
            Authors = authors.ToArray(),
            Published = posted,
            Doi = doi,
            Url = link ?? (doi == null ? null : "https://doi.org/" + doi),
            Venue = ServerName(link ?? XmlValues.Text(item, "publisher")),
            Source = source.Path,
            SourceLine = line,
            SourceFormat = Format,
            DigestDate = context.Options.DigestDate,
        };
    }

    // dc:identifier may repeat (a DOI and a link); the one marked doi: is the DOI.
    private static string? Doi(XElement item)
    {
        foreach (var identifier in XmlValues.Texts(item, "identifier"))
            if (DoiPrefix.IsMatch(identifier)) return Whitespace.Collapse(DoiPrefix.Replace(identifier, string.Empty));
        foreach (var identifier in XmlValues.Texts(item, "identifier"))
            if (identifier.StartsWith("10.", StringComparison.Ordinal)) return identifier;
        return null;
    }

    private static string? ServerName(string? address)
    {
        var m = address == null ? Match.Empty : Server.Match(address);
        if (!m.Success) return null;
        return m.Groups["server"].Value.Equals("med", StringComparison.OrdinalIgnoreCase) ? "medRxiv" : "bioRxiv";
    }
}

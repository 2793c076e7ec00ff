using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using PaperTools.Diagnostics;
using PaperTools.Digests.Xml;

namespace PaperTools.Digests.Arxiv;

/// <summary>
/// arXiv RSS 2.0 and Atom feeds (rss.arxiv.org, and the export API's Atom), and the RSS 1.0/RDF feeds arXiv
/// served before 2024, whose titles carry "(arXiv:ID [category] CROSS LISTED)" and whose descriptions are HTML.
/// Read as a stream with DTDs prohibited and no resolver, so a feed declaring entities (external files,
/// "billion laughs") is refused before anything is expanded or fetched. arXiv's own error replies (the API's
/// "Error" entry, rss.arxiv.org's "Feed error") are reported as DigestServiceError, never read as papers.
/// </summary>
public sealed class ArxivFeedReader : IDigestReader
{
    private static readonly Regex FeedRoot = new Regex(@"<(?:rss|feed|rdf:RDF)[\s>]", Patterns.Safe);
    private static readonly Regex HtmlRoot = new Regex(@"<(?:html|body)[\s>]", RegexOptions.IgnoreCase | Patterns.Safe);
    private static readonly Regex Declaration = new Regex(@"<!(?:DOCTYPE|ENTITY)", Patterns.Safe);

    // "arXiv:2403.00001v1 Announce Type: new \nAbstract: …", the opening of every rss.arxiv.org description.
    private static readonly Regex Announcement = new Regex(
        @"^\s*(?:arXiv:(?<id>\S+)\s+)?Announce Type:\s*(?<type>[\w-]+)\s*(?:Abstract:\s*)?(?<abstract>.*)$",
        RegexOptions.Singleline | RegexOptions.IgnoreCase | Patterns.Safe);

    // The pre-2024 feeds' descriptions are HTML: "<p>We present ... $2.6&lt;\eta&lt;4$.</p>".
    private static readonly Regex HtmlDescription = new Regex(@"^\s*<(?:p|div|br)\b|</p\s*>",
        RegexOptions.IgnoreCase | Patterns.Safe);

    // "hep-ex updates on arXiv.org": the subject a pre-2024 feed lists.
    private static readonly Regex FeedSubject = new Regex(@"^(?<subject>[\w.-]+) updates on arXiv\.org",
        RegexOptions.IgnoreCase | Patterns.Safe);

    public DigestFormat Format => DigestFormat.ArxivFeed;

    public bool Recognizes(string head) => IsFeed(head);

    /// <summary>True when the opening text is an RSS or Atom feed (not an HTML page quoting one).</summary>
    internal static bool IsFeed(string head)
    {
        if (!DigestHead.IsMarkup(head)) return false;
        var feed = FeedRoot.Match(head);
        if (!feed.Success) return false;
        var html = HtmlRoot.Match(head);
        return !html.Success || html.Index > feed.Index;
    }

    public IEnumerable<Paper> Read(DigestSource source, DigestReadContext context)
    {
        if (Declaration.IsMatch(source.Head))
        {
            ReportUnsafe(source, context, 0);
            yield break;
        }
        var settings = SafeXml.Settings();
        var read = 0;
        FeedEntries entries;
        using (var xml = XmlReader.Create(source.OpenText(), settings))
        {
            entries = new FeedEntries(xml);
            while (true)
            {
                context.Cancellation.ThrowIfCancellationRequested();
                XElement? entry;
                try { entry = entries.Next(); }
                catch (XmlException ex)
                {
                    if (ex.Message.IndexOf("DTD", StringComparison.OrdinalIgnoreCase) >= 0) ReportUnsafe(source,
                        context, ex.LineNumber);
                    else context.Report(ErrorIds.DigestTruncated, ProblemCategory.InvalidData,
                        $"The feed stops being well-formed XML at line {ex.LineNumber}: {ex.Message} The entries " +
                            "before it were read.", source.Path, ex.LineNumber, ex);
                    break;
                }
                if (entries.TooDeep)
                {
                    context.Report(ErrorIds.DigestTooDeep, ProblemCategory.LimitsExceeded,
                        $"The element at line {entries.Line} nests more than {FeedEntries.MaxDepth} levels deep; no " +
                            "real feed does, so reading stops there. The entries before it were read.",
                                source.Path, entries.Line);
                    break;
                }
                if (entry == null) break;
                read++;
                var apiError = ArxivServiceReplies.ApiErrorMessage(entry);
                if (apiError != null)
                {
                    ReportServiceError(source, context, entries.Line,
                        $"The arXiv API answered with an error instead of papers: \"{apiError}\"");
                    continue;
                }
                var paper = ToPaper(entry, entries, source, context);
                if (paper != null) yield return paper;
            }
        }
        if (read == 0 && ArxivServiceReplies.IsFeedError(entries.FeedTitle))
            ReportServiceError(source, context, entries.FeedTitleLine,
                $"arXiv's RSS service answered \"{entries.FeedTitle}\" instead of papers: " +
                    $"\"{entries.FeedDescription ?? "no reason given"}\"");
    }

    private static void ReportServiceError(DigestSource source, DigestReadContext context, int line, string message)
        => context.Report(ErrorIds.DigestServiceError, ProblemCategory.InvalidData, message
            + " No papers were read from it.", source.Path, line);

    // With a line the error record starts "file:line:"; without one the message names the file itself.
    private static void ReportUnsafe(DigestSource source, DigestReadContext context, int line)
        => context.Report(ErrorIds.DigestUnsafeXml, ProblemCategory.SecurityError,
            $"{(line > 0 ? "The feed" : $"'{source.Path}'")} declares a DTD (<!DOCTYPE> or <!ENTITY>). Real arXiv " +
                "feeds never do; entities can read local files, fetch addresses or expand without end, so " +
                    "the file is not read.", source.Path, line);

    private Paper? ToPaper(XElement entry, FeedEntries feed, DigestSource source, DigestReadContext context)
    {
        var line = feed.Line;
        var description = Child(entry, "description") ?? Child(entry, "summary");
        var announcement = description == null ? Match.Empty : Announcement.Match(description);
        var title = Whitespace.Collapse(Child(entry, "title"));
        var suffix = ArxivTitleSuffix.Parse(title);
        if (suffix != null) title = suffix.Title;
        var announceType = Whitespace.Collapse(Child(entry, "announce_type")) ?? (announcement.Success
            ? announcement.Groups["type"].Value.ToLowerInvariant() : null)
                           ?? suffix?.AnnounceType(FeedSubjectOf(feed.FeedTitle));
        var link = AbstractLink(entry);

        if (!ArxivIdentifier.TryParse(Child(entry, "guid") ?? Child(entry, "id"), out var arxivId, out var version) &&
            !ArxivIdentifier.TryParse(announcement.Success ? announcement.Groups["id"].Value : null,
                out arxivId, out version))
            ArxivIdentifier.TryParse(link, out arxivId, out version);
        // The pre-2024 item's link has no version; its title suffix does.
        if (suffix?.Id != null && (arxivId == null || (arxivId == suffix.Id && version == null)))
        {
            arxivId = suffix.Id;
            version = suffix.Version;
        }

        if (title == null && arxivId == null)
        {
            context.Report(ErrorIds.DigestEntryInvalid, ProblemCategory.InvalidData,
                "Feed entry has neither a title nor an arXiv id; skipped.", source.Path, line);
            return null;
        }

        // rss.arxiv.org dates an entry by its announcement, which is the paper's publication only when the
        // paper is new; a cross-list or replacement may announce an older paper. The export API (no
        // announce type) gives the first version's date.
        // The pre-2024 feeds date only the channel (dc:date): the day of the listing, never a publication date.
        var stated = DigestDates.Parse(Child(entry, "published") ?? Child(entry, "pubDate") ?? Child(entry, "date"));
        var published = announceType == null || announceType == "new" ? stated : null;
        var categories = Categories(entry);
        if (categories.Length == 0 && suffix?.Category != null) categories = new[] { suffix.Category };
        return new Paper
        {
            Title = title,
            Abstract = AbstractText(announcement.Success ? announcement.Groups["abstract"].Value
                : description, source, context),
            Authors = Authors(entry),
            Published = published,
            ArxivId = arxivId,
            ArxivVersion = version,
            Doi = Whitespace.Collapse(Child(entry, "doi")),
            Url = ArxivLinks.Abstract(arxivId) ?? link,
            PdfUrl = ArxivLinks.Pdf(arxivId),
            Categories = categories,
            JournalRef = Whitespace.Collapse(Child(entry, "journal_ref") ?? Child(entry, "journal_reference")),
            Comments = Whitespace.Collapse(Child(entry, "comment") ?? Child(entry, "comments")),
            AnnounceType = announceType,
            Source = source.Path,
            SourceLine = line,
            SourceFormat = Format,
            // Only the pre-2024 feeds carry a channel dc:date; the export API, which is no digest, has none.
            DigestDate = context.Options.DigestDate ?? (announceType != null ? stated ?? feed.FeedDate : feed.FeedDate),
        };
    }

    private static string? FeedSubjectOf(string? feedTitle)
    {
        var m = feedTitle == null ? Match.Empty : FeedSubject.Match(feedTitle);
        return m.Success ? m.Groups["subject"].Value : null;
    }

    // An HTML description keeps its text, entities decoded ("&lt;" is the "<" of the TeX, not markup).
    private static string? AbstractText(string? description, DigestSource source, DigestReadContext context)
    {
        if (description == null || !HtmlDescription.IsMatch(description)) return Whitespace.Collapse(description);
        var html = Html.HtmlPage.Parse(description, source, context);
        return html == null ? null : Html.HtmlPage.Text(html.DocumentNode);
    }

    // RSS: <link>text</link>. Atom: <link rel="alternate" href=…/>, beside rel="related" title="pdf".
    private static string? AbstractLink(XElement entry)
    {
        foreach (var link in Children(entry, "link"))
        {
            var href = (string?)link.Attribute("href");
            if (href == null) return Whitespace.Collapse(link.Value);
            var rel = (string?)link.Attribute("rel") ?? "alternate";
            if (rel == "alternate") return href;
        }
        return null;
    }

    // rss.arxiv.org: one dc:creator, comma-joined. The export API: one <author><name> per author.
    private static string[] Authors(XElement entry)
    {
        var creators = Children(entry, "creator").SelectMany(c => ArxivAuthors.FromCreator(c.Value)).ToArray();
        if (creators.Length > 0) return creators;
        return Children(entry, "author").Select(a => Whitespace.Collapse(Child(a, "name")
            ?? a.Value)).OfType<string>().ToArray();
    }

    private static string[] Categories(XElement entry)
    {
        var primary = (string?)Children(entry, "primary_category").FirstOrDefault()?.Attribute("term");
        var all = Children(entry, "category").Select(c => Whitespace.Collapse((string?)c.Attribute("term") ?? c.Value));
        return new[] { primary }.Concat(all).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
    }

    private static string? Child(XElement element, string localName) => Children(element,
        localName).FirstOrDefault()?.Value;

    // Feeds mix namespaces (Atom, dc:, arxiv:) and spell some names differently (arxiv:doi, arxiv:DOI): match the local
    // name.
    private static IEnumerable<XElement> Children(XElement element, string localName)
        => element.Elements().Where(e => string.Equals(e.Name.LocalName, localName,
            StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Walks an XML stream handing out each RSS item or Atom entry as a small tree, noting on the way the
    /// feed's own title, description and date (RSS 1.0 puts them in a channel beside the items, RSS 2.0 and
    /// Atom before them). Trees are built by <see cref="XmlTree"/>, which stops past <see cref="MaxDepth"/>
    /// levels (an entry of 100,000 unclosed &lt;entry&gt; tags): then <see cref="TooDeep"/> is set.
    /// </summary>
    private sealed class FeedEntries
    {
        public const int MaxDepth = XmlTree.MaxDepth;

        private readonly XmlReader xml;
        private bool positioned;

        public FeedEntries(XmlReader xml) => this.xml = xml;

        public int Line { get; private set; }

        public bool TooDeep { get; private set; }

        public string? FeedTitle { get; private set; }
        public int FeedTitleLine { get; private set; }
        public string? FeedDescription { get; private set; }
        public DateTime? FeedDate { get; private set; }

        public XElement? Next()
        {
            while (positioned || xml.Read())
            {
                positioned = false;
                if (xml.NodeType != XmlNodeType.Element) continue;
                if (xml.LocalName == "item" || xml.LocalName == "entry")
                {
                    Line = ((IXmlLineInfo)xml).LineNumber;
                    var entry = ReadElement();
                    // The walk leaves the reader on the node after the entry, which may be the next entry.
                    positioned = true;
                    return entry;
                }
                NoteFeedField();
                if (TooDeep) return null;
            }
            return null;
        }

        // Only the first of each counts: a later <title> belongs to the feed's image.
        private void NoteFeedField()
        {
            var name = xml.LocalName;
            var wanted = (name == "title" && FeedTitle == null) || ((name == "description" || name == "subtitle")
                && FeedDescription == null)
                         || (name == "date" && FeedDate == null);
            if (!wanted) return;
            var line = ((IXmlLineInfo)xml).LineNumber;
            Line = line;
            var element = ReadElement();
            positioned = true;
            if (element == null) return;
            var value = Whitespace.Collapse(element.Value);
            if (name == "title")
            {
                FeedTitle = value;
                FeedTitleLine = line;
            }
            else if (name == "date") FeedDate = DigestDates.Parse(value);
            else FeedDescription = value;
        }

        /// <summary>The element the reader is on, as a tree; null, with TooDeep set, past MaxDepth levels.</summary>
        private XElement? ReadElement()
        {
            var element = XmlTree.Read(xml);
            TooDeep = element == null;
            return element;
        }
    }
}

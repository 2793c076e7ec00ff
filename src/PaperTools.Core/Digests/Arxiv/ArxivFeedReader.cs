using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using PaperTools.Diagnostics;

namespace PaperTools.Digests.Arxiv
{
    /// <summary>
    /// arXiv RSS 2.0 and Atom feeds (rss.arxiv.org, and the export API's Atom). Read as a stream with DTDs
    /// prohibited and no resolver, so a feed declaring entities (external files, "billion laughs") is refused
    /// before anything is expanded or fetched.
    /// </summary>
    public sealed class ArxivFeedReader : IDigestReader
    {
        private static readonly Regex FeedRoot = new Regex(@"<(?:rss|feed|rdf:RDF)[\s>]", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        private static readonly Regex HtmlRoot = new Regex(@"<(?:html|body)[\s>]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        private static readonly Regex Declaration = new Regex(@"<!(?:DOCTYPE|ENTITY)", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

        // "arXiv:2403.00001v1 Announce Type: new \nAbstract: …", the opening of every rss.arxiv.org description.
        private static readonly Regex Announcement = new Regex(
            @"^\s*(?:arXiv:(?<id>\S+)\s+)?Announce Type:\s*(?<type>[\w-]+)\s*(?:Abstract:\s*)?(?<abstract>.*)$",
            RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

        // The pre-2024 feeds appended the id to the title: "Title. (arXiv:2402.18001v1 [stat.ML] UPDATED)".
        private static readonly Regex TitleSuffix = new Regex(@"\.?\s*\(arXiv:[^)\]]*\[[^\]]*\](?:\s*UPDATED)?\)\s*$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

        public DigestFormat Format => DigestFormat.ArxivFeed;

        public bool Recognizes(string head)
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
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
                IgnoreWhitespace = true,
                CloseInput = true,
            };
            using (var xml = XmlReader.Create(source.OpenText(), settings))
            {
                var entries = new FeedEntries(xml);
                while (true)
                {
                    context.Cancellation.ThrowIfCancellationRequested();
                    XElement entry;
                    try { entry = entries.Next(); }
                    catch (XmlException ex)
                    {
                        if (ex.Message.IndexOf("DTD", StringComparison.OrdinalIgnoreCase) >= 0) ReportUnsafe(source, context, ex.LineNumber);
                        else context.Report(ErrorIds.DigestTruncated, ProblemCategory.InvalidData,
                            $"The feed stops being well-formed XML at line {ex.LineNumber}: {ex.Message} The entries before it were read.", source.Path, ex.LineNumber, ex);
                        break;
                    }
                    if (entries.TooDeep)
                    {
                        context.Report(ErrorIds.DigestTooDeep, ProblemCategory.LimitsExceeded,
                            $"The entry at line {entries.Line} nests its elements more than {FeedEntries.MaxDepth} levels deep; no real feed entry does, so reading stops there. The entries before it were read.", source.Path, entries.Line);
                        break;
                    }
                    if (entry == null) break;
                    var paper = ToPaper(entry, entries.Line, source, context);
                    if (paper != null) yield return paper;
                }
            }
        }

        private static void ReportUnsafe(DigestSource source, DigestReadContext context, int line)
            => context.Report(ErrorIds.DigestUnsafeXml, ProblemCategory.SecurityError,
                "The feed declares a DTD (<!DOCTYPE> or <!ENTITY>). Real arXiv feeds never do; entities can read local files, fetch addresses or expand without end, so the file is not read.", source.Path, line);

        private Paper ToPaper(XElement entry, int line, DigestSource source, DigestReadContext context)
        {
            var description = Child(entry, "description") ?? Child(entry, "summary");
            var announcement = description == null ? Match.Empty : Announcement.Match(description);
            var announceType = Whitespace.Collapse(Child(entry, "announce_type")) ?? (announcement.Success ? announcement.Groups["type"].Value.ToLowerInvariant() : null);
            var link = AbstractLink(entry);

            if (!ArxivIdentifier.TryParse(Child(entry, "guid") ?? Child(entry, "id"), out var arxivId, out var version) &&
                !ArxivIdentifier.TryParse(announcement.Success ? announcement.Groups["id"].Value : null, out arxivId, out version))
                ArxivIdentifier.TryParse(link, out arxivId, out version);

            var title = Whitespace.Collapse(Child(entry, "title"));
            if (title != null) title = TitleSuffix.Replace(title, string.Empty);
            if (title == null && arxivId == null)
            {
                context.Report(ErrorIds.DigestEntryInvalid, ProblemCategory.InvalidData, "Feed entry has neither a title nor an arXiv id; skipped.", source.Path, line);
                return null;
            }

            // rss.arxiv.org dates an entry by its announcement, which is the paper's publication only when the
            // paper is new; a cross-list or replacement may announce an older paper. The export API (no
            // announce type) gives the first version's date.
            var stated = DigestDates.Parse(Child(entry, "published") ?? Child(entry, "pubDate") ?? Child(entry, "date"));
            var published = announceType == null || announceType == "new" ? stated : null;
            return new Paper
            {
                Title = title,
                Abstract = Whitespace.Collapse(announcement.Success ? announcement.Groups["abstract"].Value : description),
                Authors = Authors(entry),
                Published = published,
                ArxivId = arxivId,
                ArxivVersion = version,
                Doi = Whitespace.Collapse(Child(entry, "doi")),
                Url = ArxivLinks.Abstract(arxivId) ?? link,
                PdfUrl = ArxivLinks.Pdf(arxivId),
                Categories = Categories(entry),
                JournalRef = Whitespace.Collapse(Child(entry, "journal_ref") ?? Child(entry, "journal_reference")),
                Comments = Whitespace.Collapse(Child(entry, "comment") ?? Child(entry, "comments")),
                AnnounceType = announceType,
                Source = source.Path,
                SourceLine = line,
                SourceFormat = Format,
                DigestDate = context.Options.DigestDate ?? (announceType != null ? stated : null),
            };
        }

        // RSS: <link>text</link>. Atom: <link rel="alternate" href=…/>, beside rel="related" title="pdf".
        private static string AbstractLink(XElement entry)
        {
            foreach (var link in Children(entry, "link"))
            {
                var href = (string)link.Attribute("href");
                if (href == null) return Whitespace.Collapse(link.Value);
                var rel = (string)link.Attribute("rel") ?? "alternate";
                if (rel == "alternate") return href;
            }
            return null;
        }

        // rss.arxiv.org: one dc:creator, comma-joined. The export API: one <author><name> per author.
        private static string[] Authors(XElement entry)
        {
            var creators = Children(entry, "creator").SelectMany(c => ArxivAuthors.Split(c.Value)).ToArray();
            if (creators.Length > 0) return creators;
            return Children(entry, "author").Select(a => Whitespace.Collapse(Child(a, "name") ?? a.Value)).Where(n => n != null).ToArray();
        }

        private static string[] Categories(XElement entry)
        {
            var primary = (string)Children(entry, "primary_category").FirstOrDefault()?.Attribute("term");
            var all = Children(entry, "category").Select(c => Whitespace.Collapse((string)c.Attribute("term") ?? c.Value));
            return new[] { primary }.Concat(all).Where(c => c != null).Distinct(StringComparer.Ordinal).ToArray();
        }

        private static string Child(XElement element, string localName) => Children(element, localName).FirstOrDefault()?.Value;

        // Feeds mix namespaces (Atom, dc:, arxiv:) and spell some names differently (arxiv:doi, arxiv:DOI): match the local name.
        private static IEnumerable<XElement> Children(XElement element, string localName)
            => element.Elements().Where(e => string.Equals(e.Name.LocalName, localName, StringComparison.OrdinalIgnoreCase));

        /// <summary>
        /// Walks an XML stream handing out each RSS item or Atom entry as a small tree. The tree is built here, one
        /// node at a time, rather than by XNode.ReadFrom: an entry nested 100,000 levels deep (unclosed &lt;entry&gt;
        /// tags) would take seconds to build and overflow the stack when its text is read, so past
        /// <see cref="MaxDepth"/> levels the walk stops with <see cref="TooDeep"/> set.
        /// </summary>
        private sealed class FeedEntries
        {
            /// <summary>Real entries nest three levels (author &gt; name); 64 leaves room for any extension.</summary>
            public const int MaxDepth = 64;

            private const string XmlnsNamespace = "http://www.w3.org/2000/xmlns/";
            private readonly XmlReader xml;
            private bool positioned;

            public FeedEntries(XmlReader xml) => this.xml = xml;

            public int Line { get; private set; }

            public bool TooDeep { get; private set; }

            public XElement Next()
            {
                while (positioned || xml.Read())
                {
                    positioned = false;
                    if (xml.NodeType == XmlNodeType.Element && (xml.LocalName == "item" || xml.LocalName == "entry"))
                    {
                        Line = ((IXmlLineInfo)xml).LineNumber;
                        var entry = ReadEntry();
                        // The walk leaves the reader on the node after the entry, which may be the next entry.
                        positioned = true;
                        return entry;
                    }
                }
                return null;
            }

            private XElement ReadEntry()
            {
                var root = NewElement();
                if (xml.IsEmptyElement)
                {
                    xml.Read();
                    return root;
                }
                var current = root;
                var depth = 0;
                while (xml.Read())
                {
                    switch (xml.NodeType)
                    {
                        case XmlNodeType.Element:
                            var child = NewElement();
                            current.Add(child);
                            if (xml.IsEmptyElement) break;
                            if (++depth > MaxDepth)
                            {
                                TooDeep = true;
                                return null;
                            }
                            current = child;
                            break;
                        case XmlNodeType.EndElement:
                            if (current == root)
                            {
                                xml.Read();
                                return root;
                            }
                            current = current.Parent;
                            depth--;
                            break;
                        case XmlNodeType.Text:
                        case XmlNodeType.CDATA:
                        case XmlNodeType.SignificantWhitespace:
                            current.Add(new XText(xml.Value));
                            break;
                    }
                }
                throw new XmlException("The feed ends inside an entry.", null, ((IXmlLineInfo)xml).LineNumber, 0);
            }

            // Namespace declarations are left out: entries are matched by local name.
            private XElement NewElement()
            {
                var element = new XElement(XName.Get(xml.LocalName, xml.NamespaceURI));
                while (xml.MoveToNextAttribute())
                    if (xml.NamespaceURI != XmlnsNamespace) element.Add(new XAttribute(XName.Get(xml.LocalName, xml.NamespaceURI), xml.Value));
                xml.MoveToElement();
                return element;
            }
        }
    }
}

using System.Text.RegularExpressions;
using System.Xml.Linq;
using PaperTools.Diagnostics;
using PaperTools.Digests.Arxiv;
using PaperTools.Digests.Xml;

namespace PaperTools.Digests.JournalToc;

/// <summary>
/// Journals' table-of-contents feeds: publisher RSS 1.0, RSS 2.0 and Atom with PRISM and Dublin Core (Nature,
/// Science, Wiley, Elsevier, Springer, Taylor &amp; Francis, OJS journals, JournalTOCs). Told by content: a feed that
/// declares the PRISM namespace, or any feed that does not name arXiv (arXiv's own feeds go to
/// <see cref="ArxivFeedReader"/>, bioRxiv's to the reader before this one). Streamed with the other XML readers'
/// safety: no DTD, records past 64 levels are DigestTooDeep, a cut file DigestTruncated.
/// </summary>
public sealed class JournalTocReader : IDigestReader
{
    private static readonly Regex PrismNamespace = new(
        @"=\s*[""']https?://prismstandard\.org/namespaces/",
        RegexOptions.IgnoreCase | Patterns.Safe);

    private static readonly Regex ArxivMention = new(
        "arxiv", RegexOptions.IgnoreCase | Patterns.Safe);

    public DigestFormat Format => DigestFormat.JournalToc;

    public bool Recognizes(string head)
        => ArxivFeedReader.IsFeed(head) && (PrismNamespace.IsMatch(head) || !ArxivMention.IsMatch(head));

    public IEnumerable<Paper> Read(DigestSource source, DigestReadContext context)
    {
        var channel = new TocChannel();
        var names = new List<string> { "item", "entry" };
        names.AddRange(TocChannel.FieldNames);
        return XmlRecords.Papers(source, context, "items",
            (record, line) => XmlValues.Is(record, "item") || XmlValues.Is(record, "entry")
                ? ToPaper(record, line, channel, source, context)
                : channel.Note(record),
            names.ToArray());
    }

    private Paper? ToPaper(XElement record, int line, TocChannel channel, DigestSource source,
        DigestReadContext context)
    {
        var item = JournalTocMapping.Read(record, channel);
        if (item.Title == null && item.Doi == null)
        {
            context.Report(ErrorIds.DigestEntryInvalid, ProblemCategory.InvalidData,
                "Feed item has neither a title nor a DOI; skipped.", source.Path, line);
            return null;
        }
        var paper = JournalTocMapping.ToPaper(item);
        paper.Source = source.Path;
        paper.SourceLine = line;
        paper.SourceFormat = Format;
        paper.DigestDate = context.Options.DigestDate;
        return paper;
    }
}

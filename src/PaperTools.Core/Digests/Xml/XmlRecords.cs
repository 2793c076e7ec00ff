using System.Xml;
using System.Xml.Linq;
using PaperTools.Diagnostics;

namespace PaperTools.Digests.Xml;

/// <summary>
/// Walks an XML stream handing out each element with one of the given local names as a small tree, with the
/// line it starts on; only the current record is held in memory, so a large harvest streams.
/// </summary>
internal sealed class XmlRecords
{
    private readonly XmlReader xml;
    private readonly HashSet<string> names;
    private bool positioned;

    /// <summary>
    /// Each record of <paramref name="source"/> named one of <paramref name="localNames"/>, made into a paper by
    /// <paramref name="toPaper"/> (null: none, it reported why). A DTD that could reach outside the file stops
    /// the read as DigestUnsafeXml; XML that breaks stops it as DigestTruncated, <paramref name="recordsName"/>
    /// naming the records read before.
    /// </summary>
    public static IEnumerable<Paper> Papers(DigestSource source, DigestReadContext context, string recordsName,
        Func<XElement, int, Paper?> toPaper, params string[] localNames)
    {
        if (SafeXml.DeclaresUnsafeDtd(source.Head))
        {
            context.Report(SafeXml.Unsafe(source.Path, 0));
            yield break;
        }
        using (var xml = SafeXml.Open(source))
        {
            var records = new XmlRecords(xml, localNames);
            while (true)
            {
                context.Cancellation.ThrowIfCancellationRequested();
                XElement? record;
                try { record = records.Next(); }
                catch (XmlException ex)
                {
                    context.Report(SafeXml.IsDtdRefusal(ex) ? SafeXml.Unsafe(source.Path, ex.LineNumber)
                        : SafeXml.Truncated(source.Path, ex, $"The {recordsName} before it were read."));
                    yield break;
                }
                if (records.TooDeep)
                {
                    context.Report(ErrorIds.DigestTooDeep, ProblemCategory.LimitsExceeded,
                        $"The record at line {records.Line} nests more than {XmlTree.MaxDepth} levels deep; " +
                        $"no real record does, so reading stops there. The {recordsName} before it were read.",
                        source.Path, records.Line);
                    yield break;
                }
                if (record == null) yield break;
                var paper = toPaper(record, records.Line);
                if (paper != null) yield return paper;
            }
        }
    }

    public XmlRecords(XmlReader xml, params string[] localNames)
    {
        this.xml = xml;
        names = new HashSet<string>(localNames, System.StringComparer.Ordinal);
    }

    /// <summary>The 1-based line of the record <see cref="Next"/> returned last.</summary>
    public int Line { get; private set; }

    /// <summary>True when <see cref="Next"/> stopped at a record nested over XmlTree.MaxDepth levels.</summary>
    public bool TooDeep { get; private set; }

    /// <summary>
    /// The next record; null at the end of the document or with <see cref="TooDeep"/> set. Throws XmlException where
    /// the XML breaks.
    /// </summary>
    public XElement? Next()
    {
        while (positioned || xml.Read())
        {
            positioned = false;
            if (xml.NodeType != XmlNodeType.Element || !names.Contains(xml.LocalName)) continue;
            Line = ((IXmlLineInfo)xml).LineNumber;
            var record = XmlTree.Read(xml);
            // A record deeper than any real one is damage: reading stops there (DigestTooDeep).
            if (record == null)
            {
                TooDeep = true;
                return null;
            }
            // The walk leaves the reader on the node after the record, which may be the next record.
            positioned = true;
            return record;
        }
        return null;
    }
}

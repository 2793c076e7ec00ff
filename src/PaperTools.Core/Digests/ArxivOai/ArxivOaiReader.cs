using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using PaperTools.Diagnostics;
using PaperTools.Digests.Xml;

namespace PaperTools.Digests.ArxivOai
{
    /// <summary>
    /// arXiv's OAI-PMH replies (export.arxiv.org/oai2, oaipmh.arxiv.org/oai): ListRecords or GetRecord in any of the
    /// three metadata formats arXiv serves, arXiv, arXivRaw and oai_dc. Records stream one at a time, so a harvest of
    /// a thousand records is never held whole; deleted records are not papers and are passed over; an OAI error
    /// (badArgument, noRecordsMatch, …) is the service's own message and is reported as DigestServiceError.
    /// </summary>
    public sealed class ArxivOaiReader : IDigestReader
    {
        private static readonly Regex Root = new Regex(@"<OAI-PMH[\s>]", RegexOptions.CultureInvariant);
        private static readonly Regex ArxivMarker = new Regex(@"arxiv\.org", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        public DigestFormat Format => DigestFormat.ArxivOai;

        public bool Recognizes(string head) => DigestHead.IsMarkup(head) && Root.IsMatch(head) && ArxivMarker.IsMatch(head);

        public IEnumerable<Paper> Read(DigestSource source, DigestReadContext context)
        {
            if (SafeXml.DeclaresUnsafeDtd(source.Head))
            {
                context.Report(SafeXml.Unsafe(source.Path, 0));
                yield break;
            }
            using (var xml = SafeXml.Open(source))
            {
                var records = new XmlRecords(xml, "record", "error");
                while (true)
                {
                    context.Cancellation.ThrowIfCancellationRequested();
                    XElement record;
                    try { record = records.Next(); }
                    catch (XmlException ex)
                    {
                        context.Report(SafeXml.IsDtdRefusal(ex) ? SafeXml.Unsafe(source.Path, ex.LineNumber)
                            : SafeXml.Truncated(source.Path, ex, "The records before it were read."));
                        yield break;
                    }
                    if (record == null) yield break;
                    if (XmlValues.Is(record, "error"))
                    {
                        var code = XmlValues.Attribute(record, "code") ?? "error";
                        context.Report(ErrorIds.DigestServiceError, ProblemCategory.InvalidData,
                            $"arXiv's OAI-PMH service answered {code} instead of records: \"{Whitespace.Collapse(record.Value) ?? code}\". No papers were read from it.",
                            source.Path, records.Line);
                        continue;
                    }
                    var paper = ToPaper(record, records.Line, source, context);
                    if (paper != null) yield return paper;
                }
            }
        }

        private Paper ToPaper(XElement record, int line, DigestSource source, DigestReadContext context)
        {
            var header = XmlValues.Child(record, "header");
            if (string.Equals(XmlValues.Attribute(header, "status"), "deleted", StringComparison.OrdinalIgnoreCase)) return null;
            var metadata = XmlValues.Child(record, "metadata")?.Elements().FirstOrDefault();
            var paper = metadata == null ? null
                : XmlValues.Is(metadata, "arXiv") ? ArxivOaiRecord.FromArxiv(metadata)
                : XmlValues.Is(metadata, "arXivRaw") ? ArxivOaiRecord.FromArxivRaw(metadata)
                : XmlValues.Is(metadata, "dc") ? ArxivOaiRecord.FromDublinCore(metadata)
                : null;
            if (paper == null)
            {
                context.Report(ErrorIds.DigestEntryInvalid, ProblemCategory.InvalidData,
                    $"Record has no metadata in a format PaperTools reads (arXiv, arXivRaw, oai_dc){(metadata == null ? string.Empty : ": <" + metadata.Name.LocalName + ">")}; skipped.", source.Path, line);
                return null;
            }
            if (paper.ArxivId == null && ArxivIdentifier.TryParse(XmlValues.Text(header, "identifier"), out var id, out _)) paper.ArxivId = id;
            if (paper.Title == null && paper.ArxivId == null)
            {
                context.Report(ErrorIds.DigestEntryInvalid, ProblemCategory.InvalidData, "Record has neither a title nor an arXiv id; skipped.", source.Path, line);
                return null;
            }
            paper.Url = ArxivLinks.Abstract(paper.ArxivId);
            paper.PdfUrl = ArxivLinks.Pdf(paper.ArxivId);
            paper.Source = source.Path;
            paper.SourceLine = line;
            paper.SourceFormat = Format;
            paper.DigestDate = context.Options.DigestDate;
            return paper;
        }
    }
}

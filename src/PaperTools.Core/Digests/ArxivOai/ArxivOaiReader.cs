using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using PaperTools.Diagnostics;
using PaperTools.Digests.Xml;

namespace PaperTools.Digests.ArxivOai;

/// <summary>
/// arXiv's OAI-PMH replies (export.arxiv.org/oai2, oaipmh.arxiv.org/oai): ListRecords or GetRecord in any of the
/// three metadata formats arXiv serves, arXiv, arXivRaw and oai_dc. Records stream one at a time, so a harvest of
/// a thousand records is never held whole; deleted records are not papers and are passed over; an OAI error
/// (badArgument, noRecordsMatch, …) is the service's own message and is reported as DigestServiceError.
/// </summary>
public sealed class ArxivOaiReader : IDigestReader
{
    private static readonly Regex Root = new Regex(@"<OAI-PMH[\s>]", Patterns.Safe);
    private static readonly Regex ArxivMarker = new Regex(@"arxiv\.org", RegexOptions.IgnoreCase | Patterns.Safe);

    public DigestFormat Format => DigestFormat.ArxivOai;

    public bool Recognizes(string head) => DigestHead.IsMarkup(head) && Root.IsMatch(head) && ArxivMarker.IsMatch(head);

    public IEnumerable<Paper> Read(DigestSource source, DigestReadContext context)
        => XmlRecords.Papers(source, context, "records", (record, line) => XmlValues.Is(record, "error")
            ? ServiceError(record, line, source, context) : ToPaper(record, line, source, context), "record", "error");

    private static Paper? ServiceError(XElement error, int line, DigestSource source, DigestReadContext context)
    {
        var code = XmlValues.Attribute(error, "code") ?? "error";
        context.Report(ErrorIds.DigestServiceError, ProblemCategory.InvalidData,
            $"arXiv's OAI-PMH service answered {code} instead of records: " +
                $"\"{Whitespace.Collapse(error.Value) ?? code}\". No papers were read from it.",
            source.Path, line);
        return null;
    }

    private Paper? ToPaper(XElement record, int line, DigestSource source, DigestReadContext context)
    {
        var header = XmlValues.Child(record, "header");
        if (string.Equals(XmlValues.Attribute(header, "status"), "deleted",
            StringComparison.OrdinalIgnoreCase)) return null;
        var metadata = XmlValues.Child(record, "metadata")?.Elements().FirstOrDefault();
        var paper = metadata == null ? null
            : XmlValues.Is(metadata, "arXiv") ? ArxivOaiRecord.FromArxiv(metadata)
            : XmlValues.Is(metadata, "arXivRaw") ? ArxivOaiRecord.FromArxivRaw(metadata)
            : XmlValues.Is(metadata, "dc") ? ArxivOaiRecord.FromDublinCore(metadata)
            : null;
        if (paper == null)
        {
            context.Report(ErrorIds.DigestEntryInvalid, ProblemCategory.InvalidData,
                "Record has no metadata in a format PaperTools reads (arXiv, arXivRaw, " +
                    $"oai_dc){(metadata == null ? string.Empty : ": <" + metadata.Name.LocalName + ">")}; skipped.",
                        source.Path, line);
            return null;
        }
        if (paper.ArxivId == null && ArxivIdentifier.TryParse(XmlValues.Text(header, "identifier"), out var id,
            out _)) paper.ArxivId = id;
        if (paper.Title == null && paper.ArxivId == null)
        {
            context.Report(ErrorIds.DigestEntryInvalid, ProblemCategory.InvalidData,
                "Record has neither a title nor an arXiv id; skipped.", source.Path, line);
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

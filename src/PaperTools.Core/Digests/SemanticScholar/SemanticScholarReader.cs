using System.Text.Json;
using System.Text.RegularExpressions;
using PaperTools.Digests.Json;

namespace PaperTools.Digests.SemanticScholar;

/// <summary>
/// Semantic Scholar Graph API replies: one paper (GET /paper/ID), a search ({"total", "offset", "data": [...]}),
/// a bulk search ({"token", "data"}), a batch (POST /paper/batch: a list in which null marks an id it did not
/// find) and citation or reference lists, whose items wrap the paper as "citingPaper" or "citedPaper". The year is
/// the one the record states ("year"); the date, when it gives one, is "publicationDate".
/// </summary>
public sealed class SemanticScholarReader() : WorksReplyReader(Marker, "data", "paper", "papers",
    "Paper has neither a title nor an arXiv id or DOI; skipped.")
{
    private static readonly Regex Marker = new Regex("\"paperId\"\\s*:", Patterns.Safe);

    public override DigestFormat Format => DigestFormat.SemanticScholar;

    // A batch reply holds null for each id Semantic Scholar does not know.
    protected override string NotAnObject(JsonValueKind kind) => kind == JsonValueKind.Null
        ? "Item is null: Semantic Scholar found no paper for that id; skipped." : base.NotAnObject(kind);

    private static string? PaperPage(string? paperId) => paperId == null ? null
        : "https://www.semanticscholar.org/paper/" + System.Uri.EscapeDataString(paperId);

    protected override Paper? ToPaper(JsonElement item, int line, DigestSource source, DigestReadContext context)
    {
        var paper = JsonValues.Object(item, "citingPaper") ?? JsonValues.Object(item, "citedPaper") ?? item;
        var ids = JsonValues.Object(paper, "externalIds");
        ArxivIdentifier.TryParse(JsonValues.Text(ids, "ArXiv"), out var arxivId, out var version);
        var doi = JsonValues.Doi(JsonValues.Text(ids, "DOI"));
        if (ArxivLinks.IdFromDoi(doi) is string fromDoi)
        {
            arxivId = arxivId ?? fromDoi;
            doi = null;
        }
        var title = JsonValues.String(paper, "title");
        if (!IsIdentified(title, doi, arxivId, line, source, context)) return null;
        var journal = JsonValues.Object(paper, "journal");
        var pdf = JsonValues.Object(paper, "openAccessPdf");
        return new Paper
        {
            Title = title,
            Abstract = JsonValues.String(paper, "abstract"),
            Authors = JsonValues.Array(paper, "authors").Select(a => JsonValues.String(a,
                "name")).OfType<string>().ToArray(),
            Year = JsonValues.Year(paper, "year", line, source, context),
            Published = DigestDates.Parse(JsonValues.String(paper, "publicationDate")),
            ArxivId = arxivId,
            ArxivVersion = version,
            Doi = doi,
            Url = ArxivLinks.Abstract(arxivId) ?? JsonValues.String(paper, "url")
                ?? PaperPage(JsonValues.String(paper, "paperId")),
            PdfUrl = ArxivLinks.Pdf(arxivId) ?? JsonValues.String(pdf, "url"),
            Keywords = JsonValues.Strings(paper, "fieldsOfStudy"),
            Venue = JsonValues.String(paper, "venue") ?? JsonValues.String(journal, "name")
                ?? JsonValues.String(JsonValues.Object(paper, "publicationVenue"), "name"),
            Source = source.Path,
            SourceLine = line,
            SourceFormat = Format,
            DigestDate = context.Options.DigestDate,
        };
    }
}

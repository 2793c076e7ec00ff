using System.Text.Json;
using System.Text.RegularExpressions;
using PaperTools.Diagnostics;
using PaperTools.Digests.Json;

namespace PaperTools.Digests.OpenAlex;

/// <summary>
/// OpenAlex works: one work (GET /works/W…) or a list reply ({"meta": …, "results": [...]}), streamed item by
/// item. The abstract arrives as an inverted index (word → positions) and is put back in order; the year is
/// "publication_year", the date "publication_date". An arXiv paper is known by its arXiv DOI or an arXiv
/// landing page among its locations.
/// </summary>
public sealed class OpenAlexReader() : WorksReplyReader(Marker, "results", "work", "works",
    "Work has neither a title nor a DOI or arXiv id; skipped.")
{
    private static readonly Regex Marker = new Regex("\"https?://openalex\\.org/W[0-9]+\"", Patterns.Safe);

    /// <summary>More words than any abstract has; an index claiming more is damage, not an abstract.</summary>
    private const int MaxAbstractWords = 100_000;

    public override DigestFormat Format => DigestFormat.OpenAlex;

    protected override Paper? ToPaper(JsonElement work, int line, DigestSource source, DigestReadContext context)
    {
        var doi = JsonValues.Doi(JsonValues.Text(work, "doi"));
        var locations = JsonValues.Array(work, "locations").Concat(new[] { JsonValues.Object(work, "primary_location"),
            JsonValues.Object(work, "best_oa_location") }
            .OfType<JsonElement>()).ToList();
        var arxivId = ArxivLinks.IdFromDoi(doi) ?? locations.Select(l => JsonValues.String(l, "landing_page_url"))
            .Where(u => u != null && u.IndexOf("arxiv.org/abs/",
                StringComparison.OrdinalIgnoreCase) >= 0).Select(ArxivIdentifier.Normalize)
                    .FirstOrDefault(id => id != null);
        if (ArxivLinks.IdFromDoi(doi) != null) doi = null;
        var title = JsonValues.String(work, "title") ?? JsonValues.String(work, "display_name");
        if (!IsIdentified(title, doi, arxivId, line, source, context)) return null;
        var primary = JsonValues.Object(work, "primary_location");
        var best = JsonValues.Object(work, "best_oa_location");
        return new Paper
        {
            Title = title,
            Abstract = InvertedAbstract(work, line, source, context),
            Authors = JsonValues.Array(work, "authorships")
                .Select(a => JsonValues.String(JsonValues.Object(a, "author"), "display_name")
                    ?? JsonValues.String(a, "raw_author_name"))
                .OfType<string>().ToArray(),
            Year = JsonValues.Year(work, "publication_year", line, source, context),
            Published = DigestDates.Parse(JsonValues.String(work, "publication_date")),
            ArxivId = arxivId,
            Doi = doi,
            Url = ArxivLinks.Abstract(arxivId) ?? (doi == null ? null : "https://doi.org/" + doi)
                ?? JsonValues.String(primary, "landing_page_url") ?? JsonValues.Text(work, "id"),
            PdfUrl = ArxivLinks.Pdf(arxivId) ?? JsonValues.String(best, "pdf_url")
                ?? JsonValues.String(primary, "pdf_url"),
            Keywords = JsonValues.Array(work, "keywords").Select(k => k.ValueKind == JsonValueKind.String
                ? Whitespace.Collapse(JsonStrings.Read(k)) : JsonValues.String(k, "display_name"))
                .OfType<string>().Distinct(StringComparer.Ordinal).ToArray(),
            Venue = JsonValues.String(JsonValues.Object(primary ?? default, "source"), "display_name"),
            Source = source.Path,
            SourceLine = line,
            SourceFormat = Format,
            DigestDate = context.Options.DigestDate,
        };
    }

    // {"Despite": [0], "growing": [1], "interest": [2], ...}: each word at each of its positions. An index whose
    // positions are not 0, 1, 2, … without gaps is damaged or cut, and gives no abstract rather than a garbled one.
    private static string? InvertedAbstract(JsonElement work, int line, DigestSource source, DigestReadContext context)
    {
        var index = JsonValues.Object(work, "abstract_inverted_index");
        if (index == null) return null;
        var words = new List<KeyValuePair<long, string>>();
        foreach (var word in index.Value.EnumerateObject())
        {
            if (word.Value.ValueKind != JsonValueKind.Array) continue;
            foreach (var position in word.Value.EnumerateArray())
            {
                var at = JsonValues.Integer(position);
                if (at == null) continue;
                if (words.Count == MaxAbstractWords) return LeftOut($"holds more than {MaxAbstractWords:N0} words, " +
                    "more than any abstract");
                words.Add(new KeyValuePair<long, string>(at.Value, JsonStrings.NameOf(word)));
            }
        }
        words.Sort((a, b) => a.Key.CompareTo(b.Key));
        for (var i = 0; i < words.Count; i++)
            if (words[i].Key != i) return LeftOut($"has no word at position {i} (the next is at {words[i].Key})");
        return Whitespace.Collapse(string.Join(" ", words.Select(w => w.Value)));

        string? LeftOut(string why)
        {
            context.Report(ErrorIds.DigestEntryInvalid, ProblemCategory.InvalidData,
                $"The work's abstract index {why}: it is damaged or cut, so the abstract was left out.", source.Path,
                    line);
            return null;
        }
    }
}

using System.Text.Json;
using PaperTools.Digests;
using PaperTools.Digests.Json;
using PaperTools.Digests.OpenAlex;
using PaperTools.Digests.SemanticScholar;
using PaperTools.Metadata;

namespace PaperTools.Publication;

/// <summary>
/// What OpenAlex or Semantic Scholar lists for one work: the work as their digest reader reads it (its arXiv id and
/// publisher DOI among them), the publisher DOIs of its other locations, and OpenAlex's is_retracted.
/// </summary>
public sealed record ListedWork(Paper Work, IReadOnlyList<string> PublishedDois, bool IsRetracted);

/// <summary>
/// One work at OpenAlex (GET /works/doi:{doi}, docs.openalex.org "Get a single entity") or Semantic Scholar (GET
/// /paper/arXiv:{id} or /paper/DOI:{doi}, api.semanticscholar.org/api-docs/graph). A 404 is kept as "not listed", so
/// a warm rerun asks nothing. OpenAlex's API key goes on the request only: never in the cache key, the log or an error.
/// </summary>
public sealed class WorkLookups
{
    public const string SemanticScholarFields = "title,authors,year,venue,publicationVenue,journal,externalIds";
    private readonly MetadataFetcher fetcher;
    private readonly MetadataEndpoints endpoints;
    private readonly string openAlexQuery;

    public WorkLookups(MetadataFetcher fetcher, MetadataEndpoints endpoints, string? contact, string? openAlexKey)
    {
        this.fetcher = fetcher;
        this.endpoints = endpoints;
        var query = new List<string>();
        if (!string.IsNullOrWhiteSpace(contact)) query.Add("mailto=" + Uri.EscapeDataString(contact.Trim()));
        if (!string.IsNullOrWhiteSpace(openAlexKey)) query.Add("api_key=" + Uri.EscapeDataString(openAlexKey.Trim()));
        openAlexQuery = string.Join("&", query);
    }

    /// <summary>
    /// OpenAlex's work for a DOI (an arXiv paper by its 10.48550 DOI); empty when unlisted, null when unanswered.
    /// </summary>
    public IReadOnlyList<ListedWork>? OpenAlex(string doi, CancellationToken cancellation)
    {
        if (UrlSegment.Encode(doi) is not string segment) return Array.Empty<ListedWork>();
        var key = $"{endpoints.OpenAlex}/works/doi:{segment}";
        var url = openAlexQuery.Length == 0 ? key : key + "?" + openAlexQuery;
        return fetcher.Get(new MetadataRequest(MetadataService.OpenAlex, url, key, $"work doi:{doi}",
            absentIsAnswer: true, shown: key),
            (reply, deadline) => Parse(new OpenAlexReader(), key, reply, ReadOpenAlex, deadline), cancellation);
    }

    /// <summary>
    /// Semantic Scholar's paper by <paramref name="scheme"/> "arXiv" or "DOI"; empty when unlisted, null when
    /// unanswered.
    /// </summary>
    public IReadOnlyList<ListedWork>? SemanticScholar(string scheme, string id, CancellationToken cancellation)
    {
        if (UrlSegment.Encode(id) is not string segment) return Array.Empty<ListedWork>();
        var url = $"{endpoints.SemanticScholar}/paper/{scheme}:{segment}?fields={SemanticScholarFields}";
        return fetcher.Get(new MetadataRequest(MetadataService.SemanticScholar, url, url, $"paper {scheme}:{id}",
            absentIsAnswer: true),
            (reply, deadline) => Parse(new SemanticScholarReader(), url, reply, _ => (Array.Empty<string>(), false),
                deadline),
                cancellation);
    }

    private static IReadOnlyList<ListedWork> Parse(Digests.IDigestReader reader, string url, MetadataReply reply,
        Func<JsonElement, (IReadOnlyList<string> Dois, bool Retracted)> extra, CancellationToken cancellation)
    {
        if (reply.IsAbsent) return Array.Empty<ListedWork>();
        var papers = ServiceParsing.Read(reader, url, reply.Body, cancellation);
        if (papers.Count != 1) throw new MetadataResponseException($"a single-work reply holds {papers.Count} works");
        using var json = JsonDocument.Parse(reply.Body);
        var (dois, retracted) = extra(json.RootElement);
        var all = new[] { papers[0].Doi }.Concat(dois).OfType<string>()
            .Where(d => ArxivLinks.IdFromDoi(d) == null).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return new[] { new ListedWork(papers[0], all, retracted) };
    }

    /// <summary>
    /// The DOIs of a work's journal and conference locations (repositories are preprint servers), and is_retracted.
    /// </summary>
    private static (IReadOnlyList<string>, bool) ReadOpenAlex(JsonElement work)
    {
        var locations = JsonValues.Array(work, "locations").ToList();
        if (JsonValues.Object(work, "primary_location") is JsonElement primary) locations.Insert(0, primary);
        var dois = locations
            .Where(l => JsonValues.Object(l, "source") is JsonElement s
                && JsonValues.Text(s, "type") is "journal" or "conference")
            .Select(l => JsonValues.Doi(JsonValues.Text(l, "landing_page_url"))).OfType<string>().ToList();
        var retracted = work.TryGetProperty("is_retracted", out var flag) && flag.ValueKind == JsonValueKind.True;
        return (dois, retracted);
    }
}

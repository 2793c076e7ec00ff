using System.Text.Json;
using PaperTools.Digests.Crossref;
using PaperTools.Digests.Json;
using PaperTools.Metadata;

namespace PaperTools.Publication;

/// <summary>
/// Crossref's /works/{doi}, read for publication data: the paper by the same <see cref="CrossrefJsonReader"/> as any
/// Crossref reply, then the container's numbering, the publisher, the type, the relations and the update notices
/// (api.crossref.org/swagger-ui, "Work": volume, issue, page, publisher, relation, update-to, updated-by). The address
/// and cache key are those of <see cref="CrossrefClient.Work"/>, so both read one cached answer; a 404 is kept as
/// "no such DOI". Single-record requests: Crossref's public pool allows 5 a second, its polite pool 10.
/// </summary>
public sealed class CrossrefWorks
{
    private readonly MetadataFetcher fetcher;
    private readonly CrossrefAddresses addresses;

    public CrossrefWorks(MetadataFetcher fetcher, MetadataEndpoints endpoints, string? contact)
    {
        this.fetcher = fetcher;
        addresses = new CrossrefAddresses(endpoints, contact);
    }

    /// <summary>
    /// The work a DOI names: a list of one, empty when Crossref has no such DOI, null when it could not answer.
    /// </summary>
    public IReadOnlyList<PublishedWork>? Work(string doi, CancellationToken cancellation)
    {
        var request = addresses.Work(doi);
        if (request == null) return Array.Empty<PublishedWork>();
        return fetcher.Get(request, (reply, deadline) => Parse(request.CacheKey, reply, deadline), cancellation);
    }

    private static IReadOnlyList<PublishedWork> Parse(string url, MetadataReply reply, CancellationToken cancellation)
    {
        if (reply.IsAbsent) return Array.Empty<PublishedWork>();
        var papers = ServiceParsing.Read(new CrossrefJsonReader(), url, reply.Body, cancellation);
        if (papers.Count != 1) throw new MetadataResponseException($"a work reply holds {papers.Count} works, not one");
        using var json = JsonDocument.Parse(reply.Body);
        if (!json.RootElement.TryGetProperty("message", out var work) || work.ValueKind != JsonValueKind.Object)
            throw new MetadataResponseException("the reply has no message object");
        var relation = JsonValues.Object(work, "relation");
        return new[]
        {
            new PublishedWork(papers[0], JsonValues.Text(work, "type") ?? string.Empty)
            {
                Container = papers[0].Venue,
                Volume = JsonValues.Text(work, "volume"),
                Issue = JsonValues.Text(work, "issue"),
                Pages = JsonValues.Text(work, "page"),
                Publisher = JsonValues.String(work, "publisher"),
                PreprintOf = RelatedDois(relation, "is-preprint-of"),
                HasPreprint = RelatedDois(relation, "has-preprint"),
                UpdatedBy = JsonValues.Array(work, "updated-by").Select(Notice).OfType<PublicationNotice>().ToList(),
                UpdateTo = JsonValues.Array(work, "update-to").Select(u => JsonValues.Doi(JsonValues.Text(u, "DOI")))
                    .OfType<string>().ToList(),
            },
        };
    }

    private static IReadOnlyList<string> RelatedDois(JsonElement? relation, string name)
        => relation == null ? Array.Empty<string>()
            : JsonValues.Array(relation.Value, name)
                .Where(r => string.Equals(JsonValues.Text(r, "id-type"), "doi", StringComparison.OrdinalIgnoreCase))
                .Select(r => JsonValues.Doi(JsonValues.Text(r, "id"))).OfType<string>().ToList();

    private static PublicationNotice? Notice(JsonElement update)
    {
        var kind = PublicationNotice.FromCrossrefType(JsonValues.Text(update, "type"));
        if (kind == null) return null;
        var source = JsonValues.Text(update, "source");
        return new PublicationNotice(kind.Value, JsonValues.Doi(JsonValues.Text(update, "DOI")),
            source == null ? "Crossref updated-by" : $"Crossref updated-by ({source})");
    }
}

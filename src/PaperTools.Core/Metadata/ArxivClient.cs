using PaperTools.Digests.Arxiv;

namespace PaperTools.Metadata;

/// <summary>
/// The arXiv API (info.arxiv.org/help/api/user-manual): id_list= for up to 100 papers in one request, and
/// search_query=ti:"…" for a title. Replies are Atom, read by <see cref="ArxivFeedReader"/>. An error is also an
/// Atom feed, with one entry titled "Error" by "arXiv api core" whose summary says what was wrong; the reader reports
/// it as a service error, never a paper, and the fetcher makes that a MetadataResponseInvalid quoting arXiv.
/// </summary>
public sealed class ArxivClient
{
    /// <summary>The user manual's advice for id_list batches; larger lists slow the API down.</summary>
    public const int MaxIdsPerRequest = 100;

    /// <summary>A title search needs only the few best hits; the right paper, when arXiv has it, is among
    /// them.</summary>
    public const int SearchResults = 5;

    private readonly MetadataFetcher fetcher;
    private readonly string endpoint;

    public ArxivClient(MetadataFetcher fetcher, MetadataEndpoints endpoints)
    {
        this.fetcher = fetcher;
        endpoint = endpoints.Arxiv;
    }

    /// <summary>The records of <paramref name="ids"/> (versionless: the latest version); null when arXiv could not
    /// answer.</summary>
    public IReadOnlyList<Paper>? ByIds(IReadOnlyList<string> ids, CancellationToken cancellation)
    {
        if (ids.Count == 0 || ids.Count > MaxIdsPerRequest) throw new ArgumentOutOfRangeException(nameof(ids),
            $"1 to {MaxIdsPerRequest} ids a request.");
        // Old-style ids keep their slash (id_list=hep-ex/0307015), as the user manual writes them.
        var list = string.Join(",", ids.Select(id => Uri.EscapeDataString(id).Replace("%2F", "/")));
        var url = $"{endpoint}?id_list={list}&max_results={ids.Count}";
        var purpose = ids.Count == 1 ? $"id_list {ids[0]}" : $"id_list, {ids.Count} ids";
        return fetcher.Get(new MetadataRequest(MetadataService.Arxiv, url, url, purpose), Parse, cancellation);
    }

    /// <summary>The best hits for a title, as a phrase in the title field; null when arXiv could not answer.</summary>
    public IReadOnlyList<Paper>? SearchTitle(string? title, CancellationToken cancellation)
    {
        // The normalised words only: quotes, colons and brackets in a title would be read as query syntax.
        var words = TextNormalizer.NormalizeTitle(title);
        if (words.Length == 0) return Array.Empty<Paper>();
        var query = Uri.EscapeDataString("ti:\"" + words + "\"");
        var url = $"{endpoint}?search_query={query}&start=0&max_results={SearchResults}";
        return fetcher.Get(new MetadataRequest(MetadataService.Arxiv, url, url, "title search"), Parse, cancellation);
    }

    private static IReadOnlyList<Paper> Parse(MetadataReply reply, CancellationToken deadline)
        => ServiceParsing.Read(new ArxivFeedReader(), reply.Url, reply.Body, deadline);
}

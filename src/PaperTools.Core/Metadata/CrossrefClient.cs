using PaperTools.Digests.Crossref;

namespace PaperTools.Metadata;

/// <summary>
/// The Crossref REST API (api.crossref.org): /works/{doi} for one work, /works?query.bibliographic= for a title.
/// With a contact address, mailto= puts the requests in Crossref's polite pool; it is left out of the cache key, as it
/// does not change the answer. select= asks only for the fields a paper uses. Replies are read by <see
/// cref="CrossrefJsonReader"/>.
/// </summary>
public sealed class CrossrefClient
{
    public const int SearchRows = 5;
    // Fields Crossref allows in select= (an unknown one is a 400).
    private const string Fields = "DOI,title,subtitle,author,issued,container-title,URL,abstract,relation,subject,type";

    private readonly MetadataFetcher fetcher;
    private readonly CrossrefAddresses addresses;

    public CrossrefClient(MetadataFetcher fetcher, MetadataEndpoints endpoints, string? contact)
    {
        this.fetcher = fetcher;
        addresses = new CrossrefAddresses(endpoints, contact);
    }

    /// <summary>The work a DOI names: a list of one, empty when Crossref has no such DOI, null when it could not
    /// answer.</summary>
    public IReadOnlyList<Paper>? Work(string? doi, CancellationToken cancellation)
    {
        var request = addresses.Work(doi);
        return request == null ? Array.Empty<Paper>() : fetcher.Get(request, Parse, cancellation);
    }

    public IReadOnlyList<Paper>? Search(string? title, CancellationToken cancellation)
    {
        var query = Whitespace.Collapse(title);
        if (query == null) return Array.Empty<Paper>();
        var key = $"{addresses.Root}/works?query.bibliographic={Uri.EscapeDataString(query)}&rows={SearchRows}" +
            $"&select={Uri.EscapeDataString(Fields)}";
        return fetcher.Get(new MetadataRequest(MetadataService.Crossref, addresses.WithMailto(key), key,
            "bibliographic search"), Parse, cancellation);
    }

    private static IReadOnlyList<Paper> Parse(MetadataReply reply, CancellationToken deadline)
        => reply.IsAbsent ? Array.Empty<Paper>() : ServiceParsing.Read(new CrossrefJsonReader(),
            reply.Url, reply.Body, deadline);
}

namespace PaperTools.Metadata;

/// <summary>
/// Crossref's addresses for one caller: the API root, and mailto= (the polite pool) added to the address but left out
/// of the cache key, as it does not change the answer. /works/{doi} is written here once, so that
/// <see cref="CrossrefClient"/> and Publication's CrossrefWorks read one cached answer.
/// </summary>
internal sealed class CrossrefAddresses
{
    private readonly string mailto;

    public CrossrefAddresses(MetadataEndpoints endpoints, string? contact)
    {
        Root = endpoints.Crossref;
        mailto = string.IsNullOrWhiteSpace(contact) ? string.Empty : "mailto=" + Uri.EscapeDataString(contact.Trim());
    }

    /// <summary>The REST API root; /works follows it.</summary>
    public string Root { get; }

    /// <summary>The request for the work a DOI names (a 404 is the answer "no such DOI"); null for no DOI.</summary>
    public MetadataRequest? Work(string? doi)
    {
        // The DOI is one path segment, its slashes escaped (/works/10.1371%2Fjournal.pone.0033693, which Crossref
        // reads as the DOI): no DOI, however odd, can reach past /works/.
        var segment = UrlSegment.Encode(doi);
        if (segment == null) return null;
        var key = $"{Root}/works/{segment}";
        return new MetadataRequest(MetadataService.Crossref, WithMailto(key), key, $"work {doi}",
            absentIsAnswer: true);
    }

    /// <summary><paramref name="url"/> with mailto= added when there is a contact.</summary>
    public string WithMailto(string url)
        => mailto.Length == 0 ? url : url + (url.IndexOf('?') < 0 ? "?" : "&") + mailto;
}

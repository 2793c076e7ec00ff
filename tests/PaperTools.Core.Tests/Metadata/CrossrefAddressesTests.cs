#nullable enable
using PaperTools.Metadata;
using Xunit;

namespace PaperTools.Tests.Metadata;

/// <summary>
/// The one place that writes Crossref's addresses: the work a DOI names under the root, mailto= on the address and
/// never in the cache key (so Update-PaperMetadata and Update-PaperPublication share one cached answer).
/// </summary>
public class CrossrefAddressesTests
{
    private static readonly MetadataEndpoints Endpoints = new(null, null, "http://127.0.0.1:9/crossref/");

    [Fact]
    public void AWorkAddressCarriesTheContactButItsCacheKeyDoesNot()
    {
        var request = new CrossrefAddresses(Endpoints, " librarian@example.org ").Work("10.1371/journal.pone.0033693");

        Assert.NotNull(request);
        Assert.Equal("http://127.0.0.1:9/crossref/works/10.1371%2Fjournal.pone.0033693?mailto=librarian%40example.org",
            request!.Url);
        Assert.Equal("http://127.0.0.1:9/crossref/works/10.1371%2Fjournal.pone.0033693", request.CacheKey);
        Assert.True(request.AbsentIsAnswer);
        Assert.Equal(MetadataService.Crossref, request.Service);
    }

    [Fact]
    public void WithoutAContactTheAddressIsTheCacheKey()
    {
        var addresses = new CrossrefAddresses(Endpoints, "  ");

        Assert.Equal("http://127.0.0.1:9/crossref/works/10.1%2Fx", addresses.Work("10.1/x")!.Url);
        Assert.Equal("http://x/works?rows=5", addresses.WithMailto("http://x/works?rows=5"));
    }

    [Fact]
    public void TheContactJoinsAQueryWithAnAmpersand()
        => Assert.Equal("http://x/works?rows=5&mailto=a%40b.org",
            new CrossrefAddresses(Endpoints, "a@b.org").WithMailto("http://x/works?rows=5"));

    [Fact]
    public void NoDoiIsNoRequest() => Assert.Null(new CrossrefAddresses(Endpoints, null).Work("   "));
}

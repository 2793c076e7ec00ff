#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using PaperTools.Metadata;
using PaperTools.Tests.Metadata.Loopback;
using Xunit;

namespace PaperTools.Tests.Metadata;

/// <summary>
/// Issue 21, case 5: whatever an identifier or title holds, the request stays under the configured base path, on its
/// route, with only its own query parameters, and the server reads back exactly the value given. Proven for every
/// service and every kind of value put into an address, on the request line as the server received it.
/// </summary>
public class IdentifierEscapingTests
{
    private static readonly string[] Hostile =
    {
        "10.1234/../../../../secret/admin?x=1",
        "../../../secret/admin?x=1#frag",
        "10.1234/./%2e%2e/%2E%2E/secret",
        "2502.08457/../../x&max_results=9999",
        "a\\..\\..\\secret; rows=1000",
    };

    public static IEnumerable<object[]> Calls() => new[]
    {
        new object[] { "Crossref work by DOI" },
        new object[] { "Crossref bibliographic search" },
        new object[] { "Hugging Face paper by arXiv id" },
        new object[] { "Hugging Face paper search" },
        new object[] { "arXiv id_list" },
        new object[] { "arXiv title search" },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public void NoValueLeavesItsRouteOrAddsAParameter(string call)
    {
        using var server = new RawReplyServer(_ => RawReplyServer.Reply(404, "{}", ("Content-Type", "application/json")));
        var endpoints = new MetadataEndpoints(
            server.Root + "/base/arxiv/api/query", server.Root + "/base/hf/api", server.Root + "/base/crossref");
        var options = new MetadataOptions
        {
            Endpoints = endpoints, MaxRetries = 0,
            ArxivInterval = TimeSpan.Zero, HuggingFaceInterval = TimeSpan.Zero, CrossrefInterval = TimeSpan.Zero,
        };
        var reporter = new RecordingReporter();
        using var fetcher = new MetadataFetcher(options, new ManualClock(), null, reporter.ToReporter());
        var (route, parameters, send) = Route(call, fetcher, endpoints);

        foreach (var value in Hostile)
        {
            var before = server.Targets.Count;
            send(value);
            var target = Assert.Single(server.Targets.Skip(before));
            var (path, query) = Split(target);

            Assert.StartsWith(route, path, StringComparison.Ordinal);
            Assert.DoesNotContain(path.Split('/'), s => Uri.UnescapeDataString(s) is "." or "..");
            Assert.DoesNotContain('#', target);
            var names = query.Length == 0
                ? Array.Empty<string>()
                : query.Split('&').Select(p => Uri.UnescapeDataString(p.Split('=')[0])).ToArray();
            Assert.Equal(parameters, names);
            var received = route.EndsWith("/", StringComparison.Ordinal)
                ? Uri.UnescapeDataString(path.Substring(route.Length))
                : Uri.UnescapeDataString(query.Split('&')[0].Split('=', 2)[1]);
            Assert.Contains(Expected(call, value), received, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AnIdentifierThatIsADotSegmentIsNotSentAtAll()
    {
        using var server = new RawReplyServer(_ => RawReplyServer.Reply(404, "{}", ("Content-Type", "application/json")));
        var endpoints = new MetadataEndpoints(server.Root + "/arxiv", server.Root + "/base/hf/api", server.Root + "/base/crossref");
        var options = new MetadataOptions { Endpoints = endpoints, MaxRetries = 0 };
        using var fetcher = new MetadataFetcher(options, new ManualClock(), null, new RecordingReporter().ToReporter());

        Assert.Empty(new HuggingFaceClient(fetcher, endpoints).Paper("..", default)!);
        Assert.Empty(new CrossrefClient(fetcher, endpoints, null).Work(" . ", default)!);
        Assert.Empty(server.Targets);
    }

    private static (string Route, string[] Parameters, Action<string> Send) Route(
        string call, MetadataFetcher fetcher, MetadataEndpoints endpoints)
    {
        var crossref = new CrossrefClient(fetcher, endpoints, "librarian@example.org");
        var huggingFace = new HuggingFaceClient(fetcher, endpoints);
        var arxiv = new ArxivClient(fetcher, endpoints);
        return call switch
        {
            "Crossref work by DOI" => ("/base/crossref/works/", new[] { "mailto" }, v => crossref.Work(v, default)),
            "Crossref bibliographic search" => ("/base/crossref/works", new[] { "query.bibliographic", "rows", "select", "mailto" },
                v => crossref.Search(v, default)),
            "Hugging Face paper by arXiv id" => ("/base/hf/api/papers/", Array.Empty<string>(), v => huggingFace.Paper(v, default)),
            "Hugging Face paper search" => ("/base/hf/api/papers/search", new[] { "q" }, v => huggingFace.Search(v, default)),
            "arXiv id_list" => ("/base/arxiv/api/query", new[] { "id_list", "max_results" }, v => arxiv.ByIds(new[] { v }, default)),
            _ => ("/base/arxiv/api/query", new[] { "search_query", "start", "max_results" },
                v => arxiv.SearchTitle(v, default)),
        };
    }

    /// <summary>What the server must read back: the value, except where a title search sends its words only.</summary>
    private static string Expected(string call, string value)
        => call == "arXiv title search" ? TextNormalizer.NormalizeTitle(value)
         : call == "Crossref bibliographic search" || call == "Hugging Face paper search" ? Whitespace.Collapse(value)!
         : value;

    private static (string Path, string Query) Split(string target)
    {
        var at = target.IndexOf('?');
        return at < 0 ? (target, string.Empty) : (target.Substring(0, at), target.Substring(at + 1));
    }
}

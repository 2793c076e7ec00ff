#nullable enable
using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using PaperTools.Diagnostics;
using PaperTools.Metadata;
using PaperTools.Tests.Metadata.Loopback;
using Xunit;

namespace PaperTools.Tests.Metadata;

/// <summary>
/// Issue 21, case 1 and the redirect policy: a reply that cannot be decoded, names a charset .NET cannot read, or
/// redirects where it should not is a named error for the paper it was for; the other papers pass through, completed.
/// A redirect is followed only within the service's origin or to another configured service, and MetadataSource then
/// says who answered. Parsing counts inside the time limit; a fault inside PaperTools is MetadataClientFault.
/// </summary>
public class ServiceCallFaultTests
{
    private const string Doomed = "First Paper Meets The Hostile Server";
    private static readonly KnownPaper DoomedRecord = MetadataTestBed.Record("2502.08001", Doomed, "Ada Lovelace");
    private static readonly KnownPaper Fine =
        MetadataTestBed.Record("2502.08457", "Learning Theory for Kernel Bilevel Optimization", "Samuel Vaiter");
    private static readonly (string, string) Json = ("Content-Type", "application/json");

    private static byte[] List(KnownPaper paper)
        => Encoding.UTF8.GetBytes(ServiceReplies.HuggingFaceList(new[] { paper }, "2025-02-12"));

    /// <summary>The answers of a server that behaves: the list of <see cref="Fine"/> to its search, 404 to the rest.</summary>
    private static byte[] Normal(string target)
        => target.StartsWith("/hf/api/papers/search", StringComparison.Ordinal)
            ? RawReplyServer.Reply(200, List(Fine), Json)
            : RawReplyServer.Reply(404, "{}", Json);

    private static byte[] Redirect(int status, string location)
        => RawReplyServer.Reply(status, Array.Empty<byte>(), ("Location", location));

    private static MetadataOptions Options(string hf, string arxiv) => new()
    {
        Endpoints = new MetadataEndpoints(arxiv, hf, arxiv + "/crossref"),
        Sources = new[] { MetadataService.HuggingFace },
        // Loopback replies come at once; a loaded 2-core machine once took over 5 s for one. The timeout test sets 1 s.
        Timeout = TimeSpan.FromSeconds(30),
        MaxRetries = 0,
        HuggingFaceInterval = TimeSpan.Zero,
    };

    private static (Paper[] Papers, RecordingReporter Reporter) Run(MetadataOptions options)
    {
        var reporter = new RecordingReporter();
        options.CachePath = Path.Combine(Path.GetTempPath(), "papertools-tests", Guid.NewGuid().ToString("N"));
        using var updater = new MetadataUpdater(options, reporter.ToReporter(), new ManualClock());
        var input = new[] { new Paper { Title = Doomed }, new Paper { Title = Fine.Title } };
        var papers = updater.Update(input, default).ToArray();
        return (papers, reporter);
    }

    public static TheoryData<string, string> Faults() => new()
    {
        { "corrupt gzip", "compressed body cannot be decoded" },
        { "corrupt deflate", "compressed body cannot be decoded" },
        { "charset utf-7", "charset 'utf-7'" },
        { "unknown charset", "charset 'x-no-such-charset'" },
        { "redirect to file:", "file: address" },
        { "redirect to ftp:", "ftp: address" },
        { "redirect to another origin", "not a configured service" },
    };

    private static byte[] Fault(string kind, string otherOrigin)
    {
        var json = List(DoomedRecord);
        var gzipHeader = new byte[] { 0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3 };
        var junk = Enumerable.Repeat((byte)0xff, 64).ToArray();
        return kind switch
        {
            "corrupt gzip" => RawReplyServer.Reply(200, gzipHeader.Concat(junk).ToArray(), Json, ("Content-Encoding", "gzip")),
            "corrupt deflate" => RawReplyServer.Reply(200, junk, Json, ("Content-Encoding", "deflate")),
            "charset utf-7" => RawReplyServer.Reply(200, json, ("Content-Type", "application/json; charset=utf-7")),
            "unknown charset" => RawReplyServer.Reply(200, json, ("Content-Type", "text/json; charset=x-no-such-charset")),
            "redirect to file:" => Redirect(302, "file:///etc/passwd"),
            "redirect to ftp:" => Redirect(301, "ftp://127.0.0.1/etc/passwd"),
            _ => Redirect(307, otherOrigin + "/hf/api/papers/search?q=stolen"),
        };
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public void OneBadReplyIsANamedErrorForItsPaperAndTheOthersPassThrough(string kind, string said)
    {
        using var elsewhere = new RawReplyServer(_ => RawReplyServer.Reply(200, List(DoomedRecord), Json));
        // Another origin of the same machine: "localhost" is not the configured "127.0.0.1".
        var otherOrigin = elsewhere.Root.Replace("127.0.0.1", "localhost", StringComparison.Ordinal);
        using var server = new RawReplyServer(target =>
            target.Contains("q=First", StringComparison.Ordinal) ? Fault(kind, otherOrigin) : Normal(target));

        var (papers, reporter) = Run(Options(server.Root + "/hf/api", server.Root + "/arxiv/api/query"));

        var problem = Assert.Single(reporter.Problems);
        Assert.Equal(ErrorIds.MetadataResponseInvalid, problem.ErrorId);
        Assert.Contains(said, problem.Message, StringComparison.Ordinal);
        Assert.Null(papers[0].ArxivId);
        Assert.Null(papers[0].MetadataSource);
        Assert.Equal(Fine.ArxivId, papers[1].ArxivId);
        Assert.Empty(elsewhere.Targets);
    }

    [Fact]
    public void ARedirectToAnotherConfiguredServiceIsFollowedAndMetadataSourceSaysWhoAnswered()
    {
        using var mirror = new RawReplyServer(_ => RawReplyServer.Reply(200, List(DoomedRecord), Json));
        using var server = new RawReplyServer(target => target.Contains("q=First", StringComparison.Ordinal)
            ? Redirect(302, mirror.Root + "/mirror/search?q=First")
            : Normal(target));

        // The mirror's origin is configured, as the arXiv endpoint.
        var (papers, reporter) = Run(Options(server.Root + "/hf/api", mirror.Root + "/arxiv/api/query"));

        Assert.Empty(reporter.Problems);
        Assert.Equal(DoomedRecord.ArxivId, papers[0].ArxivId);
        Assert.Contains("answered by " + mirror.Root, papers[0].MetadataSource, StringComparison.Ordinal);
        Assert.DoesNotContain("answered by", papers[1].MetadataSource, StringComparison.Ordinal);
        Assert.Equal(new[] { "/mirror/search?q=First" }, mirror.Targets);
    }

    [Fact]
    public void ParsingCountsInsideTheTimeLimit()
    {
        using var server = new RawReplyServer(_ => RawReplyServer.Reply(200, "[]", Json));
        var options = Options(server.Root + "/hf/api", server.Root + "/arxiv/api/query");
        options.Timeout = TimeSpan.FromSeconds(1);
        var reporter = new RecordingReporter();
        using var fetcher = new MetadataFetcher(options, new ManualClock(), null, reporter.ToReporter());
        var url = server.Root + "/hf/api/papers/search?q=slow";
        var request = new MetadataRequest(MetadataService.HuggingFace, url, null, "paper search");
        var clock = Stopwatch.StartNew();

        // A parse that runs until it is told to stop: only the request's time limit can stop it.
        var value = fetcher.Get(request, (reply, deadline) =>
        {
            deadline.WaitHandle.WaitOne(TimeSpan.FromSeconds(30));
            deadline.ThrowIfCancellationRequested();
            return reply.Body;
        }, CancellationToken.None);

        Assert.Null(value);
        Assert.Equal(ErrorIds.MetadataTimeout, Assert.Single(reporter.Problems).ErrorId);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"the parse ran {clock.Elapsed.TotalSeconds:0.0} s (limit: 1 s)");
    }

    [Fact]
    public void AnExceptionNoReplyShouldCauseIsAMetadataClientFaultNamingIt()
    {
        using var server = new RawReplyServer(_ => RawReplyServer.Reply(200, "[]", Json));
        var options = Options(server.Root + "/hf/api", server.Root + "/arxiv/api/query");
        var reporter = new RecordingReporter();
        using var fetcher = new MetadataFetcher(options, new ManualClock(), null, reporter.ToReporter());
        MetadataRequest Request(string q)
            => new(MetadataService.HuggingFace, server.Root + "/hf/api/papers/search?q=" + q, null, "paper search");

        var faulted = fetcher.Get<string>(Request("a"), (_, _) => throw new InvalidOperationException("a bug"), default);
        var next = fetcher.Get(Request("b"), (reply, _) => reply.Body, CancellationToken.None);

        Assert.Null(faulted);
        var problem = Assert.Single(reporter.Problems);
        Assert.Equal(ErrorIds.MetadataClientFault, problem.ErrorId);
        Assert.Contains("System.InvalidOperationException: a bug", problem.Message, StringComparison.Ordinal);
        Assert.Equal("[]", next); // the service is still asked
    }
}

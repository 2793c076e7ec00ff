#nullable enable
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;
using System.Threading;
using PaperTools.Diagnostics;
using PaperTools.Metadata;
using PaperTools.Tests.Metadata;
using PaperTools.Tests.Metadata.Loopback;
using Xunit;
using Xunit.Abstractions;

namespace PaperTools.Tests.Fuzz;

/// <summary>
/// The metadata client against a hostile service (issue 21): every reply fixture, mutated (see <see cref="Mutator"/>),
/// served by a loopback server with random status codes, charsets, content encodings (valid and corrupt), framing
/// (wrong Content-Length, broken chunks), Retry-After values and redirects (same origin, other origins, file:, ftp:,
/// garbage), to every service call. Every reply must end as a paper list, an absence, or one of the metadata error ids
/// a reply can cause: no exception reaches the caller and none is a MetadataClientFault. PAPERTOOLS_FUZZ=full serves
/// 10,000 replies (see <see cref="FuzzSettings"/>); waits (Retry-After, backoff) are taken on a manual clock.
/// </summary>
[Collection(FuzzCollection.Name)]
[Trait("Category", "Fuzz")]
public class ServiceReplyFuzzTests
{
    private static readonly string[] ReplyFolders = { "metadata", "huggingface-json", "service-errors" };

    private static readonly HashSet<string> ReplyErrors = new(StringComparer.Ordinal)
    {
        ErrorIds.MetadataServiceUnavailable, ErrorIds.MetadataTimeout, ErrorIds.MetadataResponseInvalid,
        ErrorIds.MetadataCacheUnavailable, ErrorIds.MetadataCacheEntryInvalid,
    };

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly int[] Statuses =
    {
        200, 200, 200, 200, 200, 200, 200, 200, 404, 404, 301, 302, 303, 307, 308, 429, 503, 500, 502, 400, 204, 304, 418,
        999, 100,
    };

    private static readonly string?[] ContentTypes =
    {
        "application/json", "application/json; charset=utf-8", "application/atom+xml; charset=UTF-8", "text/html", null,
        "",
        "text/plain; charset=iso-8859-1", "application/json; charset=utf-16", "application/json; charset=utf-7",
        "application/json; charset=x-bogus", "application/json; charset=\"utf-8\"", "application/json; charset=",
        "/;;=",
    };

    private static readonly string[] RetryAfters =
        { "0", "1", "3600", "-1", "abc", "Wed, 21 Oct 2015 07:28:00 GMT", "99999999999999999999" };

    private readonly ITestOutputHelper output;

    public ServiceReplyFuzzTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void HostileRepliesEndAsNamedErrorsNeverExceptions()
    {
        var seeds = ReplyFolders.SelectMany(f => Directory.GetFiles(Fixture.Path(f), "*", SearchOption.AllDirectories))
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        var random = new Random(FuzzSettings.Seed);
        var target = FuzzSettings.ServiceReplyCount;
        var served = 0;
        string? root = null;
        using var server = new RawReplyServer(_ =>
        {
            lock (random)
            {
                served++;
                return Hostile(random, seeds, root!);
            }
        });
        root = server.Root;
        var clock = new ManualClock();
        var cache = Path.Combine(Path.GetTempPath(), "papertools-fuzz-cache", Guid.NewGuid().ToString("N"));
        var endpoints = new MetadataEndpoints(root + "/arxiv/api/query", root + "/hf/api", root + "/crossref");
        var findings = new List<string>();
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        var watch = Stopwatch.StartNew();

        for (var call = 0; served < target && findings.Count < 20; call++)
        {
            var options = new MetadataOptions
            {
                Endpoints = endpoints, Timeout = TimeSpan.FromSeconds(5), MaxRetries = 1, Contact = "fuzz@example.org",
                ArxivInterval = TimeSpan.Zero, HuggingFaceInterval = TimeSpan.Zero, CrossrefInterval = TimeSpan.Zero,
            };
            var problems = new List<Problem>();
            var reporter = new MetadataReporter(problems.Add);
            var responses = new ResponseCache(cache, TimeSpan.FromDays(30), clock, problems.Add);
            using var fetcher = new MetadataFetcher(options, clock, responses, reporter);
            var kind = call % 7;
            try
            {
                var papers = Call(kind, call, fetcher, endpoints, options.Contact);
                Count(outcomes, papers == null ? "no answer" : $"{papers.Count} papers");
            }
            catch (Exception ex)
            {
                findings.Add($"call {call} (kind {kind}): {ex.GetType().FullName}: {ex.Message}");
            }
            foreach (var problem in problems)
            {
                Count(outcomes, problem.ErrorId);
                if (!ReplyErrors.Contains(problem.ErrorId))
                    findings.Add($"call {call} (kind {kind}): {problem.ErrorId}: {problem.Message}");
            }
        }

        if (Directory.Exists(cache)) Directory.Delete(cache, recursive: true);
        var summary = $"{served:N0} replies in {watch.Elapsed.TotalSeconds:0.0} s; outcomes: "
            + string.Join(", ", outcomes.OrderByDescending(o => o.Value).Select(o => $"{o.Key} {o.Value}"));
        output.WriteLine(summary);
        Console.WriteLine(summary);
        Assert.True(findings.Count == 0, summary + "\n" + string.Join("\n", findings));
    }

    private static IReadOnlyList<Paper>? Call(
        int kind, int call, MetadataFetcher fetcher, MetadataEndpoints endpoints, string contact)
    {
        // Each call asks a new address, so the cache never answers in the server's place.
        var n = call.ToString(Invariant);
        var none = CancellationToken.None;
        return kind switch
        {
            0 => new HuggingFaceClient(fetcher, endpoints).Search("Kernel bilevel optimization " + n, none),
            1 => new HuggingFaceClient(fetcher, endpoints).DailyPapers(new DateTime(2000, 1, 1).AddDays(call), none),
            2 => new HuggingFaceClient(fetcher, endpoints).Paper("2502." + n.PadLeft(5, '0'), none),
            3 => new ArxivClient(fetcher, endpoints).ByIds(new[] { "2502." + n.PadLeft(5, '0'), "hep-ex/0307015" }, none),
            4 => new ArxivClient(fetcher, endpoints).SearchTitle("Learning theory " + n, none),
            5 => new CrossrefClient(fetcher, endpoints, contact).Work("10.1371/journal.pone." + n, none),
            _ => new CrossrefClient(fetcher, endpoints, contact).Search("Methylphenidate exposure " + n, none),
        };
    }

    /// <summary>One whole reply: status, headers and body, each drawn from what broken or hostile services send.</summary>
    private static byte[] Hostile(Random random, IReadOnlyList<byte[]> seeds, string root)
    {
        var status = Statuses[random.Next(Statuses.Length)];
        var seed = seeds[random.Next(seeds.Count)];
        var body = random.Next(10) switch
        {
            0 => Array.Empty<byte>(),
            1 or 2 => seed,
            _ => Mutator.Mutate(random, seed, seeds),
        };
        var headers = new List<(string, string)>();
        var contentType = ContentTypes[random.Next(ContentTypes.Length)];
        if (contentType != null) headers.Add(("Content-Type", contentType));
        if (status is >= 300 and < 400 || random.Next(20) == 0) headers.Add(("Location", Location(random, root)));
        if (status is 429 or 503 || random.Next(20) == 0)
            headers.Add(("Retry-After", RetryAfters[random.Next(RetryAfters.Length)]));
        if (random.Next(10) == 0) headers.Add(("X-Rate-Limit-Limit", random.Next(3) == 0 ? "0" : "50"));
        if (random.Next(10) == 0) headers.Add(("X-Rate-Limit-Interval", random.Next(2) == 0 ? "1s" : "-5s"));
        switch (random.Next(16))
        {
            case 0:
                body = Compress(body, s => new GZipStream(s, CompressionLevel.Fastest));
                headers.Add(("Content-Encoding", "gzip"));
                break;
            case 1:
                body = Compress(body, s => new DeflateStream(s, CompressionLevel.Fastest));
                headers.Add(("Content-Encoding", "deflate"));
                break;
            case 2:
                body = Compress(body, s => new BrotliStream(s, CompressionLevel.Fastest));
                headers.Add(("Content-Encoding", "br"));
                break;
            case 3:
                body = Corrupt(random, Compress(body, s => new GZipStream(s, CompressionLevel.Fastest)));
                headers.Add(("Content-Encoding", "gzip"));
                break;
            case 4: // declared, not applied
                headers.Add(("Content-Encoding", random.Next(2) == 0 ? "deflate" : "br"));
                break;
            case 5: headers.Add(("Content-Encoding", random.Next(2) == 0 ? "x-unknown" : "gzip, identity")); break;
        }
        switch (random.Next(12))
        {
            case 0: headers.Add(("Content-Length", (body.Length + 1 + random.Next(1000)).ToString(Invariant))); break;
            case 1: headers.Add(("Content-Length", random.Next(Math.Max(1, body.Length)).ToString(Invariant))); break;
            case 2: headers.Add(("Transfer-Encoding", "chunked")); body = Chunked(random, body); break;
            case 3: headers.Add(("Content-Length", random.Next(2) == 0 ? "-1" : "abc")); break;
        }
        return RawReplyServer.Reply(status, body, headers.ToArray());
    }

    private static string Location(Random random, string root) => random.Next(10) switch
    {
        0 => root + "/hf/api/papers/search?q=moved",
        1 => "../../../../etc/passwd",
        2 => "file:///etc/passwd",
        3 => "ftp://127.0.0.1/pub",
        4 => root.Replace("127.0.0.1", "localhost", StringComparison.Ordinal) + "/crossref/works",
        5 => "//127.0.0.2:1/x",
        6 => "http://[::1",
        7 => "javascript:alert(1)",
        8 => string.Empty,
        _ => new string(Enumerable.Range(0, 1 + random.Next(40)).Select(_ => (char)(0x21 + random.Next(0x5e))).ToArray()),
    };

    private static byte[] Compress(byte[] body, Func<Stream, Stream> compressor)
    {
        var buffer = new MemoryStream();
        using (var stream = compressor(buffer)) stream.Write(body, 0, body.Length);
        return buffer.ToArray();
    }

    private static byte[] Corrupt(Random random, byte[] data)
    {
        var copy = (byte[])data.Clone();
        for (var flips = 1 + random.Next(8); flips > 0 && copy.Length > 10; flips--)
            copy[10 + random.Next(copy.Length - 10)] ^= (byte)(1 + random.Next(255));
        return random.Next(3) == 0 ? copy.Take(random.Next(copy.Length + 1)).ToArray() : copy;
    }

    /// <summary>The body in chunks, sometimes framed wrong: a size that lies, no last chunk, junk for a size.</summary>
    private static byte[] Chunked(Random random, byte[] body)
    {
        var result = new MemoryStream();
        void Ascii(string text) => result.Write(Encoding.ASCII.GetBytes(text));
        for (var at = 0; at < body.Length;)
        {
            var size = Math.Min(body.Length - at, 1 + random.Next(8192));
            var said = random.Next(30) == 0 ? size + random.Next(-5, 50) : size;
            Ascii(random.Next(60) == 0 ? "zz\r\n" : said.ToString("x", Invariant) + "\r\n");
            result.Write(body, at, size);
            Ascii("\r\n");
            at += size;
        }
        if (random.Next(5) != 0) Ascii("0\r\n\r\n");
        return result.ToArray();
    }

    private static void Count(Dictionary<string, int> counts, string key)
        => counts[key] = counts.GetValueOrDefault(key) + 1;
}

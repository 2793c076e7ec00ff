using System;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using PaperTools.Diagnostics;
using PaperTools.Metadata;
using PaperTools.Tests.Metadata.Loopback;
using Xunit;

namespace PaperTools.Tests.Metadata;

/// <summary>
/// Every network fault is one named, non-terminating problem; the papers the request was for pass through unchanged and
/// the run goes on. Waits (Retry-After, backoff, spacing) are taken on the manual clock, so these tests do not sleep.
/// </summary>
public class NetworkFaultTests
{
    private const string Title = "Learning Theory for Kernel Bilevel Optimization";

    private static MetadataTestBed BedWithOnePaper()
    {
        var bed = new MetadataTestBed();
        bed.Catalog.Add(MetadataTestBed.Record("2502.08457", Title, "Samuel Vaiter"));
        bed.Options.Sources = new[] { MetadataService.HuggingFace };
        return bed;
    }

    private static Paper[] OnePaper() => new[] { new Paper { Title = Title } };

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public void RetryAfterIsWaitedForAndTheRetryAnswers(int status)
    {
        using (var bed = BedWithOnePaper())
        {
            bed.Server.Enqueue("hf", Fault.Status(status, retryAfterSeconds: 7, body: "slow down"));

            var (papers, updater) = bed.Run(OnePaper());

            Assert.Empty(bed.Reporter.Problems);
            Assert.Equal("2502.08457", papers[0].ArxivId);
            var sent = updater.Log.Records.Where(r => r.Outcome == RequestOutcome.Sent).ToList();
            Assert.Equal(new int?[] { status, 200 }, sent.Select(r => r.Status));
            Assert.True(sent[1].At - sent[0].At >= TimeSpan.FromSeconds(7), $"the retry came {(sent[1].At - sent[0].At).TotalSeconds} s after the {status}");
            Assert.Contains(bed.Reporter.ProgressReports, p => p.Activity.Contains("Retry-After") && p.Wait >= TimeSpan.FromSeconds(6.9));
        }
    }

    [Fact]
    public void AThrottleReplySentWithStatus200IsARateLimitAndIsRetried()
    {
        using (var bed = BedWithOnePaper())
        {
            bed.Server.Enqueue("hf", Fault.Status(200, body: "Rate exceeded."));
            var (papers, updater) = bed.Run(OnePaper());
            Assert.Empty(bed.Reporter.Problems);
            Assert.Equal("2502.08457", papers[0].ArxivId);
            Assert.Equal(2, updater.Log.Count(RequestOutcome.Sent));
        }
    }

    [Fact]
    public void ServerErrorsAreRetriedWithDoublingWaitsAndThenReportedOnce()
    {
        using (var bed = BedWithOnePaper())
        {
            bed.Options.MaxRetries = 3;
            bed.Server.Enqueue("hf", Enumerable.Repeat(Fault.Status(500, body: "Internal Server Error"), 4).ToArray());
            var second = new Paper { Title = "Another Paper Entirely" };

            var (papers, updater) = bed.Run(new[] { OnePaper()[0], second });

            var problem = Assert.Single(bed.Reporter.Problems);
            Assert.Equal(ErrorIds.MetadataServiceUnavailable, problem.ErrorId);
            Assert.Contains("HTTP 500: Internal Server Error (4 attempts)", problem.Message);
            Assert.Null(papers[0].ArxivId);
            Assert.Same(second, papers[1]);
            var sent = updater.Log.Records.Where(r => r.Outcome == RequestOutcome.Sent).Select(r => r.At).ToList();
            Assert.Equal(4, sent.Count);
            Assert.Equal(new[] { 1.0, 2.0, 4.0 }, sent.Zip(sent.Skip(1), (a, b) => Math.Round((b - a).TotalSeconds, 1)));
            // Hugging Face is given up for the run: the second paper's search is not sent.
            Assert.Equal(4, bed.Server.Count("hf"));
            Assert.Contains(updater.Log.Records, r => r.Outcome == RequestOutcome.Skipped);
            Assert.Single(updater.FailedServices);
        }
    }

    [Fact]
    public void AJsonErrorReplyIsQuotedEvenWhenItEscapesHalfASurrogatePair()
    {
        using (var bed = BedWithOnePaper())
        {
            bed.Options.MaxRetries = 0;
            bed.Server.Enqueue("hf", Fault.Status(500, body: "{\"error\": \"Internal \\ud800 error\"}", contentType: "application/json"));

            bed.Run(OnePaper());

            var problem = Assert.Single(bed.Reporter.Problems);
            Assert.Equal(ErrorIds.MetadataServiceUnavailable, problem.ErrorId);
            Assert.Contains("HTTP 500: Internal \uFFFD error", problem.Message);
        }
    }

    [Fact]
    public void ARetryAfterLongerThanPaperToolsWaitsGivesTheServiceUp()
    {
        using (var bed = BedWithOnePaper())
        {
            bed.Server.Enqueue("hf", Fault.Status(429, retryAfterSeconds: 3600));

            var (papers, _) = bed.Run(OnePaper());

            var problem = Assert.Single(bed.Reporter.Problems);
            Assert.Equal(ErrorIds.MetadataServiceUnavailable, problem.ErrorId);
            Assert.Contains("asks to wait 3600 s", problem.Message);
            Assert.DoesNotContain(bed.Clock.Sleeps, s => s >= TimeSpan.FromMinutes(2));
            Assert.Null(papers[0].ArxivId);
        }
    }

    [Fact]
    public void ASlowAnswerTimesOut()
    {
        using (var bed = BedWithOnePaper())
        {
            bed.Options.Timeout = TimeSpan.FromMilliseconds(300);
            bed.Options.MaxRetries = 1;
            bed.Server.Enqueue("hf", Fault.Slow(TimeSpan.FromSeconds(3)), Fault.Slow(TimeSpan.FromSeconds(3)));

            var (papers, _) = bed.Run(OnePaper());

            var problem = Assert.Single(bed.Reporter.Problems);
            Assert.Equal(ErrorIds.MetadataTimeout, problem.ErrorId);
            Assert.Equal(ProblemCategory.OperationTimeout, problem.Category);
            Assert.Contains("no complete answer within 0.3 s (2 attempts)", problem.Message);
            Assert.Null(papers[0].ArxivId);
        }
    }

    [Fact]
    public void ASlowAnswerWithinTheTimeLimitIsUsed()
    {
        using (var bed = BedWithOnePaper())
        {
            bed.Options.Timeout = TimeSpan.FromSeconds(5);
            bed.Server.Enqueue("hf", Fault.Slow(TimeSpan.FromMilliseconds(400)));
            var (papers, _) = bed.Run(OnePaper());
            Assert.Empty(bed.Reporter.Problems);
            Assert.Equal("2502.08457", papers[0].ArxivId);
        }
    }

    [Fact]
    public void AnAnswerCutShortIsAskedForAgain()
    {
        using (var bed = BedWithOnePaper())
        {
            bed.Server.Enqueue("hf", Fault.CutShort());
            var (papers, _) = bed.Run(OnePaper());
            Assert.Empty(bed.Reporter.Problems);
            Assert.Equal("2502.08457", papers[0].ArxivId);
            Assert.Equal(2, bed.Server.Count("hf"));
        }
    }

    [Fact]
    public void AnAnswerCutShortEveryTimeIsAnInvalidResponse()
    {
        using (var bed = BedWithOnePaper())
        {
            bed.Options.MaxRetries = 1;
            bed.Server.Enqueue("hf", Fault.CutShort(), Fault.CutShort());
            var (papers, _) = bed.Run(OnePaper());
            var problem = Assert.Single(bed.Reporter.Problems);
            Assert.Equal(ErrorIds.MetadataResponseInvalid, problem.ErrorId);
            Assert.Contains("cut short", problem.Message);
            Assert.Null(papers[0].ArxivId);
        }
    }

    [Theory]
    [InlineData(MetadataService.HuggingFace, "hf")]
    [InlineData(MetadataService.Arxiv, "arxiv")]
    [InlineData(MetadataService.Crossref, "crossref")]
    public void AMalformedBodyIsAnInvalidResponseAndIsNotKept(MetadataService service, string name)
    {
        using (var bed = BedWithOnePaper())
        {
            var record = bed.Catalog.Records.Single();
            record.Doi = "10.5555/kbo";
            bed.Options.Sources = new[] { service };
            bed.Server.Enqueue(name, Fault.Malformed());

            var (papers, _) = bed.Run(OnePaper());

            var problem = Assert.Single(bed.Reporter.Problems);
            Assert.Equal(ErrorIds.MetadataResponseInvalid, problem.ErrorId);
            Assert.Contains("cannot be used", problem.Message);
            Assert.Null(papers[0].ArxivId);
            // Not cached: the next run asks again and gets the whole answer.
            var (again, _) = bed.Run(OnePaper());
            Assert.Empty(bed.Reporter.Problems);
            Assert.Equal("2502.08457", again[0].ArxivId);
        }
    }

    [Fact]
    public void AnHtmlPageInsteadOfJsonIsAnInvalidResponse()
    {
        using (var bed = BedWithOnePaper())
        {
            bed.Server.Enqueue("hf", Fault.HtmlPage());
            var (papers, _) = bed.Run(OnePaper());
            var problem = Assert.Single(bed.Reporter.Problems);
            Assert.Equal(ErrorIds.MetadataResponseInvalid, problem.ErrorId);
            Assert.Contains("HTML page (Sign in - Network Access)", problem.Message);
            Assert.Null(papers[0].ArxivId);
        }
    }

    [Fact]
    public void AnHtmlErrorPageWithA502IsRetried()
    {
        using (var bed = BedWithOnePaper())
        {
            bed.Server.Enqueue("hf", Fault.HtmlPage(502));
            var (papers, _) = bed.Run(OnePaper());
            Assert.Empty(bed.Reporter.Problems);
            Assert.Equal("2502.08457", papers[0].ArxivId);
        }
    }

    [Fact]
    public void ArxivsErrorFeedIsAnInvalidResponseQuotingArxivNeverAPaper()
    {
        using (var bed = BedWithOnePaper())
        {
            bed.Options.Sources = new[] { MetadataService.Arxiv };
            bed.Server.Enqueue("arxiv", Fault.ArxivError("malformed query: unbalanced quotes"));

            var (papers, _) = bed.Run(OnePaper());

            var problem = Assert.Single(bed.Reporter.Problems);
            Assert.Equal(ErrorIds.MetadataResponseInvalid, problem.ErrorId);
            Assert.Contains("malformed query: unbalanced quotes", problem.Message);
            Assert.Null(papers[0].ArxivId);
            Assert.NotEqual("Error", papers[0].Title);
        }
    }

    [Fact]
    public void ArxivsErrorFeedWithStatus200IsAlsoRefused()
    {
        using (var bed = BedWithOnePaper())
        {
            bed.Options.Sources = new[] { MetadataService.Arxiv };
            var error = System.IO.File.ReadAllText(Fixture.Path("metadata", "arxiv", "user_manual_error_incorrect_id.xml"));
            bed.Server.Replay("/arxiv/api/query?id_list=1234.12345&max_results=1", 200, "application/atom+xml", error);

            var (papers, _) = bed.Run(new[] { new Paper { Title = "A paper with a mistyped id", ArxivId = "1234.12345" } });

            var problem = Assert.Single(bed.Reporter.Problems);
            Assert.Equal(ErrorIds.MetadataResponseInvalid, problem.ErrorId);
            Assert.Contains("The arXiv API answered with an error instead of papers: \"incorrect id format for 1234.12345\"", problem.Message);
            Assert.Empty(papers[0].Authors);
        }
    }

    [Fact]
    public void ARefusedConnectionIsAServiceUnavailable()
    {
        using (var bed = BedWithOnePaper())
        {
            var closed = new TcpListener(IPAddress.Loopback, 0);
            closed.Start();
            var port = ((IPEndPoint)closed.LocalEndpoint).Port;
            closed.Stop();
            bed.Options.Endpoints = new MetadataEndpoints(bed.Server.ArxivApi, $"http://127.0.0.1:{port}/api", bed.Server.CrossrefApi);
            bed.Options.MaxRetries = 1;

            var (papers, _) = bed.Run(OnePaper());

            var problem = Assert.Single(bed.Reporter.Problems);
            Assert.Equal(ErrorIds.MetadataServiceUnavailable, problem.ErrorId);
            Assert.Contains("the connection failed", problem.Message);
            Assert.Null(papers[0].ArxivId);
        }
    }

    /// <summary>
    /// A DNS label over 63 characters cannot be put in a query, so the resolver fails it on this machine without asking a
    /// name server: a host-name failure that sends nothing anywhere.
    /// </summary>
    [Fact]
    public void AHostNameThatDoesNotResolveIsAServiceUnavailableWithoutRetries()
    {
        using (var bed = BedWithOnePaper())
        {
            bed.Options.Endpoints = new MetadataEndpoints(bed.Server.ArxivApi, "http://" + new string('x', 64) + ".invalid/api", bed.Server.CrossrefApi);

            var (papers, updater) = bed.Run(OnePaper());

            var problem = Assert.Single(bed.Reporter.Problems);
            Assert.Equal(ErrorIds.MetadataServiceUnavailable, problem.ErrorId);
            Assert.Contains("the host name does not resolve", problem.Message);
            Assert.Equal(1, updater.Log.Sent(MetadataService.HuggingFace));
            Assert.Null(papers[0].ArxivId);
        }
    }

    [Fact]
    public void AnUnwritableCacheIsOneWarningAndTheLookupsGoOn()
    {
        using (var bed = BedWithOnePaper())
        {
            var file = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "papertools-tests", Guid.NewGuid().ToString("N"));
            System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file));
            System.IO.File.WriteAllText(file, "a file where the cache folder should be");
            bed.Options.CachePath = file;

            var (papers, _) = bed.Run(new[] { OnePaper()[0], new Paper { Title = "Another Paper Entirely" } });

            var problem = Assert.Single(bed.Reporter.Problems);
            Assert.Equal(ErrorIds.MetadataCacheUnavailable, problem.ErrorId);
            Assert.Equal("2502.08457", papers[0].ArxivId);
        }
    }
}

using System;
using System.Linq;
using PaperTools.Metadata;
using Xunit;

namespace PaperTools.Tests.Metadata;

/// <summary>
/// arXiv's terms: no more than one request every three seconds, on one connection. Proven on the manual clock (the
/// times the fetcher recorded for each request), and once in real time with a short interval, measured by the server.
/// </summary>
public class RateLimitTests
{
    private static Paper[] Absent(int count) => Enumerable.Range(1, count).Select(i => new Paper { Title = $"A Paper No Service Holds, Number {i}" }).ToArray();

    [Fact]
    public void ArxivRequestsAreAtLeastThreeSecondsApartOnTheRunsClock()
    {
        using (var bed = new MetadataTestBed())
        {
            bed.Options.Sources = new[] { MetadataService.Arxiv };
            var (_, updater) = bed.Run(Absent(6));

            var times = updater.Log.Records.Where(r => r.Service == MetadataService.Arxiv && r.Outcome == RequestOutcome.Sent).Select(r => r.At).ToList();
            Assert.Equal(6, times.Count);
            var gaps = times.Zip(times.Skip(1), (a, b) => b - a).ToList();
            Assert.All(gaps, gap => Assert.True(gap >= TimeSpan.FromSeconds(3), $"two arXiv requests {gap.TotalSeconds} s apart"));
            // And no more than that: the run is as fast as the rule allows.
            Assert.All(gaps, gap => Assert.True(gap < TimeSpan.FromSeconds(3.1)));
            Assert.Contains(bed.Reporter.ProgressReports, p => p.Activity.StartsWith("waiting") && p.Activity.Contains("for arXiv: title search (its request spacing)"));
        }
    }

    [Fact]
    public void TheSpacingHoldsAcrossRetriesAndAcrossWindows()
    {
        using (var bed = new MetadataTestBed())
        {
            bed.Options.Sources = new[] { MetadataService.Arxiv };
            bed.Server.Enqueue("arxiv", Loopback.Fault.Status(503));
            var (_, updater) = bed.Run(Absent(MetadataUpdater.WindowSize + 2));

            var times = updater.Log.Records.Where(r => r.Outcome == RequestOutcome.Sent).Select(r => r.At).ToList();
            Assert.Equal(MetadataUpdater.WindowSize + 3, times.Count);
            Assert.All(times.Zip(times.Skip(1), (a, b) => b - a), gap => Assert.True(gap >= TimeSpan.FromSeconds(3)));
        }
    }

    [Fact]
    public void TwoRunsInARowKeepTheSpacingBetweenThem()
    {
        using (var bed = new MetadataTestBed())
        {
            bed.Options.Sources = new[] { MetadataService.Arxiv };
            var (_, first) = bed.Run(Absent(1));
            var (_, second) = bed.Run(new[] { new Paper { Title = "Yet Another Paper No Service Holds" } });
            var last = first.Log.Records.Last(r => r.Outcome == RequestOutcome.Sent).At;
            var next = second.Log.Records.First(r => r.Outcome == RequestOutcome.Sent).At;
            Assert.True(next - last >= TimeSpan.FromSeconds(3), $"{(next - last).TotalSeconds} s between two runs");
        }
    }

    /// <summary>
    /// The real clock really waits. Measured where the rule applies, when each request is sent (the server's arrival times
    /// cannot show it: a busy test machine may parse one request late and the next on time), and over the whole run.
    /// </summary>
    [Fact]
    public void TheSpacingIsKeptInRealTime()
    {
        using (var bed = new MetadataTestBed())
        {
            bed.Options.Sources = new[] { MetadataService.Arxiv };
            bed.Options.ArxivInterval = TimeSpan.FromMilliseconds(250);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var updater = new MetadataUpdater(bed.Options, bed.Reporter.ToReporter(), Clock.System);
            using (updater) updater.Update(Absent(4), default);
            watch.Stop();

            var sent = updater.Log.Records.Where(r => r.Outcome == RequestOutcome.Sent).Select(r => r.At).ToList();
            Assert.Equal(4, sent.Count);
            Assert.Equal(4, bed.Server.Count("arxiv"));
            Assert.All(sent.Zip(sent.Skip(1), (a, b) => b - a), gap => Assert.True(gap >= TimeSpan.FromMilliseconds(249), $"{gap.TotalMilliseconds} ms apart"));
            Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(3 * 249), $"four requests took {watch.Elapsed.TotalMilliseconds} ms");
        }
    }

    [Fact]
    public void CrossrefsStatedLimitWidensItsSpacing()
    {
        var clock = new ManualClock();
        var limiter = new RateLimiter(TimeSpan.FromSeconds(0.2), clock);
        limiter.WaitTurn(default);
        limiter.AtLeast(TimeSpan.FromSeconds(1.0 / 50));
        limiter.WaitTurn(default);
        Assert.Equal(TimeSpan.FromSeconds(0.2), clock.Sleeps.Last());
        limiter.AtLeast(TimeSpan.FromSeconds(1.0 / 2));
        limiter.WaitTurn(default);
        Assert.Equal(TimeSpan.FromSeconds(0.5), clock.Sleeps.Last());
    }
}

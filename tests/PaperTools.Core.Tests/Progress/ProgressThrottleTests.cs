using System;
using System.Diagnostics;
using System.Threading;
using PaperTools.Progress;
using Xunit;

namespace PaperTools.Core.Tests.Progress;

public class ProgressThrottleTests
{
    [Fact]
    public void TheFirstAskIsDueAndTheNextOnlyAfterTheInterval()
    {
        var throttle = new ProgressThrottle(TimeSpan.FromMilliseconds(200));
        Assert.True(throttle.IsDue());
        Assert.False(throttle.IsDue());
        Thread.Sleep(250);
        Assert.True(throttle.IsDue());
        Assert.False(throttle.IsDue());
    }

    [Fact]
    public void AskingInATightLoopSaysYesAtMostOncePerInterval()
    {
        var throttle = new ProgressThrottle(TimeSpan.FromMilliseconds(50));
        var clock = Stopwatch.StartNew();
        var due = 0;
        while (clock.ElapsedMilliseconds < 300) if (throttle.IsDue()) due++;
        Assert.InRange(due, 2, 300 / 50 + 1);
    }

    [Fact]
    public void TheDefaultIsFiveUpdatesASecond() => Assert.Equal(TimeSpan.FromMilliseconds(200), ProgressThrottle.DefaultInterval);
}

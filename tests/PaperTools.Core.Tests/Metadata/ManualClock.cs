using System;
using System.Collections.Generic;
using System.Threading;
using PaperTools.Metadata;

namespace PaperTools.Tests.Metadata;

/// <summary>A clock whose Sleep only moves the hands (and remembers each wait), so spacing and backoff are proven without waiting.</summary>
public sealed class ManualClock : Clock
{
    private readonly object gate = new object();
    private DateTimeOffset now = new DateTimeOffset(2026, 8, 20, 6, 0, 0, TimeSpan.Zero);

    public List<TimeSpan> Sleeps { get; } = new List<TimeSpan>();

    public override DateTimeOffset Now { get { lock (gate) return now; } }

    public override void Sleep(TimeSpan duration, CancellationToken cancellation)
    {
        cancellation.ThrowIfCancellationRequested();
        lock (gate)
        {
            Sleeps.Add(duration);
            if (duration > TimeSpan.Zero) now += duration;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (gate) now += by;
    }
}

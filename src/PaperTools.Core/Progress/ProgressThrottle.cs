using System.Diagnostics;

namespace PaperTools.Progress;

/// <summary>
/// Says when a progress update is due: at the first ask, then at most once per interval. Asking costs one clock
/// read, so long loops ask once per item and build a progress record only when one is due.
/// </summary>
public sealed class ProgressThrottle
{
    /// <summary>Five updates a second: smooth to watch, and each costs far less than a fifth of a second.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(200);

    private readonly long intervalTicks;
    private long nextDue;

    public ProgressThrottle() : this(DefaultInterval) { }

    public ProgressThrottle(TimeSpan interval)
    {
        intervalTicks = (long)(interval.TotalSeconds * Stopwatch.Frequency);
        nextDue = Stopwatch.GetTimestamp();
    }

    /// <summary>True when an update is due; the next one is then due an interval later.</summary>
    public bool IsDue()
    {
        var now = Stopwatch.GetTimestamp();
        if (now < nextDue) return false;
        nextDue = now + intervalTicks;
        return true;
    }
}

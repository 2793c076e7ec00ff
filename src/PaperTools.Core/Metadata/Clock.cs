using System.Diagnostics;

namespace PaperTools.Metadata;

/// <summary>
/// The time and the waiting that rate limits, retries and cache ages need, behind one seam: the real clock sleeps,
/// a test's clock only moves its hands, so a 3-second spacing can be proven without waiting 3 seconds.
/// </summary>
public abstract class Clock
{
    public static Clock System { get; } = new SystemClock();

    /// <summary>The current time; monotonic, so spacing never goes wrong when the wall clock is adjusted.</summary>
    public abstract DateTimeOffset Now { get; }

    /// <summary>Waits <paramref name="duration"/>, or until <paramref name="cancellation"/> is signalled (then
    /// throws).</summary>
    public abstract void Sleep(TimeSpan duration, CancellationToken cancellation);

    private sealed class SystemClock : Clock
    {
        private readonly DateTimeOffset start = DateTimeOffset.UtcNow;
        private readonly Stopwatch elapsed = Stopwatch.StartNew();

        public override DateTimeOffset Now => start + elapsed.Elapsed;

        public override void Sleep(TimeSpan duration, CancellationToken cancellation)
        {
            if (duration > TimeSpan.Zero) cancellation.WaitHandle.WaitOne(duration);
            cancellation.ThrowIfCancellationRequested();
        }
    }
}

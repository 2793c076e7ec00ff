using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace PaperTools.Metadata;

/// <summary>
/// Spaces the requests to one service: at least its interval between the starts of two requests (arXiv asks
/// for 3 seconds), and none before a time the service named in Retry-After. One limiter serves each endpoint for the
/// whole process (<see cref="Shared"/>), so two Update-PaperMetadata calls in a row, or in two runspaces, keep the
/// spacing between them too. Turns are taken under a lock and waited for outside it.
/// </summary>
public sealed class RateLimiter
{
    private static readonly ConditionalWeakTable<Clock, ConcurrentDictionary<string,
        RateLimiter>> PerClock = new ConditionalWeakTable<Clock, ConcurrentDictionary<string, RateLimiter>>();

    private readonly object gate = new object();
    private readonly Clock clock;
    private DateTimeOffset? lastStart;
    private DateTimeOffset notBefore = DateTimeOffset.MinValue;
    private TimeSpan interval;

    public RateLimiter(TimeSpan interval, Clock clock)
    {
        this.interval = interval;
        this.clock = clock;
    }

    /// <summary>The process's limiter for <paramref name="endpoint"/> on <paramref name="clock"/>; its interval is at
    /// least <paramref name="interval"/>.</summary>
    public static RateLimiter Shared(string endpoint, Clock clock, TimeSpan interval)
    {
        var limiter = PerClock.GetValue(clock, _ => new ConcurrentDictionary<string,
            RateLimiter>(StringComparer.OrdinalIgnoreCase))
            .GetOrAdd(endpoint, _ => new RateLimiter(interval, clock));
        limiter.AtLeast(interval);
        return limiter;
    }

    /// <summary>
    /// Waits for the next request's turn (telling <paramref name="waiting"/> when it must wait), marks its start and
    /// returns it. The
    /// start is the moment the wait ends, not the moment it was due: a thread woken late on a busy machine still leaves
    /// a full interval before the next request.
    /// </summary>
    public DateTimeOffset WaitTurn(CancellationToken cancellation, Action<TimeSpan>? waiting = null)
    {
        while (true)
        {
            TimeSpan wait;
            lock (gate)
            {
                var now = clock.Now;
                var turn = lastStart.HasValue ? lastStart.Value + interval : now;
                if (notBefore > turn) turn = notBefore;
                if (turn <= now)
                {
                    lastStart = now;
                    return now;
                }
                wait = turn - now;
            }
            waiting?.Invoke(wait);
            clock.Sleep(wait, cancellation);
        }
    }

    /// <summary>The service asked for no request before now + <paramref name="delay"/> (Retry-After, or a
    /// backoff).</summary>
    public void Defer(TimeSpan delay)
    {
        lock (gate)
        {
            var until = clock.Now + delay;
            if (until > notBefore) notBefore = until;
        }
    }

    /// <summary>A service that states its limit (Crossref: X-Rate-Limit-Limit 5 per X-Rate-Limit-Interval 1s) may ask
    /// for more spacing, never less.</summary>
    public void AtLeast(TimeSpan minimum)
    {
        lock (gate)
            if (minimum > interval) interval = minimum;
    }
}

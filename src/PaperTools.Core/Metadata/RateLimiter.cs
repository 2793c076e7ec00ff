using System;
using System.Threading;

namespace PaperTools.Metadata
{
    /// <summary>
    /// Spaces the requests to one service: at least <see cref="Interval"/> between the starts of two requests (arXiv asks
    /// for 3 seconds), and none before a time the service named in Retry-After. Requests to one service go one at a
    /// time, so one limiter per service is all the bookkeeping needed.
    /// </summary>
    public sealed class RateLimiter
    {
        private readonly Clock clock;
        private DateTimeOffset? lastStart;
        private DateTimeOffset notBefore = DateTimeOffset.MinValue;

        public RateLimiter(TimeSpan interval, Clock clock)
        {
            Interval = interval;
            this.clock = clock;
        }

        public TimeSpan Interval { get; private set; }

        /// <summary>How long the next request must wait from now.</summary>
        public TimeSpan Pending
        {
            get
            {
                var earliest = lastStart.HasValue ? lastStart.Value + Interval : DateTimeOffset.MinValue;
                if (notBefore > earliest) earliest = notBefore;
                var wait = earliest - clock.Now;
                return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
            }
        }

        /// <summary>Waits for the next request's turn (telling <paramref name="waiting"/> first when it must wait) and marks its start.</summary>
        public void WaitTurn(CancellationToken cancellation, Action<TimeSpan> waiting = null)
        {
            var wait = Pending;
            if (wait > TimeSpan.Zero)
            {
                waiting?.Invoke(wait);
                clock.Sleep(wait, cancellation);
            }
            lastStart = clock.Now;
        }

        /// <summary>The service asked for no request before now + <paramref name="delay"/> (Retry-After, or a backoff).</summary>
        public void Defer(TimeSpan delay)
        {
            var until = clock.Now + delay;
            if (until > notBefore) notBefore = until;
        }

        /// <summary>A service that states its limit (Crossref: X-Rate-Limit-Limit 5 per X-Rate-Limit-Interval 1s) may ask for more spacing, never less.</summary>
        public void AtLeast(TimeSpan interval)
        {
            if (interval > Interval) Interval = interval;
        }
    }
}

using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;

namespace PaperTools.Benchmarks
{
    /// <summary>A median wall time and, where it was taken, the peak memory of the same runs.</summary>
    internal sealed class Measurement
    {
        public Measurement(TimeSpan time, MemoryFigure peakMemory = null)
        {
            Time = time;
            PeakMemory = peakMemory;
        }

        public TimeSpan Time { get; }
        public MemoryFigure PeakMemory { get; }

        /// <summary>How many times each side runs; the median is reported. Set once from the command line.</summary>
        public static int Repeats { get; set; } = 3;

        /// <summary>
        /// The median of <see cref="Repeats"/> runs. A run under a second gets one untimed warm-up run first and at least
        /// seven timed ones, so JIT and first-touch costs never count; a longer run is its own warm-up, and the median
        /// drops it if it was slower. With <paramref name="memory"/>, each run's peak resident set above where it started
        /// is taken too (the largest of the runs is reported).
        /// </summary>
        public static Measurement Of(Action run, bool memory = true, Action beforeEach = null)
        {
            var times = new List<TimeSpan>();
            long peak = 0;
            var timed = Repeats;
            for (var i = 0; i < timed; i++)
            {
                beforeEach?.Invoke();
                var start = memory ? PeakMemoryProbe.Reset() : 0;
                var clock = Stopwatch.StartNew();
                run();
                var elapsed = clock.Elapsed;
                if (memory) peak = Math.Max(peak, PeakMemoryProbe.PeakSinceReset() - start);
                if (i == 0 && elapsed < TimeSpan.FromSeconds(1))
                {
                    // That was the warm-up: short runs are repeated enough for a stable median.
                    timed = Math.Max(Repeats, 7) + 1;
                    continue;
                }
                times.Add(elapsed);
            }
            times.Sort();
            return new Measurement(times[times.Count / 2], memory && PeakMemoryProbe.Available ? MemoryFigure.AboveStart(peak) : null);
        }
    }

    /// <summary>Peak resident memory: above where a run started (in this process), or a whole child process's.</summary>
    internal sealed class MemoryFigure
    {
        private MemoryFigure(long bytes, bool wholeProcess)
        {
            Bytes = bytes;
            WholeProcess = wholeProcess;
        }

        public long Bytes { get; }
        public bool WholeProcess { get; }

        public static MemoryFigure AboveStart(long bytes) => new MemoryFigure(Math.Max(0, bytes), false);
        public static MemoryFigure OfProcess(long bytes) => new MemoryFigure(bytes, true);

        public override string ToString()
            => (WholeProcess ? "" : "+") + (Bytes / (1024.0 * 1024.0)).ToString("N0", CultureInfo.InvariantCulture) + " MB";
    }
}

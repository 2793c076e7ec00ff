using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;

namespace PaperTools.Benchmarks;

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

    /// <summary>What the last run returned (a count), so a scenario's answer can be checked without running it again.</summary>
    public object Result { get; private set; }

    /// <summary>
    /// The median of <see cref="Repeats"/> runs. A run under a second gets one untimed warm-up run first and at least
    /// seven timed ones, so JIT and first-touch costs never count; a longer run is its own warm-up, and the median
    /// drops it if it was slower. With <paramref name="memory"/>, each run's peak resident set above where it started
    /// is taken too (the largest of the runs is reported).
    /// </summary>
    public static Measurement Of(Func<object> run, bool memory = true, Action beforeEach = null)
        => Compare(run, null, memory, beforeEach).Ours;

    public static Measurement Of(Action run, bool memory = true, Action beforeEach = null)
        => Of(() => { run(); return null; }, memory, beforeEach);

    /// <summary>
    /// PaperTools' side and its peer, run in turns (ours, peer, ours, peer, ...), so that both see the same load when
    /// the machine's load drifts; each is the median of its own runs, as <see cref="Of(Func{object}, bool, Action)"/> takes it.
    /// </summary>
    public static (Measurement Ours, Measurement Peer) Compare(Func<object> ours, Func<object> peer, bool memory = true, Action beforeEach = null)
    {
        var sides = peer == null ? new[] { new Side(ours) } : new[] { new Side(ours), new Side(peer) };
        while (sides.Any(s => !s.Done))
        {
            foreach (var side in sides.Where(s => !s.Done))
            {
                beforeEach?.Invoke();
                side.RunOnce(memory);
            }
        }
        return (sides[0].Result(memory), sides.Length > 1 ? sides[1].Result(memory) : null);
    }

    private sealed class Side
    {
        private readonly Func<object> run;
        private readonly List<TimeSpan> times = new List<TimeSpan>();
        private bool warmedUp;
        private bool isShort;
        private long peak;
        private object last;

        public Side(Func<object> run) => this.run = run;

        public bool Done => times.Count >= (isShort ? Math.Max(Repeats, 7) : Repeats);

        public void RunOnce(bool memory)
        {
            var start = memory ? PeakMemoryProbe.Reset() : 0;
            var clock = Stopwatch.StartNew();
            last = run();
            var elapsed = clock.Elapsed;
            if (memory) peak = Math.Max(peak, PeakMemoryProbe.PeakSinceReset() - start);
            if (!warmedUp)
            {
                warmedUp = true;
                isShort = elapsed < TimeSpan.FromSeconds(1);
                if (isShort) return; // that was the warm-up
            }
            times.Add(elapsed);
        }

        public Measurement Result(bool memory)
        {
            times.Sort();
            return new Measurement(times[times.Count / 2], memory && PeakMemoryProbe.Available ? MemoryFigure.AboveStart(peak) : null) { Result = last };
        }
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

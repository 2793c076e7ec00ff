using System;
using System.IO;
using System.Text.RegularExpressions;

namespace PaperTools.Benchmarks;

/// <summary>
/// This process's peak resident set (Linux VmHWM), which the kernel resets to the current resident set when "5"
/// is written to /proc/self/clear_refs. So a run's peak is exact and costs nothing while it runs: no sampling
/// thread. Elsewhere <see cref="Available"/> is false and the table shows no memory.
/// </summary>
internal static class PeakMemoryProbe
{
    private const string Status = "/proc/self/status";
    private const string ClearRefs = "/proc/self/clear_refs";

    public static bool Available { get; } = File.Exists(Status) && File.Exists(ClearRefs);

    /// <summary>Collects garbage (returning freed memory to the system), resets the peak, and returns the resident set now.</summary>
    public static long Reset()
    {
        if (!Available) return 0;
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        File.WriteAllText(ClearRefs, "5");
        return Read("VmRSS");
    }

    public static long PeakSinceReset() => Available ? Read("VmHWM") : 0;

    private static long Read(string field)
    {
        var match = Regex.Match(File.ReadAllText(Status), field + @":\s+(\d+) kB");
        return match.Success ? long.Parse(match.Groups[1].Value) * 1024 : 0;
    }
}

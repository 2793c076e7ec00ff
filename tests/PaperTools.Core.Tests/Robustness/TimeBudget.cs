using System;
using System.Diagnostics;
using Xunit;

namespace PaperTools.Tests.Robustness;

/// <summary>
/// The bound on work: every input is read in under one second per megabyte, with one second as the
/// floor (a small input's time is JIT and GC noise). Linear code meets it a hundred times over; code that is
/// quadratic in some run of characters misses it by orders of magnitude, so the bound does not flake.
/// </summary>
internal static class TimeBudget
{
    public static TimeSpan For(long characters) => TimeSpan.FromSeconds(Math.Max(1.0, characters / 1_000_000.0));

    public static T Within<T>(long characters, Func<T> work, string what)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        clock.Stop();
        Assert.True(clock.Elapsed <= For(characters), $"{what}: {characters:N0} characters took {clock.Elapsed.TotalSeconds:F2} s, over the budget of {For(characters).TotalSeconds:F2} s (1 s per MB).");
        return result;
    }
}

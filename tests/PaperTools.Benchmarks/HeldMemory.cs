using System;
using System.Collections.Generic;

namespace PaperTools.Benchmarks;

/// <summary>
/// What a paper costs while a session holds it: the managed heap after a full collection with the papers held, less
/// the heap before they were read, per paper. A first round is read and dropped before, so that what reading makes
/// once per process (the code's tables, PowerShell's caches of the type) is not counted against the papers. Issue 24
/// bounds the item model's cost at 10% over the figures it quoted (a digest paper 3,508 bytes, a paper read from a
/// .bib 4,187 bytes); the benchmark prints both.
/// </summary>
internal static class HeldMemory
{
    /// <param name="hold">Reads the papers and holds them until <paramref name="release"/>; returns how many it
    /// holds.</param>
    public static string Note(string what, double quoted, Func<int> hold, Action release)
    {
        hold();
        release();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var count = hold();
        var perPaper = (GC.GetTotalMemory(forceFullCollection: true) - before) / (double)count;
        release();
        var bound = quoted * 1.1;
        return $"held in memory: {what}, {perPaper:N0} bytes a paper over {count:N0} (issue 24 quoted " +
               $"{quoted:N0}; bound {bound:N0}: {(perPaper <= bound ? "met" : "MISSED")})";
    }

    /// <summary>The papers <paramref name="read"/> returns, held by this program.</summary>
    public static string Note<T>(string what, double quoted, Func<IReadOnlyCollection<T>> read)
    {
        IReadOnlyCollection<T> held = null;
        return Note(what, quoted, () => (held = read()).Count, () => held = null);
    }
}

using System;
using System.Collections.Generic;

namespace PaperTools.Benchmarks;

/// <summary>
/// What a paper costs while a session holds it: the managed heap after a full collection with the papers held, less
/// the heap before they were read, per paper. Issue 24 bounds the item model's cost at 10% over the figures it
/// quoted (a digest paper 3,508 bytes, a paper read from a .bib 4,187 bytes); the benchmark prints both.
/// </summary>
internal static class HeldMemory
{
    public static string Note<T>(string what, double quoted, Func<IReadOnlyCollection<T>> read)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var held = read();
        var perPaper = (GC.GetTotalMemory(forceFullCollection: true) - before) / (double)held.Count;
        GC.KeepAlive(held);
        var bound = quoted * 1.1;
        return $"held in memory: {what}, {perPaper:N0} bytes a paper over {held.Count:N0} (issue 24 quoted " +
               $"{quoted:N0}; bound {bound:N0}: {(perPaper <= bound ? "met" : "MISSED")})";
    }
}

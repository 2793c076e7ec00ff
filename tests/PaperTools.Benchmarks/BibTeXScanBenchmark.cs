using System;
using System.Diagnostics;
using System.Text;
using PaperTools.BibTeX;
using PaperTools.Formats.BibTeX;

namespace PaperTools.Benchmarks;

/// <summary>
/// (4) .bib reading stays linear whatever a file leaves unclosed: for each hostile shape, the time at 40k lines over
/// the time at 10k lines (4x is linear; the old reader showed about 10x, scanning to the end of the file for every
/// unclosed construct), and the time at 40k lines over a clean file of as many entries.
/// </summary>
internal static class BibTeXScanBenchmark
{
    private static readonly (string Shape, string Line)[] Shapes =
    {
        ("unclosed field", "@misc{a, title = {"),
        ("unclosed @comment", "@comment{"),
        ("unclosed quote", "@misc{a, title = \""),
        ("unclosed @preamble", "@preamble{ \"x\" # {"),
    };

    private const string Clean = "@misc{a, title = {A clean entry}, year = 2020}";

    public static void Run(bool quick)
    {
        var small = quick ? 1_000 : 10_000;
        var large = small * 4;
        Console.WriteLine($"(4) .bib reading with constructs left unclosed ({small:N0} and {large:N0} lines)");
        var clean = Time(Repeat(Clean, large));
        var cleanSmall = Time(Repeat(Clean, small));
        Console.WriteLine($"    clean entries: {Show(cleanSmall)} -> {Show(clean)}, {clean.TotalMilliseconds / Math.Max(cleanSmall.TotalMilliseconds, 0.0001):0.0}x for 4x the entries");
        foreach (var (shape, line) in Shapes)
        {
            var atSmall = Time(Repeat(line, small));
            var atLarge = Time(Repeat(line, large));
            var growth = atLarge.TotalMilliseconds / Math.Max(atSmall.TotalMilliseconds, 0.0001);
            var overClean = atLarge.TotalMilliseconds / Math.Max(clean.TotalMilliseconds, 0.0001);
            Console.WriteLine($"    {shape}: {Show(atSmall)} -> {Show(atLarge)}, {growth:0.0}x for 4x the lines (target <= 6x); {overClean:0.0}x a clean file of {large:N0} entries ({Show(clean)})");
        }
        // A 530-byte file of nested @string definitions: expansion stops at its budget.
        var bomb = new StringBuilder("@string{m0 = \"xxxxxxxxxx\"}\n");
        for (var i = 1; i <= 40; i++) bomb.Append($"@string{{m{i} = m{i - 1} # m{i - 1}}}\n");
        bomb.Append("@misc{bomb, title = m40}\n");
        var before = GC.GetTotalMemory(true);
        var bombTime = Time(bomb.ToString());
        Console.WriteLine($"    nested @string bomb ({bomb.Length} bytes): {Show(bombTime)}, {(GC.GetTotalMemory(false) - before) / 1048576.0:0} MB allocated since (target < 500 MB)");
    }

    private static string Repeat(string line, int count)
    {
        var sb = new StringBuilder(line.Length * count + count);
        for (var i = 0; i < count; i++) sb.Append(line).Append('\n');
        return sb.ToString();
    }

    /// <summary>Best of three parses, so a GC pause in one does not count.</summary>
    private static TimeSpan Time(string text)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            BibTeXParser.Parse(text, "bench.bib", _ => { });
            if (clock.Elapsed < best) best = clock.Elapsed;
        }
        return best;
    }

    private static string Show(TimeSpan time) => time.TotalSeconds >= 1 ? $"{time.TotalSeconds:0.00} s" : $"{time.TotalMilliseconds:0.0} ms";
}

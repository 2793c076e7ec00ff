using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using PaperTools.BibTeX;
using PaperTools.Formats.BibTeX;
using PaperTools.Digests;
using PaperTools.Export;
using PaperTools.Progress;

namespace PaperTools.Benchmarks;

/// <summary>
/// What progress costs the cmdlets' loops, measured as they run it: per paper one <see cref="ProgressThrottle.IsDue"/>
/// check, and, at most every 200 ms, the status text and percent the cmdlet hands to WriteProgress. Each run is
/// timed with that work and without it, over the same input, in one process:
///   (5) importing a Hugging Face JSON digest of the corpus (Import-PaperDigest's loop, bytes read for the percent);
///   (6) building a BibTeX entry per paper (Export-PaperBibTeX's and ConvertTo-PaperBibTeX's loop).
/// The two are run alternately and each side's median is taken, so a machine busy with other work slows both alike.
/// The WriteProgress call itself happens at most five times a second whatever the input, so its cost is fixed per
/// second of work; README gives its measured size.
/// </summary>
internal static class ProgressCost
{
    private const int Pairs = 15;
    private const int Checks = 10_000_000;

    public static void Run(IReadOnlyList<Paper> papers)
    {
        var digest = Path.Combine(Path.GetTempPath(), $"papertools-bench-{Environment.ProcessId}.json");
        try
        {
            WriteDigest(papers, digest);
            var importer = new DigestImporter();
            var context = new DigestReadContext(new DigestImportOptions(), _ => { });
            int Import(bool withProgress)
            {
                var source = DigestDecoder.Open(digest, context.Options, out _);
                var throttle = withProgress ? new ProgressThrottle() : null;
                var count = 0;
                var shown = 0L;
                foreach (var paper in importer.Import(source, context))
                {
                    count++;
                    if (throttle != null && throttle.IsDue()) shown += Status(source.Path, count, source.BytesRead, source.Length).Length;
                }
                GC.KeepAlive(shown);
                return count;
            }
            var (plain, shownImport) = Alternately(() => Import(false), () => Import(true));
            Report($"(5) progress: import {new FileInfo(digest).Length / 1048576.0:N0} MB JSON ({papers.Count:N0} papers)", plain, shownImport, papers.Count);

            int Entries(bool withProgress)
            {
                var session = new ExportSession<BibTeXEntry>(new BibTeXFileFormat());
                var throttle = withProgress ? new ProgressThrottle() : null;
                var count = 0;
                var shown = 0L;
                for (var i = 0; i < papers.Count; i++)
                {
                    if (session.Add(papers[i]) != null) count++;
                    if (throttle != null && throttle.IsDue()) shown += $"Writing library.bib: entry {i + 1:N0} of {papers.Count:N0}".Length;
                }
                GC.KeepAlive(shown);
                return count;
            }
            var (plainEntries, shownEntries) = Alternately(() => Entries(false), () => Entries(true));
            Report($"(6) progress: {papers.Count:N0} BibTeX entries", plainEntries, shownEntries, papers.Count);

            // The per-item part alone, free of the noise a busy machine adds to whole runs.
            var throttle = new ProgressThrottle();
            var clock = Stopwatch.StartNew();
            var due = 0;
            for (var i = 0; i < Checks; i++) if (throttle.IsDue()) due++;
            var perCheck = clock.Elapsed.TotalMilliseconds * 1e6 / Checks;
            Console.WriteLine($"    one IsDue check: {perCheck:0.0} ns ({due} due in {clock.Elapsed.TotalSeconds:0.00} s); per paper that is {perCheck / (plain.TotalMilliseconds * 1e6 / papers.Count):P3} of an import and {perCheck / (plainEntries.TotalMilliseconds * 1e6 / papers.Count):P3} of an entry");
        }
        finally { File.Delete(digest); }
    }

    private static void Report(string what, TimeSpan without, TimeSpan with, int items)
        => Console.WriteLine($"{what}: without {without.TotalMilliseconds:N0} ms | with throttled progress {with.TotalMilliseconds:N0} ms | ratio {with.TotalMilliseconds / Math.Max(without.TotalMilliseconds, 0.0001):0.000}x the time (target <= 1.020x; medians of {Pairs} alternating runs, {without.TotalMilliseconds * 1e6 / items:N0} ns an item)");

    private static (TimeSpan Without, TimeSpan With) Alternately(Func<int> without, Func<int> with)
    {
        GC.KeepAlive(without() + with());
        var a = new List<TimeSpan>();
        var b = new List<TimeSpan>();
        for (var i = 0; i < Pairs; i++)
        {
            a.Add(Time(without));
            b.Add(Time(with));
        }
        a.Sort();
        b.Sort();
        return (a[Pairs / 2], b[Pairs / 2]);
    }

    private static TimeSpan Time(Func<int> run)
    {
        var clock = Stopwatch.StartNew();
        GC.KeepAlive(run());
        return clock.Elapsed;
    }

    // The text Import-PaperDigest builds for each update.
    private static string Status(string path, long papers, long read, long length)
        => $"{Path.GetFileName(path)}: {papers:N0} papers so far {(length > 0 ? read * 100 / length : -1)}%";

    private static void WriteDigest(IEnumerable<Paper> papers, string path)
    {
        using var stream = File.Create(path);
        using var json = new Utf8JsonWriter(stream);
        json.WriteStartArray();
        var n = 0;
        foreach (var paper in papers)
        {
            json.WriteStartObject();
            json.WriteStartObject("paper");
            json.WriteString("id", $"2501.{n++ % 100000:D5}");
            json.WriteString("title", paper.Title);
            json.WriteString("summary", paper.Abstract);
            json.WriteStartArray("authors");
            foreach (var author in paper.Authors.DefaultIfEmpty("Ada Lovelace"))
            {
                json.WriteStartObject();
                json.WriteString("name", author);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteString("publishedAt", "2025-01-15T17:00:00.000Z");
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}

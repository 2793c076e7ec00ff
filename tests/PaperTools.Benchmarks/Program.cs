using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Runtime.InteropServices;
using PaperTools.Search;

namespace PaperTools.Benchmarks
{
    /// <summary>
    /// Side-by-side ratios for Find-Paper's search core, every peer measured in the same run on the same papers:
    ///   (1) building PaperIndex vs inserting the rows into SQLite FTS5;
    ///   (2) ranked top-10 queries vs the same queries on that FTS5 table (bm25 ORDER BY LIMIT 10);
    ///   (3) the streaming filter over 100k papers vs PowerShell-style per-object regex tests;
    /// and the managed memory the index holds; then (4) how .bib reading grows with constructs left unclosed
    /// (<see cref="BibTeXScanBenchmark"/>). Timing is printed, never asserted.
    ///
    ///   dotnet run -c Release --project tests/PaperTools.Benchmarks              (200,000 papers: about two minutes)
    ///   dotnet run -c Release --project tests/PaperTools.Benchmarks -- --papers 1000000  (the search issue's size)
    ///   dotnet run -c Release --project tests/PaperTools.Benchmarks -- --quick   (5,000 papers: CI's smoke run, fails only on a crash)
    /// PaperIndex.Build uses one thread per processor for large inputs; FTS5 inserts on one. For a one-thread
    /// comparison run with DOTNET_PROCESSOR_COUNT=1 in the environment.
    /// </summary>
    internal static class Program
    {
        private const int QueryRepeats = 7;

        // Ours, then the same question in FTS5 syntax (column filter = our title-or-abstract default; NOT is binary in FTS5).
        private static readonly (string Ours, string Fts5)[] Queries =
        {
            ("margin AND (loss OR softmax) -face", "{title abstract}: (margin AND (loss OR softmax) NOT face)"),
            ("\"margin loss\" OR \"learning loss\"", "{title abstract}: (\"margin loss\" OR \"learning loss\")"),
            ("\"margin softmax\"", "{title abstract}: \"margin softmax\""),
            ("learning model", "{title abstract}: (learning AND model)"),
        };

        private static int Main(string[] args)
        {
            var quick = Array.IndexOf(args, "--quick") >= 0;
            var papersWanted = Option(args, "--papers", quick ? 5_000 : 200_000);
            var filterPapers = Math.Min(Option(args, "--filter-papers", 100_000), papersWanted);
            var seed = Option(args, "--seed", 20250801);
            if (papersWanted < 1) { Console.Error.WriteLine("--papers must be at least 1."); return 2; }

            Console.WriteLine($"PaperTools search benchmark: {papersWanted:N0} synthetic papers (seed {seed}), {RuntimeInformation.FrameworkDescription}, {Environment.ProcessorCount} cores, {(Debugger.IsAttached ? "debugger" : Configuration)}");
            var clock = Stopwatch.StartNew();
            var papers = new SyntheticCorpus(seed).Generate(papersWanted);
            var words = papers.Take(1000).Average(p => p.Abstract.Split(' ').Length);
            Console.WriteLine($"corpus generated in {clock.Elapsed.TotalSeconds:0.0} s; ~{words:0} abstract words per paper, vocabulary {SyntheticCorpus.VocabularySize:N0} (Zipf s=1)");
            Console.WriteLine();

            // (1) Build, and the memory the finished index holds. A small warm-up of both first, so neither pays for JIT or first-touch.
            var warmUp = papers.Take(Math.Min(20_000, papers.Count)).ToList();
            GC.KeepAlive(PaperIndex.Build(warmUp));
            using (var warmFts = new Fts5Peer()) warmFts.Insert(warmUp);
            var before = GC.GetTotalMemory(true);
            clock.Restart();
            var index = PaperIndex.Build(papers);
            var buildTime = clock.Elapsed;
            var after = GC.GetTotalMemory(true);

            using var fts = new Fts5Peer();
            clock.Restart();
            fts.Insert(papers);
            var ftsTime = clock.Elapsed;
            Row("(1) build index", "PaperIndex.Build", buildTime, "FTS5 INSERT x N", ftsTime, "faster", ">= 5x");
            var indexMb = (after - before) / (1024.0 * 1024.0);
            Console.WriteLine($"    index memory: {indexMb:N0} MB managed (GC.GetTotalMemory(true) {before / 1048576.0:N0} MB before, {after / 1048576.0:N0} MB after; target < 2,048 MB) {(indexMb < 2048 ? "met" : "MISSED")}");
            Console.WriteLine();

            // (2) Ranked top-10.
            foreach (var (ours, fts5) in Queries)
            {
                var query = SearchQuery.Parse(ours);
                var oursTime = Median(() => index.Search(query, SearchSort.Relevance, 10));
                var ftsQueryTime = Median(() => fts.Top10(fts5));
                var top = index.Search(query, SearchSort.Relevance, 10).Select(r => (long)papers.IndexOf(r.Paper)).ToList();
                var overlap = top.Intersect(fts.Top10(fts5)).Count();
                Row("(2) top-10 query", ours, oursTime, "FTS5 bm25 LIMIT 10", ftsQueryTime, "faster", ">= 1x");
                Console.WriteLine($"    matches: ours {index.Search(query).Count:N0}, FTS5 {fts.Count(fts5):N0}; top-10 overlap {overlap}/10");
            }
            Console.WriteLine();

            // (3) Filtering: the streaming path of Find-Paper vs what people write with Where-Object.
            var sample = papers.Take(filterPapers).ToList();
            var titleFilter = new PaperFilter(titles: new[] { "*margin*" });
            var filterTime = Median(() => sample.Count(titleFilter.Matches));
            var titleRegex = Median(() => sample.Count(p => PowerShellStyleMatch.Test(p.Title, "margin")));
            var bothRegex = Median(() => sample.Count(p => PowerShellStyleMatch.Test(p.Title, "margin") || PowerShellStyleMatch.Test(p.Abstract, "margin")));
            var labelFilter = $"-Title *margin* ({filterPapers / 1000:N0}k)";
            Row("(3) filter", labelFilter, filterTime, "{$_.Title -match 'margin'}", titleRegex, "faster", ">= 10x");
            Console.WriteLine($"    matches: {sample.Count(titleFilter.Matches):N0} vs {sample.Count(p => PowerShellStyleMatch.Test(p.Title, "margin")):N0} (same question)");
            // The floor any per-object test pays: reaching each paper and its title's first character.
            var touchTime = Median(() => sample.Count(p => p.Title != null && p.Title.Length > 0 && p.Title[0] == '~'));
            Console.WriteLine($"    floor: reading each paper's title, no test at all: {Show(touchTime)} ({touchTime.TotalMilliseconds * 1e6 / Math.Max(1, sample.Count):0} ns a paper)");
            Row("    brief's peer", labelFilter, filterTime, "{Title -match .. -or Abstract -match ..}", bothRegex, "faster", ">= 10x");
            Console.WriteLine($"    matches: {sample.Count(titleFilter.Matches):N0} vs {sample.Count(p => PowerShellStyleMatch.Test(p.Title, "margin") || PowerShellStyleMatch.Test(p.Abstract, "margin")):N0} (the regex also reads abstracts)");
            var textQuery = SearchQuery.Parse("margin");
            var indexAndQuery = Median(() => PaperIndex.Build(sample).Search(textQuery, SearchSort.Date));
            Row("    text filter", $"Find-Paper margin -Sort Date ({filterPapers / 1000:N0}k, index+query)", indexAndQuery, "{Title -match .. -or Abstract -match ..}", bothRegex, "faster", "(none)");
            Console.WriteLine($"    matches: {PaperIndex.Build(sample).Search(textQuery).Count:N0} vs regex above (same question here; on real text the regex also hits inside words)");
            GC.KeepAlive(index);
            Console.WriteLine();
            BibTeXScanBenchmark.Run(quick);
            return 0;
        }

        private static string Configuration =>
#if DEBUG
            "Debug build: timings are not representative, use -c Release";
#else
            "Release";
#endif

        private static void Row(string what, string oursLabel, TimeSpan ours, string peerLabel, TimeSpan peer, string word, string target)
        {
            var ratio = peer.TotalMilliseconds / Math.Max(ours.TotalMilliseconds, 0.0001);
            Console.WriteLine($"{what}: {oursLabel} {Show(ours)} | {peerLabel} {Show(peer)} | ratio {ratio:0.0}x {word} (target {target})");
        }

        private static string Show(TimeSpan time) => time.TotalSeconds >= 1 ? $"{time.TotalSeconds:0.00} s" : $"{time.TotalMilliseconds:0.00} ms";

        /// <summary>Median wall time of several runs after one warm-up run.</summary>
        private static TimeSpan Median<T>(Func<T> run)
        {
            GC.KeepAlive(run());
            var times = new List<TimeSpan>();
            for (var i = 0; i < QueryRepeats; i++)
            {
                var clock = Stopwatch.StartNew();
                GC.KeepAlive(run());
                times.Add(clock.Elapsed);
            }
            times.Sort();
            return times[times.Count / 2];
        }

        private static int Option(string[] args, string name, int fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1].Replace("_", string.Empty), out var value) ? value : fallback;
        }
    }
}

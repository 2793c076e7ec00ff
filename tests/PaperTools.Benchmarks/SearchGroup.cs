using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using PaperTools.Search;

namespace PaperTools.Benchmarks;

/// <summary>
/// Find-Paper's search core against SQLite FTS5 on the same seeded synthetic papers: building the index (with every
/// processor, and on one thread, since FTS5 inserts on one) and ranked top-10 queries, phrases included.
/// </summary>
internal static class SearchGroup
{
    // Ours, then the same question in FTS5 syntax (column filter = our title-or-abstract default; NOT is binary in FTS5).
    private static readonly (string Ours, string Fts5)[] Queries =
    {
        ("margin AND (loss OR softmax) -face", "{title abstract}: (margin AND (loss OR softmax) NOT face)"),
        ("learning model", "{title abstract}: (learning AND model)"),
        ("\"margin loss\" OR \"learning loss\"", "{title abstract}: (\"margin loss\" OR \"learning loss\")"),
        ("\"margin softmax\"", "{title abstract}: \"margin softmax\""),
        ("\"learning model\"", "{title abstract}: \"learning model\""),
        ("title:\"contrastive learning\" speaker", "{title}: \"contrastive learning\" AND {title abstract}: speaker"),
    };

    public static void Run(BenchmarkOptions options, ResultTable table)
    {
        var clock = Stopwatch.StartNew();
        var papers = new SyntheticCorpus(options.Seed).Generate(options.SearchPapers);
        var size = $"{papers.Count:N0} papers";
        Console.WriteLine($"  synthetic corpus (seed {options.Seed}, ~175-word abstracts, {SyntheticCorpus.VocabularySize:N0}-word Zipf vocabulary) in {clock.Elapsed.TotalSeconds:0.0} s");

        // A small warm-up of both first, so neither pays for JIT or first-touch.
        var warmUp = papers.Take(Math.Min(20_000, papers.Count)).ToList();
        GC.KeepAlive(PaperIndex.Build(warmUp));
        using (var warmFts = new Fts5Peer()) warmFts.Insert(warmUp);

        PaperIndex index = null;
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var ours = Once(() => index = PaperIndex.Build(papers));
        var held = GC.GetTotalMemory(forceFullCollection: true) - before;
        var oneThread = Once(() => GC.KeepAlive(PaperIndex.Build(papers, 1, default)));
        var fts = new Fts5Peer();
        var ftsBuild = Once(() => fts.Insert(papers));
        table.Add(new ResultRow { Scenario = $"index build, {Environment.ProcessorCount} threads (PaperIndex.Build)", Size = size, Ours = ours, PeerLabel = "FTS5 INSERT, one transaction", Peer = ftsBuild });
        table.Add(new ResultRow { Scenario = "index build, one thread", Size = size, Ours = oneThread, PeerLabel = "FTS5 INSERT, one transaction", Peer = ftsBuild, Target = 5 });
        table.Note($"the finished index over {size} holds {held / 1048576.0:N0} MB of managed memory, words in order included (the papers themselves not counted)");

        using (fts)
        {
            foreach (var (query, fts5) in Queries)
            {
                var parsed = SearchQuery.Parse(query);
                var (time, peer) = Measurement.Compare(() => index.Search(parsed, SearchSort.Relevance, 10), () => fts.Top10(fts5), memory: false);
                table.Add(new ResultRow { Scenario = $"ranked top 10: `{query}`", Size = size, Ours = time, PeerLabel = "FTS5 bm25() LIMIT 10", Peer = peer, Target = 1 });
                var top = index.Search(parsed, SearchSort.Relevance, 10).Select(r => (long)r.Paper.SourceLine - 1).ToList();
                var matches = index.Search(parsed).Count;
                var ftsMatches = fts.Count(fts5);
                table.Note($"`{query}`: {matches:N0} matches, FTS5 {ftsMatches:N0}{(matches == ftsMatches ? "" : " (DIFFERENT)")}; top-10 overlap {top.Intersect(fts.Top10(fts5)).Count()}/10");
            }
        }
        OneShot(papers, size, table);
        GC.KeepAlive(index);
    }

    /// <summary>
    /// One query over papers that stream by, as Find-Paper asks it: an index of the query's words alone against the
    /// full index, each built and then searched, in turns. Both must return the same top 10 with the same scores.
    /// </summary>
    private static void OneShot(IReadOnlyList<Paper> papers, string size, ResultTable table)
    {
        foreach (var query in new[] { "margin", Queries[0].Ours, "\"learning model\"" })
        {
            var parsed = SearchQuery.Parse(query);
            List<SearchResult> ours = null, full = null;
            var (time, peer) = Measurement.Compare(
                () => ours = PaperIndex.BuildFor(papers, parsed).Search(parsed, SearchSort.Relevance, 10),
                () => full = PaperIndex.Build(papers).Search(parsed, SearchSort.Relevance, 10));
            if (!ours.Select(r => (r.Paper, r.Score)).SequenceEqual(full.Select(r => (r.Paper, r.Score))))
                throw new InvalidDataException($"`{query}`: the one-query index ranks unlike the full index.");
            table.Add(new ResultRow
            {
                Scenario = $"one query, built and ranked: `{query}` (PaperIndex.BuildFor)",
                Size = size, Ours = time,
                PeerLabel = "full index built and ranked (PaperIndex.Build)", Peer = peer, Target = 1.5,
            });
        }
    }

    /// <summary>A build is timed once: at this size it runs for seconds and is not JIT-bound (the warm-up ran first).</summary>
    private static Measurement Once(Action run)
    {
        var start = PeakMemoryProbe.Reset();
        var clock = Stopwatch.StartNew();
        run();
        var time = clock.Elapsed;
        return new Measurement(time, PeakMemoryProbe.Available ? MemoryFigure.AboveStart(PeakMemoryProbe.PeakSinceReset() - start) : null);
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using PaperTools.Digests;

namespace PaperTools.Benchmarks;

/// <summary>
/// The digest readers called straight from C#, no PowerShell: the text reader against reading the same file's lines,
/// the JSON reader against System.Text.Json deserializing the same file into plain classes, and the journal TOC
/// reader against the arXiv feed reader on the same feed.
/// </summary>
internal static class CoreImportGroup
{
    public static void Run(DigestInputs inputs, BenchmarkOptions options, ResultTable table)
    {
        var text = inputs.Text(options.DigestPapers);
        var size = $"{options.DigestPapers:N0} papers, {Megabytes(text)}";
        var (ours, lines) = Measurement.Compare(() => Import(text), () => File.ReadLines(text).Count());
        Check(ours.Result, options.DigestPapers, "the text digest");
        table.Add(new ResultRow { Scenario = "text digest in Core (DigestImporter)", Size = size, Ours = ours, PeerLabel = "File.ReadLines counted", Peer = lines, Target = 0.3 });
        table.Note(HeldMemory.Note("a digest paper (DigestImporter, text digest)", 3_508, () =>
            new DigestImporter().Import(text, DigestInputs.StrictContext(DigestFormat.Auto)).ToList()));

        var json = inputs.Json(options.JsonPapers);
        var jsonSize = $"{options.JsonPapers:N0} papers, {Megabytes(json)}";
        var (jsonOurs, dtos) = Measurement.Compare(() => Import(json), () => Deserialize(json));
        Check(jsonOurs.Result, options.JsonPapers, "the JSON digest");
        Check(dtos.Result, options.JsonPapers, "the JSON digest as DTOs");
        table.Add(new ResultRow { Scenario = "HF JSON digest in Core (DigestImporter)", Size = jsonSize, Ours = jsonOurs, PeerLabel = "JsonSerializer into plain classes", Peer = dtos, Target = 0.6 });

        // The journal TOC reader against the arXiv feed reader, which read these feeds before it, on the same file.
        var toc = inputs.TocFeed(options.JsonPapers);
        var tocSize = $"{options.JsonPapers:N0} items, {Megabytes(toc)}";
        var (tocOurs, asArxiv) = Measurement.Compare(() => Import(toc), () => Import(toc, DigestFormat.ArxivFeed));
        Check(tocOurs.Result, options.JsonPapers, "the TOC feed");
        Check(asArxiv.Result, options.JsonPapers, "the TOC feed as an arXiv feed");
        table.Add(new ResultRow { Scenario = "journal TOC feed in Core (JournalToc)", Size = tocSize, Ours = tocOurs, PeerLabel = "the same feed read as ArxivFeed", Peer = asArxiv });
    }

    public static int Import(string path, DigestFormat format = DigestFormat.Auto)
    {
        var context = DigestInputs.StrictContext(format);
        var count = 0;
        foreach (var paper in new DigestImporter().Import(path, context))
            if (paper.IsPaper) count++;
        return count;
    }

    private static int Deserialize(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return JsonSerializer.Deserialize<List<DailyPaper>>(stream, JsonOptions).Count;
    }

    private static void Check(object found, int expected, string what)
    {
        if ((int)found != expected) throw new InvalidDataException($"Core read {found:N0} papers from {what}, not {expected:N0}: the scenario would not compare like with like.");
    }

    public static string Megabytes(string path) => $"{new FileInfo(path).Length / (1024.0 * 1024.0):N0} MB";

    private static readonly JsonSerializerOptions JsonOptions = new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    // The fields the daily_papers reader takes, as a hand-written client would declare them.
    private sealed class DailyPaper
    {
        public PaperItem Paper { get; set; }
        public DateTime? PublishedAt { get; set; }
        public string Title { get; set; }
        public string Summary { get; set; }
    }

    private sealed class PaperItem
    {
        public string Id { get; set; }
        public List<Author> Authors { get; set; }
        public DateTime? PublishedAt { get; set; }
        public string Title { get; set; }
        public string Summary { get; set; }
        public int? Upvotes { get; set; }
    }

    private sealed class Author
    {
        [JsonPropertyName("_id")] public string Id { get; set; }
        public string Name { get; set; }
        public bool Hidden { get; set; }
    }
}

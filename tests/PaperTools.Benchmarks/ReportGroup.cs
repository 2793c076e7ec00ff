#nullable enable
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using PaperTools.Report;
using PaperTools.Search;

namespace PaperTools.Benchmarks;

/// <summary>
/// A day's report (what Export-PaperReport runs: three profiles matched over the papers, the HTML page written)
/// against pandoc turning the same report's Markdown into HTML, a process with its start included. Papers are the
/// shared digests' real titles and abstracts, with arXiv ids so every entry carries its links. The target:
/// a report of 2,000 papers in under a second.
/// </summary>
internal static class ReportGroup
{

    private static InterestProfile Profile(string name, string[] queries)
        => new(name, queries.Select(SearchQuery.Parse).ToList(), Array.Empty<string>(), Array.Empty<string>());

    public static void Run(DigestInputs inputs, BenchmarkOptions options, ResultTable table)
    {
        var count = options.ReportPapers;
        var papers = Enumerable.Range(0, count).Select(i => new Paper
        {
            Title = inputs.Title(i), Abstract = inputs.Abstract(i), ArxivId = $"25{i % 12 + 1:D2}.{10000 + i}",
            Authors = new[] { "Ada Lovelace", "Alan Turing" }, Categories = new[] { "cs.LG" },
            DigestDate = new DateTime(2025, 8, 20),
        }).ToList();
        var profiles = new List<InterestProfile>
        {
            Profile("Vision", new[] { "diffusion OR segmentation", "title:(image OR video) generation" }),
            Profile("Language", new[] { "\"language model\" reasoning" }),
            new("Everything", Array.Empty<SearchQuery>(), new[] { "cs.*" }, Array.Empty<string>()),
        };
        var markdown = inputs.PathFor($"report-{count}.md");
        PaperReport report;
        using (var writer = new StreamWriter(markdown))
            report = ReportWriter.Write(papers, profiles, ReportFormat.Markdown, writer);
        var entries = report.Sections.Sum(s => s.Entries.Count);
        var pandoc = ChildProcess.Exists("pandoc") ? null : "pandoc is not installed (apt-get install pandoc)";
        var ours = Measurement.Of(() =>
        {
            var html = new StringWriter(CultureInfo.InvariantCulture);
            ReportWriter.Write(papers, profiles, ReportFormat.Html, html);
            return html.GetStringBuilder().Length;
        });
        table.Add(new ResultRow
        {
            Scenario = "a day's report: 3 profiles matched, one HTML page (ReportWriter.Write)",
            Size = $"{count:N0} papers, {entries:N0} entries, {new FileInfo(markdown).Length / 1024:N0} KB of Markdown",
            Ours = ours,
            PeerLabel = "`pandoc` turning the same report's Markdown into HTML",
            PeerMissing = pandoc,
            Peer = pandoc != null ? null
                : ChildProcess.Measure(() => ChildProcess.Run("pandoc",
                    new[] { "-f", "markdown", "-t", "html", "-o", inputs.PathFor("report.html"), markdown })),
            Target = 1,
        });
    }
}

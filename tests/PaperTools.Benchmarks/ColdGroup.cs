#nullable enable
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace PaperTools.Benchmarks;

/// <summary>
/// Cold runs, as a scheduled job or a user's first command of the day runs: a fresh pwsh per run, the module imported,
/// the first call timed inside the process against the second call in the same process and against the peer's first
/// call in its own fresh pwsh (Import-Csv of the same records). The BibTeX cold rows, against bibtool and pybtex (fresh
/// processes by nature), are measured beside their warm rows at the large size (BibTeXGroup).
/// </summary>
internal static class ColdGroup
{
    private const string Import = "(Import-PaperDigest -LiteralPath $env:PAPERTOOLS_BENCH_TEXT | Measure-Object).Count";
    private const string ImportCsv = "(Import-Csv -LiteralPath $env:PAPERTOOLS_BENCH_CSV | Measure-Object).Count";

    public static void Run(FreshPowerShell fresh, DigestInputs inputs, BenchmarkOptions options, ResultTable table)
    {
        foreach (var papers in options.ColdPapers)
        {
            var text = inputs.Text(papers);
            var environment = new Dictionary<string, string>
            {
                ["PAPERTOOLS_BENCH_TEXT"] = text,
                ["PAPERTOOLS_BENCH_CSV"] = inputs.Csv(papers),
            };
            var (ours, csv) = fresh.Compare(new FreshPowerShell.Script(Import, Module: true),
                new FreshPowerShell.Script(ImportCsv, Module: false), environment);
            var expected = papers.ToString(CultureInfo.InvariantCulture);
            if (ours.Count != expected || csv!.Count != expected)
                throw new InvalidDataException($"Cold runs counted {ours.Count} and {csv!.Count}, not {papers:N0}.");
            var size = $"{papers:N0} papers, {CoreImportGroup.Megabytes(text)}";
            const string scenario = "`Import-PaperDigest digest.txt | Measure-Object`, first call in a fresh pwsh";
            // Within 1.3x of the second call: a ratio (second / first) of at least 1 / 1.3.
            table.Add(new ResultRow
            {
                Scenario = scenario, Size = size, Ours = ours.First, PeerLabel = "the second call in the same process",
                Peer = ours.Second, Target = 1 / 1.3,
            });
            table.Add(new ResultRow
            {
                Scenario = scenario, Size = size, Ours = ours.First,
                PeerLabel = "the first `Import-Csv` of the same records in its own fresh pwsh", Peer = csv.First,
                Target = 3,
            });
            table.Note($"cold, {papers:N0} papers, CPU time (all threads, medians): first Import-PaperDigest " +
                $"{Seconds(ours.FirstCpu)}, second {Seconds(ours.SecondCpu)}; " +
                $"first Import-Csv {Seconds(csv.FirstCpu)}");
        }
    }

    private static string Seconds(TimeSpan time)
        => time.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s";
}

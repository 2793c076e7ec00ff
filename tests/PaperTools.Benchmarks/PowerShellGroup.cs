using System;
using System.IO;

namespace PaperTools.Benchmarks;

/// <summary>
/// The cmdlets as a librarian runs them, in the hosted runspace, against what the same person would otherwise type
/// there: Import-Csv of the same records, [IO.File]::ReadLines, Get-Content -Raw | ConvertFrom-Json, Where-Object
/// and .Where(), and the pipeline floor (the same objects into Measure-Object and nothing else). Each pair runs in
/// turns; every script returns its count, and both sides of a pair must agree on it.
/// </summary>
internal static class PowerShellGroup
{
    public static void Run(HostedPowerShell shell, DigestInputs inputs, BenchmarkOptions options, ResultTable table)
    {
        var papers = options.DigestPapers;
        shell.Set("text", inputs.Text(papers));
        shell.Set("csv", inputs.Csv(papers));
        var size = $"{papers:N0} papers, {CoreImportGroup.Megabytes(inputs.Text(papers))}";
        const string import = "(Import-PaperDigest -LiteralPath $text | Measure-Object).Count";

        var (ours, csv) = Compare(shell, import, "(Import-Csv -LiteralPath $csv | Measure-Object).Count", papers);
        table.Add(new ResultRow { Scenario = "`Import-PaperDigest digest.txt | Measure-Object`", Size = size, Ours = ours, PeerLabel = "`Import-Csv` of the same records", Peer = csv, Target = 2 });
        var (_, lines) = Compare(shell, null, "$n = 0; foreach ($line in [IO.File]::ReadLines($text)) { $n++ }; $n", null);
        table.Add(new ResultRow { Scenario = "`Import-PaperDigest digest.txt | Measure-Object`", Size = size, Ours = ours, PeerLabel = "`[IO.File]::ReadLines` counted in a foreach (each line, not each paper)", Peer = lines });

        // The cost of progress records: the same import with progress shown (records reach the host) and silenced.
        var (shown, silenced) = Compare(shell,
            "$ProgressPreference = 'Continue'; " + import,
            "$ProgressPreference = 'SilentlyContinue'; try { " + import + " } finally { $ProgressPreference = 'Continue' }", papers);
        table.Add(new ResultRow { Scenario = "progress: `Import-PaperDigest` with `$ProgressPreference = 'Continue'`", Size = size, Ours = shown, PeerLabel = "the same with 'SilentlyContinue'", Peer = silenced });

        shell.Set("json", inputs.Json(options.JsonPapers));
        var jsonSize = $"{options.JsonPapers:N0} papers, {CoreImportGroup.Megabytes(inputs.Json(options.JsonPapers))}";
        var (json, converted) = Compare(shell, "(Import-PaperDigest -LiteralPath $json | Measure-Object).Count",
            "(Get-Content -LiteralPath $json -Raw | ConvertFrom-Json | Measure-Object).Count", options.JsonPapers);
        table.Add(new ResultRow { Scenario = "`Import-PaperDigest daily_papers.json | Measure-Object`", Size = jsonSize, Ours = json, PeerLabel = "`Get-Content -Raw | ConvertFrom-Json`", Peer = converted });

        Filters(shell, papers, table);
    }

    /// <summary>Filtering papers already in a variable: Find-Paper's streaming filter against Where-Object, .Where() and the bare pipeline.</summary>
    private static void Filters(HostedPowerShell shell, int papers, ResultTable table)
    {
        shell.Invoke("$papers = @(Import-PaperDigest -LiteralPath $text)");
        var size = $"{papers:N0} papers";
        const string title = "($papers | Find-Paper -Title '*margin*' | Measure-Object).Count";
        var (ours, floor) = Compare(shell, title, "($papers | Measure-Object).Count", null);
        if ((int)floor.Result != papers) throw new InvalidDataException($"The pipeline floor counted {floor.Result:N0} papers, not {papers:N0}.");
        var found = (int)ours.Result;
        table.Add(new ResultRow { Scenario = "`$papers | Find-Paper -Title '*margin*' | Measure-Object`", Size = size, Ours = ours, PeerLabel = "pipeline floor `$papers | Measure-Object`", Peer = floor, Target = 1 / 1.5 });
        foreach (var (label, script) in new[]
        {
            ("`Where-Object Title -like '*margin*'`", "($papers | Where-Object Title -like '*margin*' | Measure-Object).Count"),
            ("`Where-Object { $_.Title -like '*margin*' }`", "($papers | Where-Object { $_.Title -like '*margin*' } | Measure-Object).Count"),
            ("`$papers.Where({ $_.Title -like '*margin*' })`", "$papers.Where({ $_.Title -like '*margin*' }).Count"),
        })
        {
            var (_, peer) = Compare(shell, null, script, found);
            table.Add(new ResultRow { Scenario = "`$papers | Find-Paper -Title '*margin*' | Measure-Object`", Size = size, Ours = ours, PeerLabel = label, Peer = peer });
        }
        table.Note($"-Title '*margin*': {found:N0} of {papers:N0} papers, and the same count from every Where-Object form");

        var (ranked, regex) = Compare(shell, "($papers | Find-Paper 'margin' | Measure-Object).Count",
            "($papers | Where-Object { $_.Title -match 'margin' -or $_.Abstract -match 'margin' } | Measure-Object).Count", null);
        table.Add(new ResultRow { Scenario = "`$papers | Find-Paper margin` (index, rank, copies)", Size = size, Ours = ranked, PeerLabel = "`Where-Object { $_.Title -match 'margin' -or $_.Abstract -match 'margin' }`", Peer = regex, Target = 1.5 });
        table.Note($"`Find-Paper margin`: {ranked.Result:N0} ranked results (whole words and their plurals); the regex: {regex.Result:N0} (also inside words)");
        shell.Invoke("Remove-Variable papers");
    }

    /// <summary>
    /// Times two scripts in turns (without <paramref name="ours"/>, the peer alone), each returning a count; with
    /// <paramref name="expected"/>, both counts must equal it, or the pair would not compare like with like.
    /// </summary>
    private static (Measurement Ours, Measurement Peer) Compare(HostedPowerShell shell, string ours, string peer, int? expected)
    {
        Func<object> Run(string script) => () => shell.Scalar<int>(script);
        Measurement first = null, second;
        if (ours == null) second = Measurement.Of(Run(peer));
        else (first, second) = Measurement.Compare(Run(ours), Run(peer));
        Check(ours, first, expected);
        Check(peer, second, expected);
        return (first, second);
    }

    private static void Check(string script, Measurement measured, int? expected)
    {
        if (script != null && expected != null && (int)measured.Result != expected)
            throw new InvalidDataException($"`{script}` counted {measured.Result:N0}, not {expected:N0}: the scenario would not compare like with like.");
    }
}

using System;
using System.IO;

namespace PaperTools.Benchmarks
{
    /// <summary>
    /// The cmdlets as a librarian runs them, in the hosted runspace, against what the same person would otherwise type
    /// there: Import-Csv of the same records, Get-Content and [IO.File]::ReadLines, ConvertFrom-Json, Where-Object and
    /// .Where(), and the pipeline floor (the same objects into Measure-Object and nothing else).
    /// </summary>
    internal static class PowerShellGroup
    {
        public static void Run(HostedPowerShell shell, DigestInputs inputs, BenchmarkOptions options, ResultTable table)
        {
            var papers = options.DigestPapers;
            var text = inputs.Text(papers);
            var csv = inputs.Csv(papers);
            shell.Set("text", text);
            shell.Set("csv", csv);
            var size = $"{papers:N0} papers, {CoreImportGroup.Megabytes(text)}";
            Check(shell, "(Import-PaperDigest -LiteralPath $text | Measure-Object).Count", papers, "Import-PaperDigest");
            Check(shell, "(Import-Csv -LiteralPath $csv | Measure-Object).Count", papers, "Import-Csv");

            var import = Measurement.Of(() => shell.Invoke("Import-PaperDigest -LiteralPath $text | Measure-Object"));
            var importCsv = Measurement.Of(() => shell.Invoke("Import-Csv -LiteralPath $csv | Measure-Object"));
            table.Add(new ResultRow { Scenario = "`Import-PaperDigest digest.txt | Measure-Object`", Size = size, Ours = import, PeerLabel = "`Import-Csv` of the same records", Peer = importCsv, Target = 2 });
            var getContent = Measurement.Of(() => shell.Invoke("Get-Content -LiteralPath $text | Measure-Object"));
            table.Add(new ResultRow { Scenario = "`Import-PaperDigest digest.txt | Measure-Object`", Size = size, Ours = import, PeerLabel = "`Get-Content digest.txt | Measure-Object`", Peer = getContent });
            var readLines = Measurement.Of(() => shell.Invoke("$n = 0; foreach ($line in [IO.File]::ReadLines($text)) { $n++ }; $n"));
            table.Add(new ResultRow { Scenario = "`Import-PaperDigest digest.txt | Measure-Object`", Size = size, Ours = import, PeerLabel = "`[IO.File]::ReadLines` counted in a foreach", Peer = readLines });

            var quiet = Measurement.Of(() => shell.Invoke("$ProgressPreference = 'SilentlyContinue'; try { Import-PaperDigest -LiteralPath $text | Measure-Object } finally { $ProgressPreference = 'Continue' }"));
            table.Add(new ResultRow { Scenario = "progress cost: `Import-PaperDigest` with `$ProgressPreference` Continue", Size = size, Ours = import, PeerLabel = "the same with SilentlyContinue", Peer = quiet });

            var json = inputs.Json(options.JsonPapers);
            shell.Set("json", json);
            var jsonSize = $"{options.JsonPapers:N0} papers, {CoreImportGroup.Megabytes(json)}";
            Check(shell, "(Import-PaperDigest -LiteralPath $json | Measure-Object).Count", options.JsonPapers, "Import-PaperDigest (JSON)");
            Check(shell, "(Get-Content -LiteralPath $json -Raw | ConvertFrom-Json | Measure-Object).Count", options.JsonPapers, "ConvertFrom-Json");
            var importJson = Measurement.Of(() => shell.Invoke("Import-PaperDigest -LiteralPath $json | Measure-Object"));
            var convertJson = Measurement.Of(() => shell.Invoke("Get-Content -LiteralPath $json -Raw | ConvertFrom-Json | Measure-Object"));
            table.Add(new ResultRow { Scenario = "`Import-PaperDigest daily_papers.json | Measure-Object`", Size = jsonSize, Ours = importJson, PeerLabel = "`Get-Content -Raw | ConvertFrom-Json`", Peer = convertJson });

            Filters(shell, papers, table);
        }

        /// <summary>Filtering papers already in a variable: Find-Paper's streaming filter against Where-Object, .Where() and the bare pipeline.</summary>
        private static void Filters(HostedPowerShell shell, int papers, ResultTable table)
        {
            shell.Invoke("$papers = @(Import-PaperDigest -LiteralPath $text)");
            var size = $"{papers:N0} papers";
            var found = shell.Scalar<int>("($papers | Find-Paper -Title '*margin*' | Measure-Object).Count");
            var peerFound = shell.Scalar<int>("($papers | Where-Object Title -like '*margin*' | Measure-Object).Count");
            if (found != peerFound) throw new InvalidDataException($"Find-Paper -Title found {found:N0}, Where-Object {peerFound:N0}: not the same question.");

            var title = Measurement.Of(() => shell.Invoke("$papers | Find-Paper -Title '*margin*' | Measure-Object"));
            var floor = Measurement.Of(() => shell.Invoke("$papers | Measure-Object"));
            var where = Measurement.Of(() => shell.Invoke("$papers | Where-Object Title -like '*margin*' | Measure-Object"));
            var whereBlock = Measurement.Of(() => shell.Invoke("$papers | Where-Object { $_.Title -like '*margin*' } | Measure-Object"));
            var whereMethod = Measurement.Of(() => shell.Invoke("$papers.Where({ $_.Title -like '*margin*' }).Count"));
            table.Add(new ResultRow { Scenario = "`$papers | Find-Paper -Title '*margin*' | Measure-Object`", Size = size, Ours = title, PeerLabel = "pipeline floor `$papers | Measure-Object`", Peer = floor, Target = 1 / 1.5 });
            table.Add(new ResultRow { Scenario = "`$papers | Find-Paper -Title '*margin*' | Measure-Object`", Size = size, Ours = title, PeerLabel = "`Where-Object Title -like '*margin*'`", Peer = where });
            table.Add(new ResultRow { Scenario = "`$papers | Find-Paper -Title '*margin*' | Measure-Object`", Size = size, Ours = title, PeerLabel = "`Where-Object { $_.Title -like '*margin*' }`", Peer = whereBlock });
            table.Add(new ResultRow { Scenario = "`$papers | Find-Paper -Title '*margin*' | Measure-Object`", Size = size, Ours = title, PeerLabel = "`$papers.Where({ $_.Title -like '*margin*' })`", Peer = whereMethod });
            table.Note($"-Title '*margin*': {found:N0} of {papers:N0} papers, the same ones as Where-Object's");

            var ranked = Measurement.Of(() => shell.Invoke("$papers | Find-Paper 'margin' | Measure-Object"));
            var regex = Measurement.Of(() => shell.Invoke("$papers | Where-Object { $_.Title -match 'margin' -or $_.Abstract -match 'margin' } | Measure-Object"));
            table.Add(new ResultRow { Scenario = "`$papers | Find-Paper margin` (index, rank, copies)", Size = size, Ours = ranked, PeerLabel = "`Where-Object { $_.Title -match 'margin' -or $_.Abstract -match 'margin' }`", Peer = regex });
            table.Note($"`Find-Paper margin`: {shell.Scalar<int>("($papers | Find-Paper 'margin' | Measure-Object).Count"):N0} ranked results (whole words, plurals); the regex: {shell.Scalar<int>("($papers | Where-Object { $_.Title -match 'margin' -or $_.Abstract -match 'margin' } | Measure-Object).Count"):N0} (also inside words)");
            shell.Invoke("Remove-Variable papers");
        }

        private static void Check(HostedPowerShell shell, string script, int expected, string what)
        {
            var found = shell.Scalar<int>(script);
            if (found != expected) throw new InvalidDataException($"{what} gave {found:N0} objects, not {expected:N0}: the scenario would not compare like with like.");
        }
    }
}

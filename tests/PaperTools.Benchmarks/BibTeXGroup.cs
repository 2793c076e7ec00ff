using System;
using System.IO;

namespace PaperTools.Benchmarks
{
    /// <summary>
    /// Writing and reading .bib files through the cmdlets against bibtool and pybtex on the same entries, and -Append of
    /// a day's digest (the shared digests' papers) to a large library against reading that library. The papers come from
    /// the JSON digest, so entries carry authors, arXiv ids, dates and URLs as a real library's do.
    /// </summary>
    internal static class BibTeXGroup
    {
        private const string PybtexWrite =
            "import sys, time\nfrom pybtex.database import parse_file\n" +
            "data = parse_file(sys.argv[1], bib_format='bibtex')\n" +
            "start = time.perf_counter(); data.to_file(sys.argv[2], bib_format='bibtex'); print(time.perf_counter() - start)\n";

        private const string PybtexParse =
            "import sys, time\nfrom pybtex.database import parse_file\n" +
            "start = time.perf_counter(); data = parse_file(sys.argv[1], bib_format='bibtex'); elapsed = time.perf_counter() - start\n" +
            "print(len(data.entries), file=sys.stderr); print(elapsed)\n";

        public static void Run(HostedPowerShell shell, DigestInputs inputs, BenchmarkOptions options, ResultTable table)
        {
            var sourcePapers = Math.Max(options.BibPapers, options.LibraryPapers);
            shell.Set("json", inputs.Json(sourcePapers));
            shell.Invoke("$bibSource = @(Import-PaperDigest -LiteralPath $json)");
            var bib = inputs.PathFor("library.bib");
            var reprinted = inputs.PathFor("reprinted.bib");
            shell.Set("bib", bib);
            shell.Set("bibPapers", options.BibPapers);
            var size = $"{options.BibPapers:N0} entries";
            var bibtool = ChildProcess.Exists("bibtool") ? null : "bibtool is not installed (apt-get install bibtool)";
            var pybtex = ChildProcess.PythonHas("pybtex") ? null : "pybtex is not installed (apt-get install python3-pybtex)";

            var export = Measurement.Of(() => shell.Invoke("$bibSource | Select-Object -First $bibPapers | Export-PaperBibTeX -LiteralPath $bib"));
            table.Add(new ResultRow
            {
                Scenario = "`Export-PaperBibTeX library.bib`", Size = size, Ours = export, PeerLabel = "`bibtool` re-printing the same file", Target = 5, PeerMissing = bibtool,
                Peer = bibtool != null ? null : ChildProcess.Measure(() => ChildProcess.Run("bibtool", new[] { "-q", "-i", bib, "-o", reprinted })),
            });
            table.Add(new ResultRow
            {
                Scenario = "`Export-PaperBibTeX library.bib`", Size = size, Ours = export, PeerLabel = "pybtex writing the same entries (`to_file`)", Target = 100, PeerMissing = pybtex,
                Peer = pybtex != null ? null : ChildProcess.Measure(() => ChildProcess.Run(ChildProcess.Python, new[] { "-c", PybtexWrite, bib, reprinted }), selfTimed: true),
            });

            var read = Measurement.Of(() => shell.Invoke("Import-PaperBibTeX -LiteralPath $bib | Measure-Object"));
            table.Add(new ResultRow
            {
                Scenario = "`Import-PaperBibTeX library.bib | Measure-Object`", Size = size, Ours = read, PeerLabel = "pybtex `parse_file`", Target = 10, PeerMissing = pybtex,
                Peer = pybtex != null ? null : ChildProcess.Measure(() => ChildProcess.Run(ChildProcess.Python, new[] { "-c", PybtexParse, bib }), selfTimed: true),
            });
            table.Add(new ResultRow
            {
                Scenario = "`Import-PaperBibTeX library.bib | Measure-Object`", Size = size, Ours = read, PeerLabel = "`bibtool` reading it (output to /dev/null)", Target = 1, PeerMissing = bibtool,
                Peer = bibtool != null ? null : ChildProcess.Measure(() => ChildProcess.Run("bibtool", new[] { "-q", "-i", bib, "-o", "/dev/null" })),
            });

            Append(shell, inputs, options, table);
            shell.Invoke("Remove-Variable bibSource");
        }

        /// <summary>The daily job: append the day's papers to a large library, which must cost little more than reading the library.</summary>
        private static void Append(HostedPowerShell shell, DigestInputs inputs, BenchmarkOptions options, ResultTable table)
        {
            var pristine = inputs.PathFor("large-library.bib");
            var library = inputs.PathFor("daily-library.bib");
            shell.Set("pristine", pristine);
            shell.Set("library", library);
            shell.Set("libraryPapers", options.LibraryPapers);
            shell.Set("day", inputs.Pairs);
            shell.Invoke("$bibSource | Select-Object -First $libraryPapers | Export-PaperBibTeX -LiteralPath $pristine");
            var (append, read) = Measurement.Compare(() => shell.Invoke("$day | Export-PaperBibTeX -LiteralPath $library -Append"),
                () => shell.Invoke("Import-PaperBibTeX -LiteralPath $pristine | Measure-Object"),
                beforeEach: () => File.Copy(pristine, library, overwrite: true));
            table.Add(new ResultRow
            {
                Scenario = $"`Export-PaperBibTeX -Append` of a day's digest ({inputs.Pairs.Count} papers)", Size = $"{options.LibraryPapers:N0}-entry library",
                Ours = append, PeerLabel = "`Import-PaperBibTeX` reading that library", Peer = read, Target = 1 / 1.5,
            });
        }
    }
}

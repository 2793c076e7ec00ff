using System;
using System.IO;

namespace PaperTools.Benchmarks;

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
        var sourcePapers = Math.Max(Math.Max(options.BibPapers, options.PybtexPapers), options.LibraryPapers);
        shell.Set("json", inputs.Json(sourcePapers));
        shell.Invoke("$bibSource = @(Import-PaperDigest -LiteralPath $json)");
        var bibtool = ChildProcess.Exists("bibtool") ? null : "bibtool is not installed (apt-get install bibtool)";
        var pybtex = ChildProcess.PythonHas("pybtex") ? null : "pybtex is not installed (apt-get install python3-pybtex)";

        // bibtool at a library's size (its time grows faster than the entries), pybtex at its own (it is linear, and slow).
        AgainstBibtool(shell, inputs, options.BibPapers, bibtool, table);
        AgainstPybtex(shell, inputs, options.PybtexPapers, pybtex, table);
        Append(shell, inputs, options, table);
        shell.Invoke("Remove-Variable bibSource");
    }

    private static void AgainstBibtool(HostedPowerShell shell, DigestInputs inputs, int papers, string bibtool, ResultTable table)
    {
        var (fresh, library) = Export(shell, inputs, papers, "bibtool");
        var reprinted = inputs.PathFor("reprinted.bib");
        var size = $"{papers:N0} entries";
        var reprint = bibtool != null ? null : ChildProcess.Measure(() => ChildProcess.Run("bibtool", new[] { "-q", "-i", library, "-o", reprinted }));
        table.Add(new ResultRow
        {
            Scenario = "`Export-PaperBibTeX new.bib` (a new file each run)", Size = size, Ours = fresh, PeerLabel = "`bibtool` re-printing the same file",
            Target = 5, PeerMissing = bibtool, Peer = reprint,
        });
        table.Add(new ResultRow
        {
            Scenario = "`Export-PaperBibTeX library.bib` over that library (read first, its keys kept)", Size = size, Ours = Over(shell, library),
            PeerLabel = "`bibtool` re-printing the same file", Target = 5, PeerMissing = bibtool, Peer = reprint,
        });
        table.Add(new ResultRow
        {
            Scenario = "`Import-PaperBibTeX library.bib | Measure-Object`", Size = size, Ours = Read(shell, library), PeerLabel = "`bibtool` reading it (output to /dev/null)",
            Target = 1, PeerMissing = bibtool,
            Peer = bibtool != null ? null : ChildProcess.Measure(() => ChildProcess.Run("bibtool", new[] { "-q", "-i", library, "-o", "/dev/null" })),
        });
    }

    private static void AgainstPybtex(HostedPowerShell shell, DigestInputs inputs, int papers, string pybtex, ResultTable table)
    {
        var (fresh, library) = Export(shell, inputs, papers, "pybtex");
        var size = $"{papers:N0} entries";
        table.Add(new ResultRow
        {
            Scenario = "`Export-PaperBibTeX new.bib` (a new file each run)", Size = size, Ours = fresh, PeerLabel = "pybtex writing the same entries (`to_file`)",
            Target = 100, PeerMissing = pybtex,
            Peer = pybtex != null ? null : ChildProcess.Measure(() => ChildProcess.Run(ChildProcess.Python, new[] { "-c", PybtexWrite, library, inputs.PathFor("reprinted.bib") }), selfTimed: true),
        });
        table.Add(new ResultRow
        {
            Scenario = "`Import-PaperBibTeX library.bib | Measure-Object`", Size = size, Ours = Read(shell, library), PeerLabel = "pybtex `parse_file`", Target = 10, PeerMissing = pybtex,
            Peer = pybtex != null ? null : ChildProcess.Measure(() => ChildProcess.Run(ChildProcess.Python, new[] { "-c", PybtexParse, library }), selfTimed: true),
        });
    }

    /// <summary>The first <paramref name="papers"/> papers exported to a file that does not exist yet (deleted before each run); that file is the library the peers read.</summary>
    private static (Measurement Fresh, string Library) Export(HostedPowerShell shell, DigestInputs inputs, int papers, string name)
    {
        var library = inputs.PathFor($"library-{name}.bib");
        shell.Set("bib", library);
        shell.Set("bibPapers", papers);
        var fresh = Measurement.Of(() => shell.Invoke("$bibSource | Select-Object -First $bibPapers | Export-PaperBibTeX -LiteralPath $bib"),
            beforeEach: () => File.Delete(library));
        return (fresh, library);
    }

    /// <summary>The same papers exported over the library they made: the file is read first, so papers it has keep their keys.</summary>
    private static Measurement Over(HostedPowerShell shell, string library)
    {
        shell.Set("bib", library);
        return Measurement.Of(() => shell.Invoke("$bibSource | Select-Object -First $bibPapers | Export-PaperBibTeX -LiteralPath $bib"));
    }

    private static Measurement Read(HostedPowerShell shell, string library)
    {
        shell.Set("bib", library);
        return Measurement.Of(() => shell.Invoke("Import-PaperBibTeX -LiteralPath $bib | Measure-Object"));
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

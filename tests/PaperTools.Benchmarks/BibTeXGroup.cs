using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

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

    public static void Run(HostedPowerShell shell, FreshPowerShell fresh, DigestInputs inputs, BenchmarkOptions options,
        ResultTable table)
    {
        var sourcePapers =
            new[] { options.BibPapers, options.PybtexPapers, options.LibraryPapers, options.LargePapers }.Max();
        shell.Set("json", inputs.Json(sourcePapers));
        shell.Invoke("$bibSource = @(Import-PaperDigest -LiteralPath $json)");
        var bibtool = ChildProcess.Exists("bibtool") ? null : "bibtool is not installed (apt-get install bibtool)";
        var pybtex = ChildProcess.PythonHas("pybtex") ? null : "pybtex is not installed (apt-get install python3-pybtex)";

        // bibtool at a library's size (its time grows faster than the entries), pybtex at its own (it is linear, and slow).
        AgainstBibtool(shell, inputs, options.BibPapers, bibtool, table);
        AgainstPybtex(shell, inputs, options.PybtexPapers, pybtex, table);
        if (options.LargePapers > 0)
        {
            // Both peers at the size a library reaches, once each (bibtool takes 17 to 29 s there, pybtex a minute).
            var (library, reprint) = AgainstBibtool(shell, inputs, options.LargePapers, bibtool, table, peerRuns: 1);
            var parse = AgainstPybtex(shell, inputs, options.LargePapers, pybtex, table, peerRuns: 1);
            FirstCalls(fresh, inputs, options.LargePapers, library, reprint, bibtool, parse, pybtex, table);
        }
        Append(shell, inputs, options, table);
        shell.Invoke("Remove-Variable bibSource, bibSlice");
    }

    /// <summary>The warm rows against bibtool; returns the library exported and bibtool re-printing it.</summary>
    private static (string Library, Measurement Reprint) AgainstBibtool(HostedPowerShell shell, DigestInputs inputs,
        int papers, string bibtool, ResultTable table, int? peerRuns = null)
    {
        var (fresh, library) = Export(shell, inputs, papers, "bibtool");
        var entryBytes = new FileInfo(library).Length / papers;
        // What a user's session holds: the papers Import-PaperBibTeX wrote, kept in a variable of the runspace.
        shell.Set("bib", library);
        table.Note(HeldMemory.Note($"a paper read from a .bib ({entryBytes:N0} bytes of .bib each), " +
            "`$papers = Import-PaperBibTeX` in the session", 4_187,
            () => shell.Scalar<int>("$heldPapers = @(Import-PaperBibTeX -LiteralPath $bib); $heldPapers.Count"),
            () => shell.Invoke("Remove-Variable heldPapers")));
        var reprinted = inputs.PathFor("reprinted.bib");
        var size = $"{papers:N0} entries";
        var reprint = bibtool != null ? null
            : ChildProcess.Measure(() => ChildProcess.Run("bibtool", new[] { "-q", "-i", library, "-o", reprinted }),
                repeats: peerRuns);
        table.Add(new ResultRow
        {
            Scenario = "`Export-PaperBibTeX new.bib` (a new file each run)", Size = size, Ours = fresh, PeerLabel = "`bibtool` re-printing the same file",
            Target = 10, PeerMissing = bibtool, Peer = reprint,
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
            Peer = bibtool != null ? null
                : ChildProcess.Measure(() => ChildProcess.Run("bibtool",
                    new[] { "-q", "-i", library, "-o", "/dev/null" }),
                    repeats: peerRuns),
        });
        return (library, reprint);
    }

    /// <summary>The warm rows against pybtex; returns pybtex's parsing of the library.</summary>
    private static Measurement AgainstPybtex(HostedPowerShell shell, DigestInputs inputs, int papers, string pybtex,
        ResultTable table, int? peerRuns = null)
    {
        var (fresh, library) = Export(shell, inputs, papers, "pybtex");
        var size = $"{papers:N0} entries";
        var parse = pybtex != null ? null
            : ChildProcess.Measure(() => ChildProcess.Run(ChildProcess.Python, new[] { "-c", PybtexParse, library }),
                selfTimed: true, repeats: peerRuns);
        table.Add(new ResultRow
        {
            Scenario = "`Export-PaperBibTeX new.bib` (a new file each run)", Size = size, Ours = fresh, PeerLabel = "pybtex writing the same entries (`to_file`)",
            Target = 100, PeerMissing = pybtex,
            Peer = pybtex != null ? null
                : ChildProcess.Measure(() => ChildProcess.Run(ChildProcess.Python,
                    new[] { "-c", PybtexWrite, library, inputs.PathFor("reprinted.bib") }),
                    selfTimed: true, repeats: peerRuns),
        });
        table.Add(new ResultRow
        {
            Scenario = "`Import-PaperBibTeX library.bib | Measure-Object`", Size = size, Ours = Read(shell, library),
            PeerLabel = "pybtex `parse_file`", Target = 10, PeerMissing = pybtex, Peer = parse,
        });
        return parse;
    }

    /// <summary>
    /// The cmdlets' first calls in a fresh pwsh (the papers imported untimed first) against the same peer runs as the
    /// warm rows: bibtool and pybtex start a new process on every run anyway, and their own start-up is not counted.
    /// </summary>
    private static void FirstCalls(FreshPowerShell fresh, DigestInputs inputs, int papers, string library,
        Measurement reprint, string bibtool, Measurement parse, string pybtex, ResultTable table)
    {
        var written = inputs.PathFor("cold.bib");
        var environment = new Dictionary<string, string>
        {
            ["PAPERTOOLS_BENCH_JSON"] = inputs.Json(papers),
            ["PAPERTOOLS_BENCH_BIB"] = written,
            ["PAPERTOOLS_BENCH_LIBRARY"] = library,
        };
        var (export, _) = fresh.Compare(new FreshPowerShell.Script(
            "$($papers | Export-PaperBibTeX -LiteralPath $bib; [IO.FileInfo]::new($bib).Length)", Module: true,
            Setup: "$bib = $env:PAPERTOOLS_BENCH_BIB\n"
                + "$papers = @(Import-PaperDigest -LiteralPath $env:PAPERTOOLS_BENCH_JSON)",
            Between: "Remove-Item -LiteralPath $bib"), null, environment);
        // Each call writes a new file, which must be the library the warm export wrote, byte for byte.
        if (!File.ReadAllBytes(written).AsSpan().SequenceEqual(File.ReadAllBytes(library)))
            throw new InvalidDataException("The export in a fresh pwsh wrote another file than the warm export did.");
        var (import, _) = fresh.Compare(new FreshPowerShell.Script(
            "(Import-PaperBibTeX -LiteralPath $env:PAPERTOOLS_BENCH_LIBRARY | Measure-Object).Count", Module: true),
            null, environment);
        if (import.Count != papers.ToString(System.Globalization.CultureInfo.InvariantCulture))
            throw new InvalidDataException($"The import in a fresh pwsh read {import.Count} entries, not {papers:N0}.");
        var size = $"{papers:N0} entries";
        table.Add(new ResultRow
        {
            Scenario = "`Export-PaperBibTeX new.bib`, first call in a fresh pwsh", Size = size, Ours = export.First,
            PeerLabel = "`bibtool` re-printing the same file", Target = 10, PeerMissing = bibtool, Peer = reprint,
        });
        table.Add(new ResultRow
        {
            Scenario = "`Import-PaperBibTeX library.bib | Measure-Object`, first call in a fresh pwsh", Size = size,
            Ours = import.First,
            PeerLabel = "pybtex `parse_file`", Target = 20, PeerMissing = pybtex, Peer = parse,
        });
    }

    /// <summary>The first <paramref name="papers"/> papers exported to a file that does not exist yet (deleted before each run); that file is the library the peers read.</summary>
    private static (Measurement Fresh, string Library) Export(HostedPowerShell shell, DigestInputs inputs, int papers, string name)
    {
        var library = inputs.PathFor($"library-{name}-{papers}.bib");
        shell.Set("bib", library);
        shell.Set("bibPapers", papers);
        // The row times the export alone: the papers are picked untimed, as pybtex's side times `to_file` alone.
        shell.Invoke("$bibSlice = @($bibSource | Select-Object -First $bibPapers)");
        var fresh = Measurement.Of(() => shell.Invoke("$bibSlice | Export-PaperBibTeX -LiteralPath $bib"),
            beforeEach: () => File.Delete(library));
        return (fresh, library);
    }

    /// <summary>The same papers exported over the library they made: the file is read first, so papers it has keep their keys.</summary>
    private static Measurement Over(HostedPowerShell shell, string library)
    {
        shell.Set("bib", library);
        return Measurement.Of(() => shell.Invoke("$bibSlice | Export-PaperBibTeX -LiteralPath $bib"));
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

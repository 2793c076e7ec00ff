using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PaperTools.Benchmarks;

/// <summary>
/// Side-by-side ratios, every pair measured back to back in one run on the same input, printed as one table
/// (scenario | size | PaperTools | peer | ratio | peak memory). Timing is printed, never asserted.
///   core        the digest readers from C#: text vs File.ReadLines, JSON vs System.Text.Json into plain classes
///   powershell  the cmdlets in a hosted PowerShell 7.6 runspace vs Import-Csv, Get-Content, ConvertFrom-Json,
///               Where-Object, .Where() and the bare pipeline; a 1 GB digest imported in a fresh process (peak memory)
///   cold        a fresh pwsh per run: the first Import-PaperDigest vs the second, vs a fresh Import-Csv (ColdGroup)
///   bibtex      Export-/Import-PaperBibTeX vs bibtool and pybtex, -Append to a large library vs reading it; at the
///               large size, warm and first calls in a fresh pwsh; and how .bib reading grows with constructs left
///               unclosed (BibTeXScanBenchmark, printed as growth factors)
///   search      PaperIndex vs SQLite FTS5: index build (all threads and one), ranked top-10 queries
///   progress    importing and writing BibTeX with throttled progress vs without (ProgressCost)
///   duplicates  grouping the duplicates of a digest with 10% repeats vs importing it (DuplicatesGroup)
///   growth      one JSON item of 1, 8, 32 MB and 5,000-80,000 papers sharing one key vs proportional (GrowthGroup)
///   report      a day's report (profiles matched, HTML written) vs pandoc turning its Markdown into HTML (ReportGroup)
///
///   dotnet run -c Release --project tests/PaperTools.Benchmarks                  (everything, under five minutes here)
///   dotnet run -c Release --project tests/PaperTools.Benchmarks -- --quick       (CI's smoke run: tiny sizes, one repeat)
///   dotnet run -c Release --project tests/PaperTools.Benchmarks -- --group search --papers 1000000
/// Sizes: --papers (search), --digest-papers, --json-papers, --bib-papers, --pybtex-papers, --library-papers,
/// --stream-mb, --dup-papers, --report-papers, --large-papers (BibTeX and cold rows at a library's size),
/// --cold-papers; --repeats N; --pwsh packaged|tool|PATH (the pwsh of the fresh processes, see BenchmarkOptions.Pwsh).
/// Building this project builds the module into output/PaperTools first; that folder is what is imported and measured.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == ChildMode) return RunChild(args);
        BenchmarkOptions options;
        try { options = BenchmarkOptions.Parse(args); }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }
        Measurement.Repeats = options.Repeats;
        var root = RepositoryRoot();
        Console.WriteLine($"PaperTools benchmark: {RuntimeInformation.FrameworkDescription}, {Environment.ProcessorCount} cores, {Configuration}, load average {LoadAverage()}, median of {options.Repeats}{(options.Quick ? " (--quick: smoke run, figures mean nothing)" : "")}");
        var clock = Stopwatch.StartNew();
        using var shell = HostedPowerShell.Start(Path.Combine(root, "output", "PaperTools"));
        Console.WriteLine($"PowerShell {shell.Scalar<string>("$PSVersionTable.PSVersion.ToString()")} hosted in-process; module imported from {shell.ModuleFolder}");
        var table = new ResultTable();
        Groups.Run(shell, root, options, table);
        table.Print($"Results ({RuntimeInformation.FrameworkDescription}, {Environment.ProcessorCount} cores, load average at the end {LoadAverage()}; ratio = peer time / PaperTools time, above 1 PaperTools is faster; peak memory = PaperTools / peer: +N is the rise of this process's resident set during the run, N alone a whole process's peak)");
        Console.WriteLine($"\nbenchmark finished in {clock.Elapsed.TotalSeconds:0} s");
        return 0;
    }

    // Run in a fresh process to measure a whole PowerShell session's peak memory: <module folder> <script> <argument>.
    internal const string ChildMode = "--child-powershell";

    private static int RunChild(string[] args)
    {
        using var shell = HostedPowerShell.Start(args[1]);
        Console.WriteLine(shell.Scalar<string>(args[2], args[3]));
        return 0;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PaperTools.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("The benchmark runs from inside the repository (no PaperTools.sln above " + AppContext.BaseDirectory + ").");
    }

    private static string LoadAverage()
        => File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ')[..3]) : "unknown";

    private static string Configuration =>
#if DEBUG
        "Debug build: timings are not representative, use -c Release";
#else
        "Release";
#endif
}

/// <summary>
/// Everything that touches PaperTools.Core, kept out of Main: Core resolves only after the module is imported (its
/// loader answers for it), and a method is compiled, with the types it names, when it is first called.
/// </summary>
internal static class Groups
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Run(HostedPowerShell shell, string root, BenchmarkOptions options, ResultTable table)
    {
        var core = typeof(PaperTools.Digests.DigestImporter);
        Console.WriteLine("Core: " + HostedPowerShell.DescribeCore(core));
        if (System.Runtime.Loader.AssemblyLoadContext.GetLoadContext(core.Assembly)?.Name != "PaperTools")
            throw new InvalidOperationException("PaperTools.Core did not load in the module's own load context; the measurement would not be the shipped module's.");
#if !DEBUG
        // The Release module is what Install ships, compiled ahead of time: cold rows of an IL-only Core would mislead.
        if (!HostedPowerShell.IsReadyToRun(core.Assembly))
            throw new InvalidOperationException("The Release build laid out PaperTools.Core without ReadyToRun code.");
#endif
        using var inputs = DigestInputs.Create(Path.Combine(root, "tests", "Fixtures", "text"));
        Console.WriteLine($"inputs in {inputs.Folder} ({inputs.Pairs.Count} title/abstract pairs from the shared digests, repeated with distinct titles)");
        Console.WriteLine();
        if (options.Runs("core")) Group("Core readers", () => CoreImportGroup.Run(inputs, options, table));
        if (options.Runs("powershell"))
        {
            Group("PowerShell", () => PowerShellGroup.Run(shell, inputs, options, table));
            if (options.StreamMegabytes > 0) Group("streaming", () => StreamingGroup.Run(shell, inputs, options, table));
        }
        // A fresh pwsh per run: the cold rows, and the BibTeX cmdlets' first calls at the large size.
        var fresh = options.Runs("cold") || (options.Runs("bibtex") && options.LargePapers > 0)
            ? FreshPowerShell.Find(root, shell.ModuleFolder, options.Pwsh) : null;
        if (fresh != null) Console.WriteLine($"fresh processes run {fresh.Pwsh} (--pwsh {options.Pwsh})");
        if (options.Runs("cold")) Group("cold", () => ColdGroup.Run(fresh, inputs, options, table));
        if (options.Runs("bibtex"))
        {
            Group("BibTeX", () => BibTeXGroup.Run(shell, fresh, inputs, options, table));
            Group("BibTeX reading, hostile shapes", () => BibTeXScanBenchmark.Run(options.Quick));
        }
        if (options.Runs("search")) Group("search", () => SearchGroup.Run(options, table));
        // What throttled progress costs the cmdlets' loops: the same loops with and without it (about a second each).
        if (options.Runs("progress"))
            Group("progress", () => ProgressCost.Run(new SyntheticCorpus(options.Seed).Generate(options.Quick ? 2_000 : 20_000)));
        if (options.Runs("duplicates")) Group("duplicates", () => DuplicatesGroup.Run(inputs, options, table));
        if (options.Runs("growth")) Group("growth", () => GrowthGroup.Run(options, inputs.Folder, table));
        if (options.Runs("report")) Group("report", () => ReportGroup.Run(inputs, options, table));
    }

    private static void Group(string name, Action run)
    {
        var clock = Stopwatch.StartNew();
        Console.WriteLine($"[{name}]");
        run();
        Console.WriteLine($"  ({clock.Elapsed.TotalSeconds:0} s)");
    }
}

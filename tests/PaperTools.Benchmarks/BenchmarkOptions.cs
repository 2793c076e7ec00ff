using System;
using System.Collections.Generic;
using System.Linq;

namespace PaperTools.Benchmarks;

/// <summary>The command line: sizes per group, repeats, which groups run. --quick shrinks everything to a smoke run.</summary>
internal sealed class BenchmarkOptions
{
    public static readonly string[] AllGroups =
        { "core", "powershell", "cold", "bibtex", "search", "progress", "duplicates", "growth", "report" };

    public bool Quick { get; private set; }

    /// <summary>Synthetic papers for the search group (index build, ranked queries).</summary>
    public int SearchPapers { get; private set; }

    /// <summary>Papers in the text, CSV and JSON digests (import and filter scenarios).</summary>
    public int DigestPapers { get; private set; }

    /// <summary>Papers in the JSON digest (ConvertFrom-Json holds the whole file several times over, so it has its own size).</summary>
    public int JsonPapers { get; private set; }

    /// <summary>
    /// Entries written and read against bibtool (a library's size: bibtool's time grows faster than its entries), and
    /// against pybtex (linear and slow, so smaller); and the library -Append adds a day's digest to.
    /// </summary>
    public int BibPapers { get; private set; }
    public int PybtexPapers { get; private set; }
    public int LibraryPapers { get; private set; }

    /// <summary>
    /// The size a library reaches (0: skipped): bibtool and pybtex again at that size, the BibTeX cmdlets' first calls
    /// in fresh processes against them, and a cold text import against a cold Import-Csv.
    /// </summary>
    public int LargePapers { get; private set; }

    /// <summary>Papers in the text digests imported by cold runs (fresh processes): then the large size too.</summary>
    public IReadOnlyList<int> ColdPapers { get; private set; }

    /// <summary>Papers in the digest with 10% repeats whose grouping is measured against importing it.</summary>
    public int DuplicatePapers { get; private set; }
    public int ReportPapers { get; private set; }

    /// <summary>Size of the text digest whose import is measured for peak memory in a fresh process (0: skip).</summary>
    public int StreamMegabytes { get; private set; }

    /// <summary>
    /// The pwsh the fresh processes run: "tool" (the default: the repository's `dotnet pwsh` as restored, its engine
    /// IL only), "packaged" (that pwsh with its engine compiled ahead of time, as Microsoft's packages ship it), or a
    /// path.
    /// </summary>
    public string Pwsh { get; private set; }

    public int Repeats { get; private set; }
    public int Seed { get; private set; }
    public IReadOnlyCollection<string> Groups { get; private set; }

    public bool Runs(string group) => Groups.Contains(group);

    public static BenchmarkOptions Parse(string[] args)
    {
        var quick = Array.IndexOf(args, "--quick") >= 0;
        var groups = Text(args, "--group");
        var options = new BenchmarkOptions
        {
            Quick = quick,
            SearchPapers = Number(args, "--papers", quick ? 5_000 : 100_000),
            DigestPapers = Number(args, "--digest-papers", quick ? 2_000 : 100_000),
            JsonPapers = Number(args, "--json-papers", quick ? 1_000 : 10_000),
            BibPapers = Number(args, "--bib-papers", quick ? 300 : 20_000),
            PybtexPapers = Number(args, "--pybtex-papers", quick ? 300 : 3_000),
            LibraryPapers = Number(args, "--library-papers", quick ? 1_000 : 20_000),
            LargePapers = Number(args, "--large-papers", quick ? 0 : 30_000),
            DuplicatePapers = Number(args, "--dup-papers", quick ? 2_000 : 50_000),
            ReportPapers = Number(args, "--report-papers", quick ? 200 : 2_000),
            StreamMegabytes = Number(args, "--stream-mb", quick ? 8 : 1024),
            Repeats = Number(args, "--repeats", quick ? 1 : 3),
            Pwsh = Text(args, "--pwsh") ?? "tool",
            Seed = Number(args, "--seed", 20250801),
            Groups = groups == null ? AllGroups : groups.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        };
        options.ColdPapers = new[] { Number(args, "--cold-papers", quick ? 2_000 : 100_000), options.LargePapers }
            .Where(n => n > 0).Distinct().ToList();
        var unknown = options.Groups.Except(AllGroups).ToList();
        if (unknown.Count > 0) throw new ArgumentException($"Unknown --group {string.Join(", ", unknown)}; the groups are {string.Join(", ", AllGroups)}.");
        if (options.LargePapers < 0) throw new ArgumentException("--large-papers takes 0 (skip) or a size.");
        if (options.SearchPapers < 1 || options.DigestPapers < 1 || options.JsonPapers < 1 || options.BibPapers < 1 || options.PybtexPapers < 1 || options.DuplicatePapers < 10 || options.ReportPapers < 1 || options.Repeats < 1)
            throw new ArgumentException("Sizes and --repeats must be at least 1 (--dup-papers at least 10).");
        return options;
    }

    private static string Text(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static int Number(string[] args, string name, int fallback)
    {
        var text = Text(args, name);
        if (text == null) return fallback;
        return int.TryParse(text.Replace("_", string.Empty).Replace(",", string.Empty), out var value) ? value : throw new ArgumentException($"{name} takes a whole number, not '{text}'.");
    }
}

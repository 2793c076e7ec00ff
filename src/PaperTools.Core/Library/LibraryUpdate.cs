using PaperTools.BibTeX;
using PaperTools.Formats.BibTeX;
using PaperTools.Diagnostics;
using PaperTools.Digests;
using PaperTools.Export;
using PaperTools.Files;
using PaperTools.Identity;
using PaperTools.Metadata;

namespace PaperTools.Library;

/// <summary>
/// The scheduled job in one call (Update-PaperLibrary), composed of what the pipeline's cmdlets do, step by step:
/// read the digests (Import-PaperDigest), one paper per work (Merge-PaperDuplicate), leave out what the library has
/// (Find-Paper -NotIn), complete the new papers and the library's own title-only entries (Update-PaperMetadata), then
/// one write under the library's lock (Export-PaperBibTeX): an append, or, when entries were completed, the library
/// written back with only those entries changed (every other byte as it was) and the new entries after it. The
/// library is made when missing and never loses an entry; every fault is reported and the rest goes through.
/// </summary>
public sealed class LibraryUpdate : IDisposable
{
    private readonly LibraryUpdateOptions options;
    private readonly LibraryUpdateReporter reporter;
    private readonly DigestImporter importer = new();
    private readonly List<Paper> read = new();
    private MetadataUpdater? updater;
    private LibraryUpdateResult? result;
    // What reading the library warned of: the write reads it again when another writer changed it meanwhile, and
    // then says only what is new.
    private readonly HashSet<string> libraryWarnings = new(StringComparer.Ordinal);

    public LibraryUpdate(LibraryUpdateOptions options, LibraryUpdateReporter reporter)
    {
        this.options = options;
        this.reporter = reporter;
    }

    /// <summary>The result of <see cref="Run"/>, started by <see cref="Begin"/>.</summary>
    public LibraryUpdateResult Result => result ?? throw new InvalidOperationException("Begin was not called.");

    /// <summary>Starts a run for the library at <paramref name="path"/> (a file-system path).</summary>
    public void Begin(string path) => result = new LibraryUpdateResult(path);

    /// <summary>An error found outside Core (a -Digest path that matches nothing): reported and counted.</summary>
    public void Fail(Problem problem)
    {
        Result.CountError(problem.ErrorId);
        reporter.Error(problem);
    }

    /// <summary>
    /// Reads one digest file; its faults are reported and the papers before them kept. The library and its backup
    /// are passed over, so that -Digest * in the library's folder does not read the library as a digest.
    /// </summary>
    public void ReadDigest(string path, CancellationToken cancellation)
    {
        var library = Path.GetFullPath(Result.Path);
        var full = Path.GetFullPath(path);
        if (full == library || full == LibraryWritePlan.BackupPath(library))
        {
            reporter.Verbose($"{path}: the library itself (or its backup), not read as a digest.");
            return;
        }
        Result.FilesRead++;
        var context = new DigestReadContext(options.Digests, Report, cancellation);
        foreach (var paper in importer.Import(path, context))
            if (paper.IsPaper) read.Add(paper);
        reporter.Verbose($"{path}: {read.Count} papers read so far.");
    }

    /// <summary>The rest of the run, once every digest is read: the library is read, completed and written.</summary>
    public LibraryUpdateResult Run(CancellationToken cancellation)
    {
        var result = Result;
        var path = result.Path;
        result.PapersRead = read.Count;
        if (!string.Equals(Path.GetExtension(path), ".bib", StringComparison.OrdinalIgnoreCase))
            return Refuse($"'{path}' is not a .bib file; Update-PaperLibrary keeps a BibTeX library. " +
                          "Nothing was written.");
        var library = ReadLibrary(path, cancellation, out var readable);
        if (!readable) return result;
        if (library != null && library.Papers.Count == 0 && library.Text.Trim().Length > 0
            && !library.Text.Contains('@'))
            return Refuse($"'{path}' holds no BibTeX: no entry, no @string, @comment or @preamble. " +
                          "Nothing was written.");

        var works = DuplicateFinder.Find(read, includeSingles: true, cancellation);
        result.Merged = read.Count - works.Count;
        var known = new SameWorkIndex();
        foreach (var paper in library?.Papers ?? Array.Empty<Paper>()) known.Add(paper);
        var fresh = new List<Paper>();
        foreach (var work in works)
        {
            var paper = work.Count == 1 ? work.Members[0].Paper : PaperMerger.Merge(work.Papers);
            if (known.FindSameWork(paper) != null) result.AlreadyPresent++;
            else
            {
                fresh.Add(paper);
                known.Add(paper);
            }
        }
        // Completing rewrites the file, which only a UTF-8 library survives byte for byte.
        var incomplete = library != null && library.IsUtf8
            ? library.Papers.Where(IsTitleOnly).ToList()
            : new List<Paper>();
        reporter.Verbose($"{Plural(read.Count, "paper")} read, {result.Merged} merged, " +
                         $"{result.AlreadyPresent} already in '{path}', {fresh.Count} new; " +
                         $"{TitleOnly(incomplete.Count)} in it to complete.");

        var lookups = incomplete.Count == 0 ? Plural(fresh.Count, "new paper")
            : $"{Plural(fresh.Count, "new paper")} and {TitleOnly(incomplete.Count)} of the library";
        var completed = Complete(fresh.Concat(incomplete).ToList(), lookups, cancellation);
        var newPapers = completed.Take(fresh.Count).ToList();
        var completions = new Dictionary<Paper, Paper>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < incomplete.Count; i++)
            if (!IsTitleOnly(completed[fresh.Count + i])) completions[incomplete[i]] = completed[fresh.Count + i];

        var completedInPlace = Write(path, library, newPapers, completions, cancellation);
        result.Created = library == null && result.Written;
        result.Completed = completedInPlace
                           + result.AddedPapers.Count(p => !fresh.Contains(p, ReferenceEqualityComparer.Instance));
        result.StillIncomplete = incomplete.Count - completedInPlace + result.AddedPapers.Count(IsTitleOnlyPaper);
        return result;
    }

    private LibraryUpdateResult Refuse(string message)
    {
        Fail(new Problem(ErrorIds.LibraryNotBibTeX, ProblemCategory.InvalidArgument, message, Result.Path));
        return Result;
    }

    /// <summary>The library as it is now; null when it does not exist yet (<paramref name="readable"/> true).</summary>
    private BibTeXLibrary? ReadLibrary(string path, CancellationToken cancellation, out bool readable)
    {
        readable = true;
        if (!File.Exists(path) && !Directory.Exists(path)) return null;
        Problem? failure = null;
        var library = BibTeXLibrary.Read(path, p =>
        {
            if (p.ErrorId == ErrorIds.BibTeXFileUnreadable || p.ErrorId == ErrorIds.BibTeXFileNotFound) failure = p;
            else ReportLibraryWarning(p);
        }, cancellation);
        if (library == null)
        {
            readable = false;
            Fail(failure ?? new Problem(ErrorIds.BibTeXFileUnreadable, ProblemCategory.ReadError,
                $"Cannot read '{path}'.", path));
        }
        return library;
    }

    /// <summary>A warning about the library's text, once however often the run reads it (the path it is named by may
    /// differ: the write reads a symlink's target).</summary>
    private void ReportLibraryWarning(Problem problem)
    {
        if (libraryWarnings.Add($"{problem.ErrorId}:{problem.Line}:{problem.Message}")) reporter.Warning(problem);
    }

    /// <summary>The papers in order, completed where the services know them (one not completed is the same).</summary>
    private IReadOnlyList<Paper> Complete(List<Paper> papers, string described, CancellationToken cancellation)
    {
        if (papers.Count == 0) return papers;
        var services = string.Join(", ", options.Metadata.Sources.Select(MetadataFetcher.ServiceName));
        if (!reporter.ShouldProcess(services, $"Look up metadata for {described}")) return papers;
        updater ??= new MetadataUpdater(options.Metadata,
            new MetadataReporter(ReportMetadata, reporter.Progress, reporter.Verbose));
        var done = new List<Paper>(papers.Count);
        for (var start = 0; start < papers.Count; start += MetadataUpdater.WindowSize)
            done.AddRange(updater.Update(papers.Skip(start).Take(MetadataUpdater.WindowSize).ToList(), cancellation));
        foreach (var (paper, reason) in updater.Unresolved) reporter.Verbose($"Not found: {paper.Title}: {reason}");
        if (updater.Unresolved.Count > 0)
            reporter.Verbose($"{updater.Unresolved.Count} of {papers.Count} papers were not found by any service " +
                             "and stay as they are.");
        return done;
    }

    /// <summary>
    /// One write: an append of the new papers, or, with completions, the whole library (completed entries changed, the
    /// rest as read) and the new papers after it. If another run changed the file meanwhile, only the append is made.
    /// Returns how many entries were completed in place.
    /// </summary>
    private int Write(string path, BibTeXLibrary? library, List<Paper> newPapers, Dictionary<Paper, Paper> completions,
        CancellationToken cancellation)
    {
        var result = Result;
        var exporter = new PaperFileExporter<BibTeXEntry>(new BibTeXFileFormat(options.Export, library), ReportPaper,
            ReportLibraryWarning, cancellation);
        PaperFilePlan<BibTeXEntry>? plan = null;
        Problem? failure = null;
        if (completions.Count > 0)
        {
            var whole = library!.Papers.Select(p => completions.TryGetValue(p, out var done) ? done : p)
                .Concat(newPapers);
            plan = exporter.Plan(path, whole, append: false, noClobber: false, force: false, out failure);
            if (plan != null && !plan.Original.AsSpan().SequenceEqual(library.Bytes)) plan = Deferred();
        }
        if (plan == null && failure == null) plan = Append(out failure);
        if (plan == null)
        {
            Fail(failure!);
            return 0;
        }
        var completing = completions.Count > 0 && !plan.Append;
        if (!plan.WritesAnything)
        {
            reporter.Verbose($"'{path}' already has every paper; nothing was written.");
            return 0;
        }
        var action = plan.Append || !plan.Exists ? plan.Action
            : $"Complete {TitleOnly(completions.Count)} in place (every other entry as it is) " +
              $"and append {Plural(newPapers.Count, "BibTeX entry", "BibTeX entries")}";
        if (!reporter.ShouldProcess(path, action)) return 0;
        // Another writer changed the file since it was read: only the append is safe against what it holds now.
        if (!LibraryWrite.Commit(plan, _ => (Append(out var again), again), force: false, LibraryWriteErrors.BibTeX,
                cancellation, out failure, out var carriedOut))
        {
            Fail(failure!);
            return 0;
        }
        result.Written = carriedOut.WritesAnything;
        if (completing && carriedOut != plan) Deferred();
        var added = carriedOut.Written.Where(w => w.Key.Entry == null).ToList();
        foreach (var pair in added) pair.Key.CitationKey = pair.Value.Key;
        result.AddedPapers = added.Select(w => w.Key).ToArray();
        result.Added = added.Count;
        result.AlreadyPresent += carriedOut.Append ? carriedOut.AlreadyPresent.Count : 0;
        return carriedOut.Append ? 0 : completions.Count;

        PaperFilePlan<BibTeXEntry>? Append(out Problem? problem)
            => exporter.Plan(path, newPapers, append: true, noClobber: false, force: false, out problem);

        PaperFilePlan<BibTeXEntry>? Deferred()
        {
            reporter.Warning(new Problem(ErrorIds.LibraryCompletionDeferred, ProblemCategory.ResourceUnavailable,
                $"'{path}' was changed by another writer during this run, so its title-only entries were not " +
                "completed in place; the new papers were appended, and the next run completes the entries.", path));
            return null;
        }
    }

    /// <summary>An entry a digest run wrote without authors or year (a @misc with a title), to complete.</summary>
    private static bool IsTitleOnly(Paper paper)
        => paper.Entry != null && string.Equals(paper.EntryType, "misc", StringComparison.OrdinalIgnoreCase)
           && IsTitleOnlyPaper(paper);

    private static bool IsTitleOnlyPaper(Paper paper)
        => !string.IsNullOrWhiteSpace(paper.Title) && paper.Authors.Length == 0 && paper.Year == null;

    private void Report(Problem problem)
    {
        if (problem.Severity == ProblemSeverity.Warning) reporter.Warning(problem);
        else Fail(problem);
    }

    private void ReportMetadata(Problem problem)
    {
        if (problem.ErrorId == ErrorIds.MetadataCacheUnavailable) reporter.Warning(problem);
        else Fail(problem);
    }

    // As Export-PaperBibTeX reports them: what an entry is written without is a warning, a paper not written an error.
    private void ReportPaper(Problem problem)
    {
        switch (problem.ErrorId)
        {
            case ErrorIds.BibTeXUnmappableCharacter:
            case ErrorIds.BibTeXKeyUnsafe:
            case ErrorIds.BibTeXPossibleDuplicate:
            case ErrorIds.BibTeXMacroConflict:
                reporter.Warning(problem);
                break;
            default:
                Report(problem);
                break;
        }
    }

    private static string Plural(int n, string one, string? many = null)
        => n == 1 ? $"1 {one}" : $"{n:N0} {many ?? one + "s"}";

    private static string TitleOnly(int n) => Plural(n, "title-only entry", "title-only entries");

    public void Dispose() => updater?.Dispose();
}

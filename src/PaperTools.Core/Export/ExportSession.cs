using System.Runtime.InteropServices;
using PaperTools.BibTeX;
using PaperTools.Formats.BibTeX;
using PaperTools.Diagnostics;
using PaperTools.Identity;

namespace PaperTools.Export;

/// <summary>
/// Turns papers into one format's records, one at a time, for one target; every export and conversion runs one.
/// The same paper or entry given twice is written once, and so is the same work from a digest; records read from a
/// library file (.bib, RIS, CSL-JSON) are the user's data: never merged with each other, and written whatever they
/// hold. A digest paper with nothing the format can cite is named, not written. Keys stay unique across the target
/// and the session; which key a paper gets is the format's rule (<see cref="RecordComposer{TRecord}"/>).
/// </summary>
public sealed class ExportSession<TRecord> where TRecord : class
{
    private readonly ExportFormat<TRecord> format;
    private readonly RecordComposer<TRecord> composer;
    private readonly SameWorkIndex library = new();
    private readonly SameWorkIndex written = new();
    private readonly Dictionary<BibTeXEntry, Paper> writtenEntries = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> libraryKeys = new(StringComparer.OrdinalIgnoreCase);
    private readonly Action<Problem> report;
    private readonly string? target;
    private readonly bool appending;
    // What the session knows of each paper of the target and the input, in one entry a paper.
    private readonly Dictionary<Paper, PaperInSession> papers = new(ReferenceEqualityComparer.Instance);

    /// <param name="format">The format written.</param>
    /// <param name="library">The papers the target already has (read back from it); their keys stay reserved.</param>
    /// <param name="report">Receives what the format's records are written without, and the papers not written.</param>
    /// <param name="appending">True when the library stays in the file: its keys taken, its papers compared.</param>
    /// <param name="target">The file written, for messages.</param>
    /// <param name="newLine">The line break of records made anew.</param>
    public ExportSession(ExportFormat<TRecord> format, IEnumerable<Paper>? library = null,
        Action<Problem>? report = null, bool appending = false, string? target = null, string newLine = "\n")
    {
        this.report = report ?? (_ => { });
        this.appending = appending;
        this.target = target;
        this.format = format;
        composer = format.Composer(this.report, newLine ?? "\n");
        library ??= Array.Empty<Paper>();
        if (library.TryGetNonEnumeratedCount(out var count))
        {
            papers.EnsureCapacity(count);
            this.library.EnsureCapacity(count);
            Keys.EnsureCapacity(count);
        }
        foreach (var paper in library)
        {
            this.library.Add(KeysOf(paper));
            if (string.IsNullOrEmpty(paper.CitationKey)) continue;
            Keys.Take(paper.CitationKey);
            libraryKeys.Add(paper.CitationKey);
        }
    }

    /// <summary>Every key in use: the target's and this session's.</summary>
    internal CitationKeys Keys { get; } = new();

    /// <summary>A record read from a library file, not a digest: its entry, or its source format, says so.</summary>
    private static bool IsLibraryRecord(Paper paper)
        => paper.Entry != null || paper.SourceFormat == DigestFormat.Ris || paper.SourceFormat == DigestFormat.CslJson;

    /// <summary>The paper of the target that is the same work, or null.</summary>
    public Paper? FindInLibrary(Paper? paper)
    {
        if (paper == null) return null;
        var found = library.FindSameWork(KeysOf(paper), out var match);
        // Tied by an identifier or a whole title, the tie holds both ways (a cut title's may not: SameWorkIndex).
        if (found != null && match!.Reason != SameWorkReason.TruncatedTitle) KeysOf(found).FoundInLibrary = true;
        return found;
    }

    /// <summary>True when a paper looked up in the target is the same work as its paper <paramref name="held"/>.
    /// </summary>
    internal bool FoundInLibrary(Paper held) => papers.TryGetValue(held, out var known) && known.FoundInLibrary;

    /// <summary>
    /// The paper this session already wrote that <paramref name="paper"/> repeats, or null: the same paper or entry
    /// given twice, or, for a paper from a digest, the same work.
    /// </summary>
    public Paper? FindWritten(Paper? paper)
    {
        if (paper == null) return null;
        if (KeyOf(paper) != null) return paper;
        if (paper.Entry != null) return writtenEntries.TryGetValue(paper.Entry, out var same) ? same : null;
        return IsLibraryRecord(paper) ? null : written.FindSameWork(KeysOf(paper));
    }

    /// <summary>The key <paramref name="paper"/> was written under in this session.</summary>
    public string? KeyOf(Paper? paper)
        => paper != null && papers.TryGetValue(paper, out var known) ? known.WrittenKey : null;

    /// <summary>
    /// The record for <paramref name="paper"/>; null when this session wrote it already, it has nothing to cite, or
    /// it is not a work in this format (named through the report).
    /// </summary>
    public TRecord? Add(Paper? paper) => Add(paper, out _);

    /// <summary>
    /// As <see cref="Add(Paper)"/>; when this session wrote the same work, <paramref name="writtenAs"/> is that paper.
    /// </summary>
    public TRecord? Add(Paper? paper, out Paper? writtenAs)
    {
        writtenAs = null;
        if (paper == null) return null;
        composer.Know(paper);
        if (format.NotAWork(paper) is Problem notAWork)
        {
            report(notAWork);
            return null;
        }
        writtenAs = FindWritten(paper);
        return writtenAs != null ? null : AddNew(paper);
    }

    private TRecord? AddNew(Paper paper)
    {
        var identity = KeysOf(paper);
        if (composer.PossibleDuplicateId is string duplicateId) ReportPossibleDuplicate(paper, identity, duplicateId);
        if (!IsLibraryRecord(paper) && composer.NothingToCite(paper, identity) is Problem nothing)
        {
            report(nothing);
            return null;
        }
        var key = composer.ChooseKey(paper, this);
        var record = composer.Compose(paper, key);
        written.Add(identity);
        identity.WrittenKey = key;
        if (paper.Entry != null) writtenEntries[paper.Entry] = paper;
        if (key.Length > 0) Keys.Wrote(key, paper.Entry?.Document);
        return record;
    }

    /// <summary>
    /// Makes <paramref name="papers"/>, the whole input, known before any is added, so that a record can draw on one
    /// that comes after it (a crossref parent follows its children in a .bib).
    /// </summary>
    public void Know(IEnumerable<Paper> papers)
    {
        // The whole input, counted: the session's entries, written index and keys for it are made room for once, not
        // by doubling.
        if (papers.TryGetNonEnumeratedCount(out var count))
        {
            this.papers.EnsureCapacity(this.papers.Count + count);
            written.EnsureCapacity(count);
            Keys.EnsureCapacity(count);
        }
        foreach (var paper in papers) composer.Know(paper);
    }

    /// <summary>True when this session wrote <paramref name="key"/> already.</summary>
    internal bool WroteKey(string key) => Keys.WasWritten(key, out _);

    /// <summary>
    /// An entry's own key is free unless this session wrote it for an entry of another file, or, when appending,
    /// the target has it. Two entries of one file that share a key keep it: the file already had both.
    /// </summary>
    internal bool IsFreeFor(string key, Paper paper)
    {
        if (Keys.WasWritten(key, out var document) && (document == null || document != paper.Entry?.Document))
            return false;
        return !(appending && libraryKeys.Contains(key));
    }

    // The first possible duplicate is named: one this session wrote, else, when appending, one of the target. Two
    // records read from files are never compared: each is the user's. The candidates are looked through in place,
    // with no query object a paper (most papers have none).
    private void ReportPossibleDuplicate(Paper paper, SameWorkKeys identity, string errorId)
    {
        var fromFile = IsLibraryRecord(paper);
        foreach (var candidate in written.Candidates(identity))
            if ((!fromFile || !IsLibraryRecord(candidate.Paper))
                && TryReportPossibleDuplicate(paper, candidate, errorId)) return;
        if (!appending) return;
        foreach (var candidate in library.Candidates(identity))
            if (TryReportPossibleDuplicate(paper, candidate, errorId)) return;
    }

    private bool TryReportPossibleDuplicate(Paper paper, SameWorkCandidate candidate, string errorId)
    {
        if (!candidate.Match.IsPossibleDuplicate) return false;
        var where = candidate.Paper.CitationKey is { Length: > 0 } k ? $"'{k}'"
            : $"the paper from '{candidate.Paper.Source}' line {candidate.Paper.SourceLine}";
        var inTarget = target == null ? string.Empty : " in '" + target + "'";
        report(new Problem(errorId, ProblemCategory.InvalidData,
            $"'{Describe(paper)}' ({paper.Source}:{paper.SourceLine}) and {where}{inTarget} have " +
            $"{candidate.Match.Explain()}; both are kept.", paper.Source, paper.SourceLine));
        return true;
    }

    /// <summary>What the session knows of a paper of the target or the input, its same-work keys worked out the
    /// first time.</summary>
    internal PaperInSession KeysOf(Paper paper)
    {
        ref var known = ref CollectionsMarshal.GetValueRefOrAddDefault(papers, paper, out _);
        return known ??= new PaperInSession(paper);
    }

    /// <summary>A paper as messages name it: its title (or id, or key), cut to 60 characters.</summary>
    internal static string Describe(Paper paper)
        => MessageText.Shorten(paper.Title ?? paper.Id ?? paper.CitationKey, 60);
}

using System.Diagnostics.CodeAnalysis;
using PaperTools.Diagnostics;
using PaperTools.Files;

namespace PaperTools.Export;

/// <summary>
/// Exports papers to a file of one format in two steps: <see cref="Plan"/> reads the target and works out the new
/// content (what -WhatIf reports); <see cref="Commit"/> writes it as every library is written
/// (<see cref="LibraryWrite"/>: under its lock, atomic where a rename can be, planned anew if another writer changed
/// the file meanwhile). With append, papers the file already has are left out and its bytes stay as they were, the
/// new records after them; a second run with the same papers writes nothing. Without append the file is replaced,
/// but papers it had keep their keys.
/// </summary>
public sealed class PaperFileExporter<TRecord> where TRecord : class
{
    private readonly ExportFormat<TRecord> format;
    private readonly Action<Problem> report;
    private readonly Action<Problem> reportTargetProblem;
    private readonly CancellationToken cancellation;

    /// <param name="report">Problems with the papers (nothing to cite, what a record is written without).</param>
    /// <param name="reportTargetProblem">
    /// Problems of the existing target's records, which it keeps; by default <paramref name="report"/> gets them as
    /// warnings (<see cref="Problem.KeptInTarget"/>).
    /// </param>
    public PaperFileExporter(ExportFormat<TRecord> format, Action<Problem>? report,
        Action<Problem>? reportTargetProblem = null, CancellationToken cancellation = default)
    {
        this.format = format;
        this.report = report ?? (_ => { });
        this.reportTargetProblem = reportTargetProblem ?? (p => this.report(p.KeptInTarget()));
        this.cancellation = cancellation;
    }

    /// <summary>
    /// The plan for writing <paramref name="papers"/> to <paramref name="path"/>; null, with
    /// <paramref name="failure"/>, when it cannot be done.
    /// </summary>
    public PaperFilePlan<TRecord>? Plan(string path, IEnumerable<Paper?> papers, bool append, bool noClobber,
        bool force, out Problem? failure)
        => Plan(path, papers.OfType<Paper>().ToList(), append, noClobber, force, report, reportTargetProblem,
            out failure);

    private PaperFilePlan<TRecord>? Plan(string path, List<Paper> papers, bool append, bool noClobber, bool force,
        Action<Problem> reportPaper, Action<Problem> reportTarget, out Problem? failure)
    {
        var target = LibraryFile.ResolveTarget(path);
        failure = LibraryWrite.CheckTarget(path, target, append, noClobber, force, format.Errors);
        if (failure != null) return null;
        var exists = File.Exists(target);
        ExistingFile<TRecord>? existing = null;
        if (exists && (existing = format.Read(path, target, append, reportTarget, cancellation, out failure)) == null)
            return null;

        var appending = append && existing != null;
        var newLine = appending ? existing!.NewLine : format.NewLineFor(papers);
        var session = new ExportSession<TRecord>(format, existing?.Papers, reportPaper, appending, path, newLine);
        var written = new List<KeyValuePair<Paper, TRecord>>();
        var present = new List<KeyValuePair<Paper, Paper>>();
        session.Know(papers);
        foreach (var paper in papers)
        {
            cancellation.ThrowIfCancellationRequested();
            var same = append ? session.FindInLibrary(paper) : null;
            TRecord? record = null;
            if (same == null) record = session.Add(paper, out same);
            if (same != null) present.Add(new KeyValuePair<Paper, Paper>(paper, same));
            else if (record != null) written.Add(new KeyValuePair<Paper, TRecord>(paper, record));
        }

        LibraryContent? content = null;
        byte[]? tail = null;
        long keep = 0;
        if (appending)
        {
            if (written.Count > 0)
            {
                tail = existing!.Continuation(path, written, reportPaper, out keep, out failure);
                if (tail == null) return null;
                // The file's bytes that stay are written from where they were read.
                content = new LibraryContent(
                    new ReadOnlyMemory<byte>[] { existing.Bytes.AsMemory(0, (int)keep), tail });
            }
        }
        else if (!append || written.Count > 0) content = format.NewFile(written, newLine);
        var plan = new PaperFilePlan<TRecord>(format, path, target, append, exists, existing?.Bytes, content, tail,
            keep, written, present, papers);
        if (existing != null) plan.CountDropped(existing.Papers, papers, session.KeysOf, session.FoundInLibrary);
        return plan;
    }

    /// <summary>
    /// Carries out <paramref name="plan"/> under the library's lock; false, with <paramref name="failure"/> set, when
    /// the file could not be written (it is then as it was). The papers written get their keys in CitationKey.
    /// </summary>
    public bool Commit(PaperFilePlan<TRecord> plan, bool force, out Problem? failure)
        => Commit(plan, force, out failure, out _);

    /// <param name="carriedOut">
    /// The plan written: <paramref name="plan"/>, or the one made anew when another writer had changed the file.
    /// </param>
    public bool Commit(PaperFilePlan<TRecord> plan, bool force, out Problem? failure,
        [NotNullWhen(true)] out PaperFilePlan<TRecord>? carriedOut)
    {
        if (!LibraryWrite.Commit(plan, p => (Plan(p.Path, p.Papers.ToList(), p.Append, noClobber: false, force,
                    _ => { }, _ => { }, out var again)!, again!),
                force, format.Errors, cancellation, out failure, out carriedOut))
            return false;
        foreach (var pair in carriedOut.Written) pair.Key.CitationKey = format.KeyOf(pair.Value);
        foreach (var pair in carriedOut.AlreadyPresent)
            if (!string.IsNullOrEmpty(pair.Value.CitationKey)) pair.Key.CitationKey = pair.Value.CitationKey;
        return true;
    }
}

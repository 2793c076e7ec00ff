using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using PaperTools.Diagnostics;
using PaperTools.Digests;
using PaperTools.Files;

namespace PaperTools.Export;

/// <summary>
/// Exports papers to a RIS or CSL-JSON file with Export-PaperBibTeX's guarantees: <see cref="Plan"/> reads the
/// target and works out the new content, <see cref="Commit"/> writes it as every library is written
/// (<see cref="LibraryWrite"/>: locked, links, mode and owner kept, atomic where a rename can be). With append, papers the file already has (same arXiv id, DOI or title) are left out and the file's
/// bytes stay as they were, the new records after them (CSL-JSON reopens only its closing bracket); a second run
/// with the same papers writes nothing. Without append the file is replaced, but papers it had keep their keys.
/// </summary>
public sealed class PaperFileExporter
{
    private static readonly UTF8Encoding Utf8 = new UTF8Encoding(false);

    private readonly IPaperFileFormat format;
    private readonly Action<Problem> report;
    private readonly Action<Problem> reportTargetProblem;
    private readonly CancellationToken cancellation;

    /// <param name="report">Problems with the papers (one with nothing to cite).</param>
    /// <param name="reportTargetProblem">Problems found in the existing target (a broken record), which stays as it is.</param>
    public PaperFileExporter(IPaperFileFormat format, Action<Problem> report, Action<Problem> reportTargetProblem = null, CancellationToken cancellation = default)
    {
        this.format = format;
        this.report = report ?? (_ => { });
        this.reportTargetProblem = reportTargetProblem ?? this.report;
        this.cancellation = cancellation;
    }

    public PaperFilePlan Plan(string path, IEnumerable<Paper> papers, bool append, bool noClobber, bool force, out Problem failure)
        => Plan(path, papers.Where(p => p != null).ToList(), append, noClobber, force, report, reportTargetProblem, out failure);

    private PaperFilePlan Plan(string path, List<Paper> papers, bool append, bool noClobber, bool force, Action<Problem> reportPaper, Action<Problem> reportTarget, out Problem failure)
    {
        var target = LibraryFile.ResolveTarget(path);
        failure = LibraryWrite.CheckTarget(path, target, append, noClobber, force, Errors);
        if (failure != null) return null;
        var exists = File.Exists(target);

        byte[] original = null;
        string existingText = null;
        var library = new List<Paper>();
        if (exists && !ReadTarget(path, target, library, reportTarget, out original, out existingText, out failure)) return null;

        var session = new ExportSession(format.Name, library, reportPaper);
        var written = new List<ExportRecord>();
        var present = new List<KeyValuePair<Paper, Paper>>();
        foreach (var paper in papers)
        {
            cancellation.ThrowIfCancellationRequested();
            var same = append ? session.FindInLibrary(paper) : null;
            ExportRecord record = null;
            if (same == null) record = session.Add(paper, out same);
            if (same != null)
            {
                present.Add(new KeyValuePair<Paper, Paper>(paper, same));
                continue;
            }
            if (record != null) written.Add(record);
        }

        byte[] content = null, tail = null;
        long tailStart = 0;
        if (append && exists)
        {
            if (written.Count > 0 && !Appended(path, original, existingText, written, out content, out tail, out tailStart, out failure)) return null;
        }
        else if (!append || written.Count > 0) content = Utf8.GetBytes(format.NewFile(written));
        var plan = new PaperFilePlan(path, target, format.Name, append, exists, original, content, tail, tailStart,
            written, present, papers);
        plan.CountDropped(library, papers);
        return plan;
    }

    /// <summary>
    /// Carries out <paramref name="plan"/> as every exporter writes a library (<see cref="LibraryWrite"/>): under its
    /// lock, planned anew if another writer changed the file meanwhile. False, with <paramref name="failure"/> set,
    /// when the file could not be written (it is then as it was). The papers written get their keys in CitationKey.
    /// </summary>
    public bool Commit(PaperFilePlan plan, bool force, out Problem failure)
    {
        if (!LibraryWrite.Commit(plan, p => (Plan(p.Path, p.Papers.ToList(), p.Append, noClobber: false, force, _ => { }, _ => { }, out var again), again),
                force, Errors, cancellation, out failure, out var carriedOut))
            return false;
        foreach (var record in carriedOut.Written) record.Paper.CitationKey = record.Key;
        foreach (var pair in carriedOut.AlreadyPresent)
            if (!string.IsNullOrEmpty(pair.Value.CitationKey)) pair.Key.CitationKey = pair.Value.CitationKey;
        return true;
    }

    private LibraryWriteErrors Errors => LibraryWriteErrors.Export(format.Name);

    /// <summary>Reads what the target holds, with the reader of the format; its problems are the caller's warnings.</summary>
    private bool ReadTarget(string path, string target, List<Paper> library, Action<Problem> reportTarget, out byte[] original, out string text, out Problem failure)
    {
        failure = null;
        text = null;
        try { original = File.ReadAllBytes(target); }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is System.Security.SecurityException)
        {
            original = null;
            failure = new Problem(ErrorIds.ExportFileUnreadable, ProblemCategory.ReadError, $"Cannot read '{path}': {ex.Message}", path, 0, ex);
            return false;
        }
        if (original.Length == 0)
        {
            text = string.Empty;
            return true;
        }
        var withoutBom = original.Length >= 3 && original[0] == 0xEF && original[1] == 0xBB && original[2] == 0xBF ? 3 : 0;
        try { text = new UTF8Encoding(false, true).GetString(original, withoutBom, original.Length - withoutBom); }
        catch (DecoderFallbackException)
        {
            failure = new Problem(ErrorIds.ExportFileUnreadable, ProblemCategory.InvalidData,
                $"'{path}' is not UTF-8 text; records cannot be added to it without changing its encoding. Convert it to UTF-8 first, or replace it without -Append.", path);
            return false;
        }
        var source = DigestSource.FromText(path, text, File.GetLastWriteTime(target));
        var problems = new List<Problem>();
        var context = new DigestReadContext(new DigestImportOptions { Format = format.ReadAs }, problems.Add, cancellation);
        library.AddRange(new DigestImporter().Import(source, context));
        foreach (var problem in problems) reportTarget(problem);
        return true;
    }

    /// <summary>The file with the new records after its own (content), and the part of it after the bytes that stay (tail).</summary>
    private bool Appended(string path, byte[] original, string text, List<ExportRecord> written, out byte[] content, out byte[] tail, out long tailStart, out Problem failure)
    {
        failure = null;
        content = tail = null;
        tailStart = 0;
        var newLine = text.Contains("\r\n") ? "\r\n" : text.Contains("\n") ? "\n" : format.NewLine;
        var continuation = format.Continuation(text, written, newLine, out var replaceFromEnd, out var why);
        if (continuation == null)
        {
            failure = new Problem(ErrorIds.ExportFileUnreadable, ProblemCategory.InvalidData,
                $"'{path}' cannot take more {format.Name} records: {why} Nothing was written; replace it without -Append, or mend it first.", path);
            return false;
        }
        // Everything before the replaced tail stays byte for byte; the replaced part is ASCII (a bracket, white space).
        tailStart = original.Length - Utf8.GetByteCount(text.Substring(text.Length - replaceFromEnd));
        tail = Utf8.GetBytes(continuation);
        content = new byte[tailStart + tail.Length];
        Buffer.BlockCopy(original, 0, content, 0, (int)tailStart);
        Buffer.BlockCopy(tail, 0, content, (int)tailStart, tail.Length);
        return true;
    }
}

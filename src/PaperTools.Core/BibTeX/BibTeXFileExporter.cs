using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using PaperTools.Diagnostics;
using PaperTools.Files;

namespace PaperTools.BibTeX;

/// <summary>
/// Exports papers to a .bib file in two steps: <see cref="Plan"/> reads the target and works out the new content
/// (what -WhatIf reports); <see cref="Commit"/> writes it as every exporter does (<see cref="LibraryWrite"/>: under
/// the library's lock, planned anew if another writer changed the file meanwhile). With append, papers the file
/// already has are left out and its bytes stay exactly as they were, the new entries after them; a second run
/// with the same papers writes nothing at all. Without append the file is replaced by the papers' entries, each
/// entry read from a .bib with the blocks of its file; papers the file had keep their keys.
/// </summary>
public sealed class BibTeXFileExporter
{
    private static readonly UTF8Encoding Utf8 = new UTF8Encoding(false);

    private readonly BibTeXExportOptions options;
    private readonly Action<Problem> report;
    private readonly Action<Problem> reportTargetProblem;
    private readonly CancellationToken cancellation;

    /// <param name="report">Problems with the papers (nothing to write, a character ASCII cannot spell, an unsafe key, a possible duplicate).</param>
    /// <param name="reportTargetProblem">Problems found in the existing target (a broken entry), which stays as it is.</param>
    public BibTeXFileExporter(BibTeXExportOptions options, Action<Problem> report, Action<Problem> reportTargetProblem = null, CancellationToken cancellation = default)
    {
        this.options = options ?? new BibTeXExportOptions();
        this.report = report ?? (_ => { });
        this.reportTargetProblem = reportTargetProblem ?? this.report;
        this.cancellation = cancellation;
    }

    /// <summary>The plan for writing <paramref name="papers"/> to <paramref name="path"/>; null, with <paramref name="failure"/> set, when it cannot be done.</summary>
    public BibTeXFilePlan Plan(string path, IEnumerable<Paper> papers, bool append, bool noClobber, bool force, out Problem failure)
        => Plan(path, papers.Where(p => p != null).ToList(), append, noClobber, force, report, reportTargetProblem, out failure);

    private BibTeXFilePlan Plan(string path, List<Paper> papers, bool append, bool noClobber, bool force, Action<Problem> reportPaper, Action<Problem> reportTarget, out Problem failure)
    {
        var target = LibraryFile.ResolveTarget(path);
        failure = LibraryWrite.CheckTarget(path, target, append, noClobber, force, LibraryWriteErrors.BibTeX);
        if (failure != null) return null;
        var exists = File.Exists(target);

        BibTeXLibrary library = null;
        if (exists)
        {
            Problem readFailure = null;
            library = BibTeXLibrary.Read(target, p =>
            {
                if (p.ErrorId == ErrorIds.BibTeXFileUnreadable || p.ErrorId == ErrorIds.BibTeXFileNotFound) readFailure = p;
                else reportTarget(p);
            }, cancellation);
            if (library == null)
            {
                failure = readFailure;
                return null;
            }
            if (append && library.UnterminatedLine > 0)
            {
                failure = new Problem(ErrorIds.BibTeXFileUnterminated, ProblemCategory.InvalidData,
                    $"'{path}' line {library.UnterminatedLine}: the {library.UnterminatedConstruct} there is never closed, so bibtex and biber read everything after it, entries appended too, as part of it. Nothing was written; close it first.",
                    path, library.UnterminatedLine);
                return null;
            }
            if (append && !library.IsUtf8 && !(library.Encoding is SingleByteEncoding))
            {
                failure = new Problem(ErrorIds.BibTeXFileEncodingMismatch, ProblemCategory.InvalidData,
                    $"'{path}' is UTF-16; entries cannot be appended to it without changing its encoding. Convert it to UTF-8 first.", path);
                return null;
            }
        }

        var appending = append && exists;
        var newLine = appending ? library.NewLine : papers.Select(p => p.Entry?.Document?.NewLine).FirstOrDefault(n => n != null) ?? "\n";
        var session = new BibTeXExportSession(options, library?.Papers, reportPaper, appending, path, newLine);
        var written = new List<KeyValuePair<Paper, BibTeXEntry>>();
        var present = new List<KeyValuePair<Paper, Paper>>();
        foreach (var paper in papers)
        {
            cancellation.ThrowIfCancellationRequested();
            var same = append ? session.FindInLibrary(paper) : null;
            BibTeXEntry entry = null;
            if (same == null) entry = session.Add(paper, out same);
            if (same != null)
            {
                present.Add(new KeyValuePair<Paper, Paper>(paper, same));
                continue;
            }
            if (entry != null) written.Add(new KeyValuePair<Paper, BibTeXEntry>(paper, entry));
        }

        byte[] added = null;
        byte[] content;
        if (appending)
        {
            added = Appended(path, library, written, reportPaper, out failure);
            if (failure != null) return null;
            content = added == null ? null : Joined(library.Bytes, added);
        }
        else if (append && written.Count == 0) content = null;
        else
        {
            var output = new BibTeXOutput(newLine);
            foreach (var pair in written) output.Add(pair.Value);
            content = output.Finish();
        }
        var plan = new BibTeXFilePlan(path, target, append, exists, library?.Bytes, content, added, written,
            present, papers);
        if (library != null) plan.CountDropped(library.Papers, papers);
        return plan;
    }

    /// <summary>
    /// Carries out <paramref name="plan"/> under the library's lock; false, with <paramref name="failure"/> set, when
    /// the file could not be written (it is then as it was). The papers written get their keys in CitationKey.
    /// </summary>
    public bool Commit(BibTeXFilePlan plan, bool force, out Problem failure) => Commit(plan, force, out failure, out _);

    /// <param name="carriedOut">The plan written: <paramref name="plan"/>, or the one made anew when another writer had changed the file.</param>
    public bool Commit(BibTeXFilePlan plan, bool force, out Problem failure, out BibTeXFilePlan carriedOut)
    {
        if (!LibraryWrite.Commit(plan, p => (Plan(p.Path, p.Papers.ToList(), p.Append, noClobber: false, force, _ => { }, _ => { }, out var again), again),
                force, LibraryWriteErrors.BibTeX, cancellation, out failure, out carriedOut))
            return false;
        foreach (var pair in carriedOut.Written) pair.Key.CitationKey = pair.Value.Key;
        foreach (var pair in carriedOut.AlreadyPresent)
            if (!string.IsNullOrEmpty(pair.Value.CitationKey)) pair.Key.CitationKey = pair.Value.CitationKey;
        return true;
    }

    private static byte[] Joined(byte[] first, byte[] second)
    {
        var joined = new byte[first.Length + second.Length];
        Buffer.BlockCopy(first, 0, joined, 0, first.Length);
        Buffer.BlockCopy(second, 0, joined, first.Length, second.Length);
        return joined;
    }

    /// <summary>
    /// The bytes appended after the target's own: a separator, then each new entry (after the @string definitions it
    /// needs from its own file that the target lacks); null when nothing is new.
    /// </summary>
    private static byte[] Appended(string path, BibTeXLibrary library, List<KeyValuePair<Paper, BibTeXEntry>> written, Action<Problem> reportPaper, out Problem failure)
    {
        failure = null;
        if (written.Count == 0) return null;
        var newLine = library.NewLine;
        var defined = library.Document.Blocks.Where(b => b.Kind == BibTeXBlockKind.String)
            .GroupBy(b => b.MacroName, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Last().MacroValue, StringComparer.OrdinalIgnoreCase);
        var copied = new HashSet<BibTeXBlock>();
        var items = new List<string>();
        foreach (var pair in written)
        {
            foreach (var definition in MacroReferences.Needed(pair.Value))
            {
                if (!copied.Add(definition)) continue;
                if (defined.TryGetValue(definition.MacroName, out var value))
                {
                    if (value != definition.MacroValue)
                        reportPaper(new Problem(ErrorIds.BibTeXMacroConflict, ProblemCategory.InvalidData,
                            $"'{pair.Value.Key}' from '{pair.Key.Source}' uses the macro '{definition.MacroName}' = {definition.MacroValue}, but '{path}' defines it as {value}; in '{path}' it reads the target's definition.",
                            pair.Key.Source, pair.Key.SourceLine));
                    continue;
                }
                defined[definition.MacroName] = definition.MacroValue;
                items.Add(definition.Text);
            }
            items.Add(pair.Value.Text);
        }
        var entries = string.Join(newLine + newLine, items) + newLine;
        if (!library.IsUtf8 && entries.Any(c => c > 127))
        {
            failure = new Problem(ErrorIds.BibTeXFileEncodingMismatch, ProblemCategory.InvalidData,
                $"'{path}' is not UTF-8 (it reads as Windows-1252), and the new entries have characters outside ASCII. Use -Escaping Latex to append to it.", path);
            return null;
        }
        var text = library.Text;
        var separator = text.Length == 0 ? string.Empty : text.EndsWith("\n", StringComparison.Ordinal) ? newLine : newLine + newLine;
        return Utf8.GetBytes(separator + entries);
    }

}

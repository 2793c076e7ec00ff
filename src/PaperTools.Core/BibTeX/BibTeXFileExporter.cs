using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using PaperTools.Diagnostics;

namespace PaperTools.BibTeX
{
    /// <summary>
    /// Exports papers to a .bib file in two steps: <see cref="Plan"/> reads the target and works out the new
    /// content; <see cref="Commit"/> writes it atomically. With append, papers the file already has are left
    /// out and the file's bytes stay exactly as they were, the new entries after them; a second run with the
    /// same papers writes nothing at all. Without append the file is replaced, but papers it had keep their keys.
    /// </summary>
    public sealed class BibTeXFileExporter
    {
        private static readonly UTF8Encoding Utf8 = new UTF8Encoding(false);

        private readonly BibTeXExportOptions options;
        private readonly Action<Problem> report;
        private readonly Action<Problem> reportTargetProblem;
        private readonly CancellationToken cancellation;

        /// <param name="report">Problems with the papers (a paper with nothing to cite, a character ASCII cannot spell).</param>
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
        {
            failure = null;
            if (Directory.Exists(path))
            {
                failure = new Problem(ErrorIds.BibTeXTargetInvalid, ProblemCategory.InvalidArgument, $"'{path}' is a directory; give the path of a .bib file.", path);
                return null;
            }
            var exists = File.Exists(path);
            if (exists && !append && noClobber)
            {
                failure = new Problem(ErrorIds.BibTeXFileExists, ProblemCategory.ResourceExists,
                    $"'{path}' already exists and -NoClobber forbids replacing it. Use -Append to add the papers it does not have yet.", path);
                return null;
            }
            if (exists && !force && (File.GetAttributes(path) & FileAttributes.ReadOnly) != 0)
            {
                failure = new Problem(ErrorIds.BibTeXFileReadOnly, ProblemCategory.InvalidOperation,
                    $"'{path}' is read-only. Use -Force to write it anyway.", path);
                return null;
            }

            BibTeXLibrary library = null;
            if (exists)
            {
                Problem readFailure = null;
                library = BibTeXLibrary.Read(path, p =>
                {
                    if (p.ErrorId == ErrorIds.BibTeXFileUnreadable || p.ErrorId == ErrorIds.BibTeXFileNotFound) readFailure = p;
                    else reportTargetProblem(p);
                }, cancellation);
                if (library == null)
                {
                    failure = readFailure;
                    return null;
                }
                if (append && !library.IsUtf8 && !(library.Encoding is SingleByteEncoding))
                {
                    failure = new Problem(ErrorIds.BibTeXFileEncodingMismatch, ProblemCategory.InvalidData,
                        $"'{path}' is UTF-16; entries cannot be appended to it without changing its encoding. Convert it to UTF-8 first.", path);
                    return null;
                }
            }

            var session = new BibTeXExportSession(options, library?.Papers, report);
            var written = new List<KeyValuePair<Paper, BibTeXEntry>>();
            var present = new List<KeyValuePair<Paper, Paper>>();
            foreach (var paper in papers)
            {
                cancellation.ThrowIfCancellationRequested();
                if (paper == null) continue;
                var same = (append ? session.FindInLibrary(paper) : null) ?? session.FindWritten(paper);
                if (same != null)
                {
                    present.Add(new KeyValuePair<Paper, Paper>(paper, same));
                    continue;
                }
                var entry = session.Add(paper);
                if (entry != null) written.Add(new KeyValuePair<Paper, BibTeXEntry>(paper, entry));
            }

            var content = Content(path, append && exists ? library : null, written, append, out failure);
            if (failure != null) return null;
            return new BibTeXFilePlan(path, append, exists, library?.Bytes, content, written, present);
        }

        /// <summary>Carries out <paramref name="plan"/>; false, with <paramref name="failure"/> set, when the file could not be written.</summary>
        public bool Commit(BibTeXFilePlan plan, bool force, out Problem failure)
        {
            failure = null;
            var path = plan.Path;
            try
            {
                if (plan.WritesAnything)
                {
                    if (plan.Append && plan.Exists && !File.ReadAllBytes(path).SequenceEqual(plan.Original))
                    {
                        failure = new Problem(ErrorIds.BibTeXFileChanged, ProblemCategory.ResourceUnavailable,
                            $"'{path}' changed while the export was being prepared; nothing was written. Run the export again.", path);
                        return false;
                    }
                    if (force && File.Exists(path) && (File.GetAttributes(path) & FileAttributes.ReadOnly) != 0)
                        File.SetAttributes(path, File.GetAttributes(path) & ~FileAttributes.ReadOnly);
                    AtomicFile.Write(path, plan.Content);
                }
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is System.Security.SecurityException)
            {
                failure = new Problem(ErrorIds.BibTeXWriteFailed, ProblemCategory.WriteError, $"Cannot write '{path}': {ex.Message} The file is as it was before.", path, 0, ex);
                return false;
            }
            foreach (var pair in plan.Written) pair.Key.CitationKey = pair.Value.Key;
            foreach (var pair in plan.AlreadyPresent)
                if (!string.IsNullOrEmpty(pair.Value.CitationKey)) pair.Key.CitationKey = pair.Value.CitationKey;
            return true;
        }

        private static byte[] Content(string path, BibTeXLibrary appendTo, List<KeyValuePair<Paper, BibTeXEntry>> written, bool append, out Problem failure)
        {
            failure = null;
            var newLine = appendTo?.NewLine ?? "\n";
            var entries = string.Join(newLine + newLine, written.Select(w => w.Value.ToText(newLine)));
            if (written.Count > 0) entries += newLine;
            if (appendTo == null) return append && written.Count == 0 ? null : Utf8.GetBytes(entries);
            if (written.Count == 0) return null;

            if (!appendTo.IsUtf8 && entries.Any(c => c > 127))
            {
                failure = new Problem(ErrorIds.BibTeXFileEncodingMismatch, ProblemCategory.InvalidData,
                    $"'{path}' is not UTF-8 (it reads as Windows-1252), and the new entries have characters outside ASCII. Use -Escaping Latex to append to it.", path);
                return null;
            }
            var text = appendTo.Text;
            var separator = text.Length == 0 ? string.Empty : text.EndsWith("\n", StringComparison.Ordinal) ? newLine : newLine + newLine;
            var added = Utf8.GetBytes(separator + entries);
            var content = new byte[appendTo.Bytes.Length + added.Length];
            Buffer.BlockCopy(appendTo.Bytes, 0, content, 0, appendTo.Bytes.Length);
            Buffer.BlockCopy(added, 0, content, appendTo.Bytes.Length, added.Length);
            return content;
        }
    }
}

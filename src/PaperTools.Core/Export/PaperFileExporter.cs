using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using PaperTools.BibTeX;
using PaperTools.BibTeX.Files;
using PaperTools.Diagnostics;
using PaperTools.Digests;

namespace PaperTools.Export
{
    /// <summary>
    /// Exports papers to a RIS or CSL-JSON file with Export-PaperBibTeX's guarantees: <see cref="Plan"/> reads the
    /// target and works out the new content, <see cref="Commit"/> writes it atomically (a temporary file, then one
    /// rename). With append, papers the file already has (same arXiv id, DOI or title) are left out and the file's
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
        {
            failure = null;
            if (Directory.Exists(path))
            {
                failure = new Problem(ErrorIds.ExportTargetInvalid, ProblemCategory.InvalidArgument, $"'{path}' is a directory; give the path of a {format.Name} file.", path);
                return null;
            }
            var exists = File.Exists(path);
            if (exists && !append && noClobber)
            {
                failure = new Problem(ErrorIds.ExportFileExists, ProblemCategory.ResourceExists,
                    $"'{path}' already exists and -NoClobber forbids replacing it. Use -Append to add the papers it does not have yet.", path);
                return null;
            }
            if (exists && !force && (File.GetAttributes(path) & FileAttributes.ReadOnly) != 0)
            {
                failure = new Problem(ErrorIds.ExportFileReadOnly, ProblemCategory.InvalidOperation, $"'{path}' is read-only. Use -Force to write it anyway.", path);
                return null;
            }

            byte[] original = null;
            string existingText = null;
            var library = new List<Paper>();
            if (exists && !ReadTarget(path, library, out original, out existingText, out failure)) return null;

            var session = new ExportSession(format.Name, library, report);
            var written = new List<ExportRecord>();
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
                var record = session.Add(paper);
                if (record != null) written.Add(record);
            }

            byte[] content;
            if (append && exists)
            {
                content = written.Count == 0 ? null : Appended(path, original, existingText, written, out failure);
                if (failure != null) return null;
            }
            else content = append && written.Count == 0 ? null : Utf8.GetBytes(format.NewFile(written));
            return new PaperFilePlan(path, format.Name, append, exists, original, content, written, present);
        }

        public bool Commit(PaperFilePlan plan, bool force, out Problem failure)
        {
            failure = null;
            var path = plan.Path;
            try
            {
                if (plan.WritesAnything)
                {
                    if (plan.Exists && !File.ReadAllBytes(path).SequenceEqual(plan.Original))
                    {
                        failure = new Problem(ErrorIds.ExportFileChanged, ProblemCategory.ResourceUnavailable,
                            $"'{path}' changed while the export was being prepared; nothing was written. Run the export again.", path);
                        return false;
                    }
                    if (force && File.Exists(path) && (File.GetAttributes(path) & FileAttributes.ReadOnly) != 0)
                        File.SetAttributes(path, File.GetAttributes(path) & ~FileAttributes.ReadOnly);
                    // The BibTeX library's writer: temporary file, mode and owner kept, one rename, through symlinks.
                    if (!LibraryFile.TryReplace(LibraryFile.ResolveTarget(path), plan.Content))
                        throw new IOException("a replacement written by this user could not be given the file's owner.");
                }
            }
            catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException || ex is System.Security.SecurityException)
            {
                failure = new Problem(ErrorIds.ExportWriteFailed, ProblemCategory.WriteError, $"Cannot write '{path}': {ex.Message} The file is as it was before.", path, 0, ex);
                return false;
            }
            foreach (var record in plan.Written) record.Paper.CitationKey = record.Key;
            foreach (var pair in plan.AlreadyPresent)
                if (!string.IsNullOrEmpty(pair.Value.CitationKey)) pair.Key.CitationKey = pair.Value.CitationKey;
            return true;
        }

        /// <summary>Reads what the target holds, with the reader of the format; its problems are the caller's warnings.</summary>
        private bool ReadTarget(string path, List<Paper> library, out byte[] original, out string text, out Problem failure)
        {
            failure = null;
            text = null;
            try { original = File.ReadAllBytes(path); }
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
            var source = DigestSource.FromText(path, text, File.GetLastWriteTime(path));
            var problems = new List<Problem>();
            var context = new DigestReadContext(new DigestImportOptions { Format = format.ReadAs }, problems.Add, cancellation);
            library.AddRange(new DigestImporter().Import(source, context));
            foreach (var problem in problems) reportTargetProblem(problem);
            return true;
        }

        private byte[] Appended(string path, byte[] original, string text, List<ExportRecord> written, out Problem failure)
        {
            failure = null;
            var newLine = text.Contains("\r\n") ? "\r\n" : text.Contains("\n") ? "\n" : format.NewLine;
            var continuation = format.Continuation(text, written, newLine, out var replaceFromEnd, out var why);
            if (continuation == null)
            {
                failure = new Problem(ErrorIds.ExportFileUnreadable, ProblemCategory.InvalidData,
                    $"'{path}' cannot take more {format.Name} records: {why} Nothing was written; replace it without -Append, or mend it first.", path);
                return null;
            }
            // Everything before the replaced tail stays byte for byte; the tail is ASCII (a bracket, white space).
            var keep = original.Length - Utf8.GetByteCount(text.Substring(text.Length - replaceFromEnd));
            var added = Utf8.GetBytes(continuation);
            var content = new byte[keep + added.Length];
            Buffer.BlockCopy(original, 0, content, 0, keep);
            Buffer.BlockCopy(added, 0, content, keep, added.Length);
            return content;
        }
    }
}

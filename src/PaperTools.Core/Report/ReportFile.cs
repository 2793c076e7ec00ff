using System.Globalization;
using System.Text.RegularExpressions;
using PaperTools.Diagnostics;
using PaperTools.Files;

namespace PaperTools.Report;

/// <summary>
/// Writes a report to files as every PaperTools export is written (<see cref="LibraryWrite"/>: checked first, under a
/// lock, to a temporary file renamed over the target). E-mail with several recipients is one file per message: the
/// recipient's address goes before the extension (report.vision@example.org.eml), the message to no one keeps the name.
/// </summary>
public static class ReportFile
{
    private static readonly UTF8Encoding Utf8 = new(false);
    private static readonly Regex Unsafe = new("[^A-Za-z0-9._@+-]",
        Patterns.Safe);

    /// <summary>The files to write for <paramref name="path"/>: path and text, one per message for e-mail.</summary>
    public static List<(string Path, string Text, int Papers)> Files(PaperReport report, ReportFormat format,
        string path, string from = MimeReportRenderer.DefaultFrom, DateTimeOffset? date = null)
    {
        if (format != ReportFormat.Eml)
        {
            var text = new StringWriter(CultureInfo.InvariantCulture);
            ReportWriter.Write(report, format, text);
            return new() { (path, text.ToString(), Count(report)) };
        }
        var messages = MimeReportRenderer.Messages(report, from, date);
        return messages
            .Select(m => (messages.Count == 1 || m.To.Count == 0 ? path : ForRecipient(path, m.To[0]),
                m.Text, Count(m.Report)))
            .ToList();
    }

    private static int Count(PaperReport report) => report.Sections.Sum(s => s.Entries.Count);

    private static string ForRecipient(string path, string recipient)
        => Path.Combine(Path.GetDirectoryName(path) ?? string.Empty,
            Path.GetFileNameWithoutExtension(path) + "." + Unsafe.Replace(recipient, "_") + Path.GetExtension(path));

    /// <summary>
    /// Writes every file of <paramref name="report"/> for <paramref name="path"/>, each one atomically; a file that
    /// cannot be written is reported and the others still are. Returns the paths written.
    /// </summary>
    /// <param name="confirm">Asked with the path and what writing it does (ShouldProcess); false skips the
    /// file.</param>
    public static List<string> WriteAll(PaperReport report, ReportFormat format, string path, string from,
        bool noClobber, bool force, Func<string, string, bool> confirm, Action<Problem> failed,
        CancellationToken cancellation)
    {
        var written = new List<string>();
        foreach (var (file, text, papers) in Files(report, format, path, from))
        {
            var plan = Plan(file, text, format, papers, noClobber, force, out var failure);
            if (plan == null) failed(failure!);
            else if (!confirm(file, plan.Action)) continue;
            else if (!Commit(plan, force, cancellation, out failure)) failed(failure!);
            else written.Add(file);
        }
        return written;
    }

    /// <summary>
    /// Null, with <paramref name="failure"/>, when the target cannot be written (a folder, -NoClobber, read-only).
    /// </summary>
    public static ReportFilePlan? Plan(string path, string text, ReportFormat format, int papers, bool noClobber,
        bool force, out Problem? failure)
    {
        var target = LibraryFile.ResolveTarget(path);
        failure = noClobber && File.Exists(target)
            ? new Problem(ErrorIds.ExportFileExists, ProblemCategory.ResourceExists,
                $"'{path}' already exists and -NoClobber forbids replacing it.", path)
            : LibraryWrite.CheckTarget(path, target, append: false, noClobber: false, force, Errors(format));
        if (failure != null) return null;
        return Read(path, target, Utf8.GetBytes(text), format, papers, out failure);
    }

    /// <summary>
    /// Writes the plan; false, with <paramref name="failure"/>, when the file could not be written (it is as it was).
    /// </summary>
    public static bool Commit(ReportFilePlan plan, bool force, CancellationToken cancellation, out Problem? failure)
        => LibraryWrite.Commit(plan,
            p => (Read(p.Path, p.Target, p.Content?.ToArray() ?? Array.Empty<byte>(), p.Format,
                p.PaperCount, out var again), again),
            force, Errors(plan.Format), cancellation, out failure, out _);

    // The target's bytes now, so the commit can tell whether another writer changed it since (then it reads again).
    private static ReportFilePlan? Read(string path, string target, byte[] content, ReportFormat format, int papers,
        out Problem? failure)
    {
        failure = null;
        byte[]? original = null;
        try { if (File.Exists(target)) original = File.ReadAllBytes(target); }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            failure = new Problem(ErrorIds.ExportFileUnreadable, ProblemCategory.ReadError,
                $"Cannot read '{path}': {ex.Message}", path, 0, ex);
            return null;
        }
        return new ReportFilePlan(path, target, original != null, original, content, format, papers);
    }

    private static LibraryWriteErrors Errors(ReportFormat format) => LibraryWriteErrors.Export(format + " report");
}

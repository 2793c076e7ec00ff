using System.Security;
using PaperTools.Diagnostics;
using PaperTools.Digests;
using PaperTools.Files;
using PaperTools.Formats.BibTeX;

namespace PaperTools.Export;

/// <summary>
/// A text format of records that PaperTools' digest readers read back (RIS, CSL-JSON): a target is read as UTF-8
/// with that reader, and new records join it through <see cref="Continuation"/>, which leaves its bytes as they are.
/// </summary>
public abstract class RecordFileFormat : ExportFormat<KeyedPaper>
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>The digest reader that reads such a file back (to learn what an existing target holds).</summary>
    public abstract DigestFormat ReadAs { get; }

    /// <summary>The line break a new file uses.</summary>
    public abstract string NewLine { get; }

    /// <summary>The whole text of a new file holding <paramref name="records"/>.</summary>
    public abstract string NewFile(IReadOnlyList<KeyedPaper> records);

    /// <summary>
    /// The text to add after <paramref name="existing"/> (the target's text, unchanged) so that it holds the new
    /// records too, and how many characters at its end to replace (CSL-JSON reopens its closing bracket); null,
    /// with <paramref name="failure"/>, when the existing text cannot take more records.
    /// </summary>
    public abstract string? Continuation(string existing, IReadOnlyList<KeyedPaper> records, string newLine,
        out int replaceFromEnd, out string? failure);

    /// <summary>
    /// The names of what <paramref name="item"/>, <paramref name="paper"/>'s, states that this format has no tag or
    /// variable for: its
    /// record keeps them in its note, and the export names them in an <see cref="ErrorIds.ExportItemValueInNote"/>
    /// warning.
    /// </summary>
    internal abstract IEnumerable<string> KeptInNote(Paper paper, BibItem? item);

    /// <summary>
    /// An entry read from a .bib that is not a work (biblatex's @xdata and @set: <see cref="BibTeXMapping.NotAWork"/>)
    /// has no record in RIS or CSL-JSON; it is named with <see cref="ErrorIds.ExportEntryNotAWork"/>.
    /// </summary>
    public override Problem? NotAWork(Paper paper)
        => BibTeXMapping.NotAWork(paper.EntryType) is string what
            ? new Problem(ErrorIds.ExportEntryNotAWork, ProblemCategory.InvalidType,
                $"The biblatex @{paper.EntryType!.ToLowerInvariant()} entry '{NameOf(paper)}' ({what}) is not a " +
                $"work; it was not written to {Name}.", paper.Source ?? paper.Title, paper.SourceLine)
            : null;

    // A non-work by its key, as the entries that use it name it (an @xdata's title is one it lends them).
    private static string NameOf(Paper paper)
        => string.IsNullOrEmpty(paper.CitationKey) ? ExportSession<KeyedPaper>.Describe(paper) : paper.CitationKey;

    public override string Describe(long count) => count == 1 ? $"1 {Name} record" : $"{count} {Name} records";

    public override string KeyOf(KeyedPaper record) => record.Key;

    internal override LibraryWriteErrors Errors => LibraryWriteErrors.Export(Name);

    internal override RecordComposer<KeyedPaper> Composer(Action<Problem> report, string newLine)
        => new KeyedPaperComposer(this, report);

    internal override string NewLineFor(IReadOnlyList<Paper> papers) => NewLine;

    internal override LibraryContent NewFile(IReadOnlyList<KeyValuePair<Paper, KeyedPaper>> written, string newLine)
        => new(Utf8.GetBytes(NewFile(written.Select(w => w.Value).ToList())));

    /// <summary>What the target holds, read with the format's reader; its problems go to the target's report.</summary>
    internal override ExistingFile<KeyedPaper>? Read(string path, string target, bool append,
        Action<Problem> reportTarget, CancellationToken cancellation, out Problem? failure)
    {
        failure = null;
        byte[] original;
        try { original = File.ReadAllBytes(target); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SecurityException)
        {
            failure = new Problem(ErrorIds.ExportFileUnreadable, ProblemCategory.ReadError,
                $"Cannot read '{path}': {ex.Message}", path, 0, ex);
            return null;
        }
        if (original.Length == 0) return new Existing(this, original, string.Empty, new List<Paper>());
        var withoutBom = original is [0xEF, 0xBB, 0xBF, ..] ? 3 : 0;
        string text;
        try { text = new UTF8Encoding(false, true).GetString(original, withoutBom, original.Length - withoutBom); }
        catch (DecoderFallbackException)
        {
            failure = new Problem(ErrorIds.ExportFileUnreadable, ProblemCategory.InvalidData,
                $"'{path}' is not UTF-8 text; records cannot be added to it without changing its encoding. " +
                "Convert it to UTF-8 first, or replace it without -Append.", path);
            return null;
        }
        var source = DigestSource.FromText(path, text, File.GetLastWriteTime(target));
        var problems = new List<Problem>();
        var context = new DigestReadContext(new DigestImportOptions { Format = ReadAs }, problems.Add, cancellation);
        var papers = new DigestImporter().Import(source, context).ToList();
        foreach (var problem in problems) reportTarget(problem);
        return new Existing(this, original, text, papers);
    }

    /// <summary>A target of this format, as text: new records join it through the format's continuation.</summary>
    private sealed class Existing : ExistingFile<KeyedPaper>
    {
        private readonly RecordFileFormat format;
        private readonly string text;

        public Existing(RecordFileFormat format, byte[] bytes, string text, IReadOnlyList<Paper> papers)
            : base(bytes, papers, text.Contains("\r\n") ? "\r\n" : text.Contains('\n') ? "\n" : format.NewLine)
        {
            this.format = format;
            this.text = text;
        }

        internal override byte[]? Continuation(string path, IReadOnlyList<KeyValuePair<Paper, KeyedPaper>> written,
            Action<Problem> reportPaper, out long keep, out Problem? failure)
        {
            failure = null;
            keep = 0;
            var records = written.Select(w => w.Value).ToList();
            var continuation = format.Continuation(text, records, NewLine, out var replaceFromEnd, out var why);
            if (continuation == null)
            {
                failure = new Problem(ErrorIds.ExportFileUnreadable, ProblemCategory.InvalidData,
                    $"'{path}' cannot take more {format.Name} records: {why} Nothing was written; replace it " +
                    "without -Append, or mend it first.", path);
                return null;
            }
            // Everything before the replaced end stays byte for byte; the replaced part is ASCII (a bracket, space).
            keep = Bytes.Length - Utf8.GetByteCount(text.Substring(text.Length - replaceFromEnd));
            return Utf8.GetBytes(continuation);
        }
    }
}

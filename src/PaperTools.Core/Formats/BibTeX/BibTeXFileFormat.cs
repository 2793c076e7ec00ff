using PaperTools.BibTeX;
using PaperTools.Diagnostics;
using PaperTools.Export;
using PaperTools.Files;

namespace PaperTools.Formats.BibTeX;

/// <summary>
/// .bib files for the export stack: a new file lays out the entries with the blocks of their files
/// (<see cref="BibTeXOutput"/>); an existing one is read as a library, and new entries are appended after its bytes
/// with the @string definitions they need from their own file that it lacks.
/// </summary>
public sealed class BibTeXFileFormat : ExportFormat<BibTeXEntry>
{
    private static readonly UTF8Encoding Utf8 = new(false);

    private readonly BibTeXExportOptions options;
    private readonly BibTeXLibrary? targetAsRead;

    /// <param name="targetAsRead">
    /// The target as the caller has already read it (and reported its problems): taken instead of a second parse while
    /// the file's bytes are still the same.
    /// </param>
    public BibTeXFileFormat(BibTeXExportOptions? options = null, BibTeXLibrary? targetAsRead = null)
    {
        this.options = options ?? new();
        this.targetAsRead = targetAsRead;
    }

    public override string Name => "BibTeX";

    public override string Describe(long count) => count == 1 ? "1 BibTeX entry" : $"{count} BibTeX entries";

    public override string KeyOf(BibTeXEntry record) => record.Key;

    internal override LibraryWriteErrors Errors => LibraryWriteErrors.BibTeX;

    internal override RecordComposer<BibTeXEntry> Composer(Action<Problem> report, string newLine)
        => new BibTeXRecordComposer(options, report, newLine);

    /// <summary>The line break of the first entry read from a file, else "\n".</summary>
    internal override string NewLineFor(IReadOnlyList<Paper> papers)
        => papers.Select(p => p.Entry?.Document?.NewLine).FirstOrDefault(n => n != null) ?? "\n";

    internal override LibraryContent NewFile(IReadOnlyList<KeyValuePair<Paper, BibTeXEntry>> written, string newLine)
    {
        var output = new BibTeXOutput(newLine, written.Count);
        foreach (var pair in written) output.Add(pair.Value);
        return output.Finish();
    }

    internal override ExistingFile<BibTeXEntry>? Read(string path, string target, bool append,
        Action<Problem> reportTarget, CancellationToken cancellation, out Problem? failure)
    {
        Problem? readFailure = null;
        var library = BibTeXLibrary.ReadIdentities(target, p =>
        {
            if (p.ErrorId == ErrorIds.BibTeXFileUnreadable || p.ErrorId == ErrorIds.BibTeXFileNotFound) readFailure = p;
            else reportTarget(p);
        }, targetAsRead, cancellation);
        failure = readFailure;
        if (library == null) return null;
        if (append && library.UnterminatedLine > 0)
        {
            failure = new Problem(ErrorIds.BibTeXFileUnterminated, ProblemCategory.InvalidData,
                $"'{path}' line {library.UnterminatedLine}: the {library.UnterminatedConstruct} there is never " +
                "closed, so bibtex and biber read everything after it, entries appended too, as part of it. " +
                "Nothing was written; close it first.", path, library.UnterminatedLine);
            return null;
        }
        if (append && !library.IsUtf8 && library.Encoding is not SingleByteEncoding)
        {
            failure = new Problem(ErrorIds.BibTeXFileEncodingMismatch, ProblemCategory.InvalidData,
                $"'{path}' is UTF-16; entries cannot be appended to it without changing its encoding. " +
                "Convert it to UTF-8 first.", path);
            return null;
        }
        failure = null;
        return new Existing(library);
    }

    /// <summary>A .bib target: entries are appended after all of its bytes.</summary>
    private sealed class Existing : ExistingFile<BibTeXEntry>
    {
        private readonly BibTeXLibrary library;

        public Existing(BibTeXLibrary library) : base(library.Bytes, library.Papers, library.NewLine)
            => this.library = library;

        /// <summary>A separator, then each new entry after the @string definitions it needs that are new.</summary>
        internal override byte[]? Continuation(string path, IReadOnlyList<KeyValuePair<Paper, BibTeXEntry>> written,
            Action<Problem> reportPaper, out long keep, out Problem? failure)
        {
            failure = null;
            keep = Bytes.Length;
            var defined = library.Document.Blocks.Where(b => b.Kind == BibTeXBlockKind.String)
                .GroupBy(b => b.MacroName ?? string.Empty, StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.Last().MacroValue, StringComparer.OrdinalIgnoreCase);
            var copied = new HashSet<BibTeXBlock>();
            var items = new List<string>();
            foreach (var pair in written)
            {
                foreach (var definition in MacroReferences.Needed(pair.Value))
                {
                    if (!copied.Add(definition)) continue;
                    var name = definition.MacroName ?? string.Empty;
                    if (defined.TryGetValue(name, out var value))
                    {
                        if (value != definition.MacroValue)
                            reportPaper(new Problem(ErrorIds.BibTeXMacroConflict, ProblemCategory.InvalidData,
                                $"'{pair.Value.Key}' from '{pair.Key.Source}' uses the macro " +
                                $"'{definition.MacroName}' = {definition.MacroValue}, but '{path}' defines it as " +
                                $"{value}; in '{path}' it reads the target's definition.",
                                pair.Key.Source, pair.Key.SourceLine));
                        continue;
                    }
                    defined[name] = definition.MacroValue;
                    items.Add(definition.Text);
                }
                items.Add(pair.Value.Text);
            }
            var entries = string.Join(NewLine + NewLine, items) + NewLine;
            if (!library.IsUtf8 && entries.Any(c => c > 127))
            {
                failure = new Problem(ErrorIds.BibTeXFileEncodingMismatch, ProblemCategory.InvalidData,
                    $"'{path}' is not UTF-8 (it reads as Windows-1252), and the new entries have characters outside " +
                    "ASCII. Use -Escaping Latex to append to it.", path);
                return null;
            }
            var text = library.Text;
            var separator = text.Length == 0 ? string.Empty
                : text.EndsWith("\n", StringComparison.Ordinal) ? NewLine : NewLine + NewLine;
            return Utf8.GetBytes(separator + entries);
        }
    }
}

using PaperTools.BibTeX;
using PaperTools.Diagnostics;

namespace PaperTools.Formats.BibTeX;

/// <summary>
/// A .bib file as it is on disk: its exact bytes (so -Append can keep every one of them), its text, and the
/// papers its entries describe. UTF-8 with or without BOM and UTF-16 with BOM are read as such; bytes that
/// are not UTF-8 are read as Windows-1252, the usual encoding of older .bib files.
/// </summary>
public sealed class BibTeXLibrary
{

    private string? text;
    private readonly int textStart;

    private BibTeXLibrary(string path, byte[] bytes, string? text, int textStart, Encoding encoding,
        BibTeXParseResult parsed, List<Paper> papers)
    {
        Path = path;
        Bytes = bytes;
        this.text = text;
        this.textStart = textStart;
        Encoding = encoding;
        Document = parsed.Document;
        UnterminatedLine = parsed.UnterminatedLine;
        UnterminatedConstruct = parsed.UnterminatedConstruct;
        Papers = papers;
    }

    public string Path { get; }
    public byte[] Bytes { get; }

    /// <summary>The file's text; a UTF-8 file's is decoded when first asked for (reading it never needs it).</summary>
    public string Text => text ??= Encoding.GetString(Bytes, textStart, Bytes.Length - textStart);

    /// <summary>The encoding the file was read with.</summary>
    public Encoding Encoding { get; }

    public bool IsUtf8 => Encoding is UTF8Encoding;
    public IReadOnlyList<Paper> Papers { get; }

    /// <summary>The file's blocks (@string, @preamble, @comment, text) and line break.</summary>
    public BibTeXDocument Document { get; }

    /// <summary>The line of a construct that is never closed, which bibtex reads to the end of the file; 0 when none
    /// is.</summary>
    public int UnterminatedLine { get; }

    /// <summary>That construct, as messages name it; null when none is.</summary>
    public string? UnterminatedConstruct { get; }

    /// <summary>The line break the file uses, so appended entries match it.</summary>
    public string NewLine => Document.NewLine;

    /// <summary>Reads and parses <paramref name="path"/>; null (with the reason reported) when it cannot be
    /// read. <paramref name="encoding"/>: the text encoding of a file without a byte order mark that is not UTF-8
    /// (a legacy code page: GBK, Shift JIS); by default such a file is read as Windows-1252.</summary>
    public static BibTeXLibrary? Read(string path, Action<Problem> report, CancellationToken cancellation = default,
        Encoding? encoding = null)
        => Read(path, report, BibTeXPaperReader.ToPaper, null, encoding, cancellation);

    /// <summary>
    /// As <see cref="Read(string, Action{Problem}, CancellationToken, Encoding)"/>, its papers carrying only what
    /// identifies each entry (<see cref="BibTeXPaperReader.ToIdentity"/>): an export's target, compared and never
    /// handed out.
    /// While the file holds exactly the bytes <paramref name="asRead"/> was parsed from, that library is the answer
    /// and nothing is parsed or reported again: a run that has just read its library writes it without a second read.
    /// </summary>
    internal static BibTeXLibrary? ReadIdentities(string path, Action<Problem> report, BibTeXLibrary? asRead = null,
        CancellationToken cancellation = default)
        => Read(path, report, BibTeXPaperReader.ToIdentity, asRead, null, cancellation);

    private static BibTeXLibrary? Read(string path, Action<Problem> report,
        Func<BibTeXEntryValues, string, Paper> toPaper, BibTeXLibrary? asRead, Encoding? encoding,
        CancellationToken cancellation)
    {
        if (Directory.Exists(path))
        {
            report(new Problem(ErrorIds.BibTeXFileUnreadable, ProblemCategory.InvalidArgument,
                $"'{path}' is a directory, not a .bib file.", path));
            return null;
        }
        if (!File.Exists(path))
        {
            report(new Problem(ErrorIds.BibTeXFileNotFound, ProblemCategory.ObjectNotFound,
                $"The .bib file '{path}' does not exist.", path));
            return null;
        }
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException
            || ex is System.Security.SecurityException)
        {
            report(new Problem(ErrorIds.BibTeXFileUnreadable, ProblemCategory.ReadError,
                $"Cannot read '{path}': {ex.Message}", path, 0, ex));
            return null;
        }
        if (asRead != null && bytes.AsSpan().SequenceEqual(asRead.Bytes)) return asRead;
        return Parse(path, bytes, report, toPaper, encoding, cancellation);
    }

    /// <summary>Parses the bytes of a .bib file read from <paramref name="path"/>.</summary>
    public static BibTeXLibrary Parse(string path, byte[] bytes, Action<Problem> report,
        CancellationToken cancellation = default)
        => Parse(path, bytes, report, BibTeXPaperReader.ToPaper, null, cancellation);

    private static BibTeXLibrary Parse(string path, byte[] bytes, Action<Problem> report,
        Func<BibTeXEntryValues, string, Paper> toPaper, Encoding? given, CancellationToken cancellation)
    {
        var encoding = EncodingOf(bytes, given, out var skip);
        // A UTF-8 file is read from its bytes, never decoded whole: its entries keep their text there, half the
        // memory of a decoded text's. Another file's text is read as UTF-8 made from it.
        string? text = null;
        var parsed = encoding is UTF8Encoding ? BibTeXParser.Parse(bytes, skip, path, report, cancellation)
            : BibTeXParser.Parse(text = encoding.GetString(bytes, skip, bytes.Length - skip), path, report,
                cancellation);
        var papers = parsed.Records.Select(r => toPaper(r, path)).ToList();
        return new BibTeXLibrary(path, bytes, text, skip, encoding, parsed, papers);
    }

    /// <summary>The encoding the file is read with (a byte order mark's, else the one given, else UTF-8 or
    /// Windows-1252 as detected), and the length of the byte order mark before its text.</summary>
    private static Encoding EncodingOf(byte[] bytes, Encoding? given, out int skip)
    {
        skip = 2;
        if (bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE) return Encoding.Unicode;
        if (bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF) return Encoding.BigEndianUnicode;
        skip = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        // UTF-8 is always detected (the byte parser reads only valid UTF-8); another encoding given reads a file
        // without a byte order mark.
        if (skip == 0 && given is not null and not UTF8Encoding) return given;
        // Without a BOM, a file that is not valid UTF-8 was written in Windows-1252 (the ANSI code page of old tools).
        return Utf8OrWindows1252.EncodingOf(bytes.AsSpan(skip));
    }
}

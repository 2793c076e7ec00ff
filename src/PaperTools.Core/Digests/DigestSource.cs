namespace PaperTools.Digests;

/// <summary>
/// A digest's text, decoded: the file path for provenance, its encoding, the opening few KB for
/// shape detection, and a way to read it from the start as often as a reader needs.
/// </summary>
public sealed class DigestSource
{
    private readonly Func<TextReader> openText;
    private Func<Stream>? openUtf8;

    public DigestSource(string path, Encoding encoding, string head, DateTime? fileDate, Func<TextReader> openText)
    {
        Path = path;
        Encoding = encoding;
        Head = head ?? string.Empty;
        FileDate = fileDate;
        this.openText = openText;
    }

    /// <summary>
    /// A source over a file of <paramref name="length"/> bytes: text is decoded with <paramref name="encoding"/> (a
    /// byte
    /// order mark wins), and <see cref="BytesRead"/> follows whichever reader opened the file last.
    /// </summary>
    public static DigestSource FromFile(string path, Encoding encoding, string head, DateTime? fileDate,
        long length, Func<Stream> openFile)
    {
        DigestSource? source = null;
        // source is assigned below, before any reader can be opened.
        Stream Counted() => new CountingStream(openFile(), position => source!.BytesRead = position);
        source = new DigestSource(path, encoding, head, fileDate,
            () => new StreamReader(Counted(), encoding, detectEncodingFromByteOrderMarks: true)) { Length = length };
        // The decoder chose UTF-8 only for bytes it validated as UTF-8, with at most its byte order mark before them.
        if (encoding is UTF8Encoding) source.openUtf8 = Counted;
        return source;
    }

    /// <summary>A source over text already in memory (an unwrapped e-mail body, a test string).</summary>
    public static DigestSource FromText(string path, string text, DateTime? fileDate = null)
    {
        text = text ?? string.Empty;
        var head = text.Length > DigestDecoder.HeadChars ? text.Substring(0, DigestDecoder.HeadChars) : text;
        return new DigestSource(path, new UTF8Encoding(false), head, fileDate,
            () => new StringReader(text));
    }

    public string Path { get; }
    public Encoding Encoding { get; }
    public string Head { get; }

    /// <summary>The file's size in bytes; 0 when the text did not come straight from a file (an unwrapped
    /// e-mail).</summary>
    public long Length { get; private set; }

    /// <summary>How far into the file the latest reader has read, for progress; never more than <see cref="Length"/>
    /// once read.</summary>
    public long BytesRead { get; private set; }

    /// <summary>When the file was last written; supplies the year of a digest date written without one.</summary>
    public DateTime? FileDate { get; }

    /// <summary>The decoded text from the start (BOM skipped).</summary>
    public TextReader OpenText() => openText();

    /// <summary>
    /// The file's bytes from the start, byte order mark included, when its text is UTF-8: a reader of UTF-8 need not
    /// decode it and encode it again. Null when the text is in another encoding or did not come from a file.
    /// </summary>
    public Stream? OpenUtf8() => openUtf8?.Invoke();
}

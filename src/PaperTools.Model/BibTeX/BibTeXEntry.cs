namespace PaperTools.BibTeX;

/// <summary>
/// A BibTeX entry exactly as a .bib file holds it: type and key as written (the key may be empty), every field in
/// order with its value as written, the entry's own text from its @ to its closing brace, and where it stood in
/// its file. Import-PaperBibTeX puts it in <see cref="Paper.Entry"/>; Export-PaperBibTeX writes an entry whose
/// paper is unchanged back as this text, byte for byte.
/// </summary>
public sealed class BibTeXEntry
{
    private readonly SourceText source;
    private string? text;

    public BibTeXEntry(string type, string? key, IEnumerable<BibTeXField>? fields, string? text, int line = 0,
        BibTeXDocument? document = null, int position = -1)
    {
        if (string.IsNullOrEmpty(type)) throw new ArgumentException("An entry needs a type.", nameof(type));
        Type = type;
        Key = key ?? string.Empty;
        Fields = Array.AsReadOnly((fields ?? Enumerable.Empty<BibTeXField>()).ToArray());
        this.text = text ?? string.Empty;
        Line = line;
        Document = document;
        Position = position;
    }

    /// <summary>
    /// An entry read from a file, or made by the exporter: its text is <paramref name="source"/> (a range of the file's
    /// bytes or text, or of the exporter's buffer), made a string only when asked for; the writer copies it from there
    /// directly. The entry keeps what it points into alive, which costs no more than a copy of its own would.
    /// </summary>
    internal BibTeXEntry(string type, string key, IEnumerable<BibTeXField> fields, SourceText source, int line,
        BibTeXDocument? document, int position)
        : this(type, key, fields, (string?)null, line, document, position)
    {
        text = null;
        this.source = source;
    }

    private BibTeXEntry(string type, string key, IReadOnlyList<BibTeXField> fields, SourceText source, int line,
        BibTeXDocument? document, int position)
    {
        Type = type;
        Key = key;
        Fields = fields;
        this.source = source;
        Line = line;
        Document = document;
        Position = position;
    }

    /// <summary>
    /// An entry the exporter made: its text is <paramref name="source"/>, and <paramref name="fields"/> is kept as
    /// given, not copied, so it must be a list made for this entry alone that nothing changes (fields read from the
    /// text on demand).
    /// </summary>
    internal static BibTeXEntry Made(string type, string key, IReadOnlyList<BibTeXField> fields, SourceText source,
        int line, BibTeXDocument? document, int position)
        => string.IsNullOrEmpty(type) ? throw new ArgumentException("An entry needs a type.", nameof(type))
            : new BibTeXEntry(type, key, fields, source, line, document, position);

    /// <summary>An entry whose text is in <paramref name="source"/> (a buffer the exporter shares among the entries it
    /// makes).</summary>
    internal BibTeXEntry(string type, string key, IEnumerable<BibTeXField> fields, ReadOnlyMemory<char> source,
        int line, BibTeXDocument? document, int position)
        : this(type, key, fields, new SourceText(source), line, document, position)
    {
    }

    /// <summary>The entry type as written: Article, inproceedings, online …</summary>
    public string Type { get; }

    /// <summary>The citation key as written; empty for an entry written without one (<c>@article{,</c>).</summary>
    public string Key { get; }

    public IReadOnlyList<BibTeXField> Fields { get; }

    /// <summary>The entry's text in its file, from the @ to the closing delimiter.</summary>
    public string Text => text ??= source.ToString();

    /// <summary>The text without making it a string of its own.</summary>
    internal SourceText Source => text != null ? new SourceText(text) : source;

    /// <summary>1-based line of the entry's @ in its file; 0 for an entry made by the exporter.</summary>
    public int Line { get; }

    /// <summary>The file the entry was read from (its @string, @preamble and @comment blocks); null for a made
    /// entry.</summary>
    public BibTeXDocument? Document { get; }

    /// <summary>The entry's place among the items of <see cref="Document"/>.</summary>
    public int Position { get; }

    /// <summary>The value of the first field named <paramref name="name"/> (case-insensitive) as written, or
    /// null.</summary>
    public string? this[string name] => Fields.FirstOrDefault(f => string.Equals(f.Name, name,
        StringComparison.OrdinalIgnoreCase))?.Value;

    /// <summary>
    /// The paper's typed properties as they were read from this entry. The exporter compares a paper with them to
    /// tell what the user changed; it is never handed out, so nothing can edit it.
    /// </summary>
    internal Paper? ReadAs { get; set; }

    public override string ToString() => "@" + Type + "{" + Key + "}";
}

namespace PaperTools.BibTeX;

/// <summary>
/// One field of a BibTeX entry: its name as written (Author, title) and its value exactly as the .bib spells it,
/// delimiters included: <c>{Attention {I}s All}</c>, <c>"1963"</c>, <c>1963</c>, <c>jan</c>, <c>pami # " (online)"</c>.
/// Keeping the value as written (macros, #, braces, case) is what lets an entry go back into a file unchanged.
/// </summary>
public sealed class BibTeXField : IEquatable<BibTeXField>
{
    private readonly SourceText source;
    private readonly bool braced;
    private string? value;

    public BibTeXField(string name, string? value)
    {
        if (string.IsNullOrEmpty(name)) throw new ArgumentException("A field needs a name.", nameof(name));
        Name = name;
        this.value = value ?? "{}";
    }

    /// <summary>
    /// A field read from a file, or from an entry the exporter made: its value is <paramref name="source"/>, where
    /// that text is, made a string only when asked for. Reading a library so never copies a value that no one looks
    /// at, and the copies it does not make are copies the garbage collector need not move.
    /// </summary>
    internal BibTeXField(string name, SourceText source, bool braced = false)
    {
        Name = name;
        this.source = source;
        this.braced = braced;
    }

    /// <summary>A field whose value is <paramref name="source"/>, made a string only when asked for.</summary>
    internal BibTeXField(string name, ReadOnlyMemory<char> source) : this(name, new SourceText(source))
    {
    }

    /// <summary>A field whose value is <paramref name="body"/> in braces, the braces added only when the value is asked
    /// for.</summary>
    internal static BibTeXField Braced(string name, string body) => new BibTeXField(name, new SourceText(body),
        braced: true);

    /// <summary>The length of <see cref="Value"/>, without making it.</summary>
    internal int ValueLength => value?.Length ?? source.CharCount + (braced ? 2 : 0);

    /// <summary>Copies <see cref="Value"/> to <paramref name="destination"/>, without making it.</summary>
    internal void CopyValueTo(Span<char> destination)
    {
        if (value != null)
        {
            value.CopyTo(destination);
            return;
        }
        if (!braced)
        {
            source.CopyTo(destination);
            return;
        }
        destination[0] = '{';
        var body = source.CopyTo(destination.Slice(1));
        destination[body + 1] = '}';
    }

    /// <summary>Writes <see cref="Value"/> as UTF-8 to <paramref name="destination"/>, without making it; returns how
    /// many bytes were written.</summary>
    internal int CopyValueUtf8To(Span<byte> destination)
    {
        if (value != null) return new SourceText(value).CopyUtf8To(destination);
        if (!braced) return source.CopyUtf8To(destination);
        destination[0] = (byte)'{';
        var body = source.CopyUtf8To(destination.Slice(1));
        destination[body + 1] = (byte)'}';
        return body + 2;
    }

    /// <summary>True when the value is one braced part, kept as its body (<see cref="ReadBody"/>).</summary>
    internal bool IsBraced => braced;

    /// <summary>The body of a braced value (<see cref="IsBraced"/>), made anew and not kept.</summary>
    internal string ReadBody() => source.ToString();

    /// <summary><see cref="Value"/> made anew, not kept: for a reader that needs the text once.</summary>
    internal string ReadValue() => value ?? string.Create(ValueLength, this, (span, field) =>
        field.CopyValueTo(span));

    /// <summary>The field name as the entry spells it; compare it case-insensitively, as BibTeX does.</summary>
    public string Name { get; }

    /// <summary>The value as written in the .bib, delimiters and all.</summary>
    public string Value => value ??= braced ? ReadValue() : source.ToString();

    public bool Equals(BibTeXField? other)
        => ReferenceEquals(this, other) || other != null && string.Equals(Name, other.Name, StringComparison.Ordinal)
            && string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as BibTeXField);

    public override int GetHashCode() =>
        StringComparer.Ordinal.GetHashCode(Name) ^ StringComparer.Ordinal.GetHashCode(Value);

    public override string ToString() => Name + " = " + Value;
}

using System.Runtime.InteropServices;

namespace PaperTools.BibTeX;

/// <summary>
/// A piece of text kept where it already is, made a string only when asked for: a range of a string or of a char
/// array (the exporter's buffers), or of a file's UTF-8 bytes. An entry read from a UTF-8 .bib points into the
/// file's bytes, which hold its text in half the memory a string does, and is written back by copying them.
/// </summary>
internal readonly struct SourceText
{
    private static readonly UTF8Encoding Utf8 = new UTF8Encoding(false);

    /// <summary>A string, a char[] or a byte[] of UTF-8; null for the empty text.</summary>
    private readonly object? owner;
    private readonly int start;

    /// <summary>The length in the owner's units: chars, or bytes of UTF-8.</summary>
    private readonly int length;

    private SourceText(object? owner, int start, int length)
    {
        this.owner = owner;
        this.start = start;
        this.length = length;
    }

    public SourceText(string text) : this(text, 0, text.Length)
    {
    }

    /// <summary>Text in memory the caller made: the string or array under it is kept, not copied.</summary>
    public SourceText(ReadOnlyMemory<char> text)
    {
        if (MemoryMarshal.TryGetString(text, out var whole, out var at, out var count))
            (owner, start, length) = (whole, at, count);
        else if (MemoryMarshal.TryGetArray(text, out var segment))
            (owner, start, length) = (segment.Array, segment.Offset, segment.Count);
        else (owner, start, length) = (text.ToString(), 0, text.Length);
    }

    /// <summary><paramref name="length"/> bytes of UTF-8 text in <paramref name="bytes"/> from
    /// <paramref name="start"/>, which must begin and end on whole characters.</summary>
    public static SourceText FromUtf8(byte[] bytes, int start, int length) => new(bytes, start, length);

    public bool IsUtf8 => owner is byte[];

    /// <summary>The text's characters; only for text that is not UTF-8 (see <see cref="IsUtf8"/>).</summary>
    public ReadOnlySpan<char> Chars => owner switch
    {
        string text => text.AsSpan(start, length),
        char[] array => array.AsSpan(start, length),
        _ => ReadOnlySpan<char>.Empty,
    };

    /// <summary>The text's UTF-8 bytes; only for UTF-8 text.</summary>
    public ReadOnlySpan<byte> Utf8Bytes => owner is byte[] bytes ? bytes.AsSpan(start, length)
        : ReadOnlySpan<byte>.Empty;

    /// <summary>The text's UTF-8 bytes where they are; only for UTF-8 text.</summary>
    public ReadOnlyMemory<byte> Utf8Memory => owner is byte[] bytes ? bytes.AsMemory(start, length)
        : ReadOnlyMemory<byte>.Empty;

    /// <summary>How many characters the text has.</summary>
    public int CharCount => IsUtf8 ? Utf8.GetCharCount(Utf8Bytes) : length;

    /// <summary>How many bytes the text takes in UTF-8.</summary>
    public int Utf8Count => IsUtf8 ? length : Utf8.GetByteCount(Chars);

    /// <summary>Copies the characters to <paramref name="destination"/>; returns how many were copied.</summary>
    public int CopyTo(Span<char> destination)
    {
        if (IsUtf8) return Utf8.GetChars(Utf8Bytes, destination);
        Chars.CopyTo(destination);
        return length;
    }

    /// <summary>Writes the text as UTF-8 to <paramref name="destination"/>; returns how many bytes were
    /// written.</summary>
    public int CopyUtf8To(Span<byte> destination)
    {
        if (!IsUtf8) return Utf8.GetBytes(Chars, destination);
        Utf8Bytes.CopyTo(destination);
        return length;
    }

    /// <summary>The text's last characters, as many as fit in <paramref name="destination"/> (at most
    /// <see cref="MaxLastChars"/>), copied to its end; returns how many.</summary>
    public int CopyLastCharsTo(Span<char> destination)
    {
        var wanted = Math.Min(destination.Length, MaxLastChars);
        if (!IsUtf8)
        {
            var count = Math.Min(length, wanted);
            Chars.Slice(length - count).CopyTo(destination.Slice(destination.Length - count));
            return count;
        }
        // A character is at most four bytes: enough bytes for that many, from the first whole character among them.
        var bytes = Utf8Bytes;
        var from = Math.Max(0, bytes.Length - 4 * wanted);
        while (from < bytes.Length && (bytes[from] & 0xC0) == 0x80) from++;
        Span<char> decoded = stackalloc char[4 * MaxLastChars];
        var written = Utf8.GetChars(bytes.Slice(from), decoded);
        var kept = Math.Min(written, wanted);
        decoded.Slice(written - kept, kept).CopyTo(destination.Slice(destination.Length - kept));
        return kept;
    }

    /// <summary>The most characters <see cref="CopyLastCharsTo"/> copies.</summary>
    public const int MaxLastChars = 16;

    public override string ToString() => owner switch
    {
        string text when start == 0 && length == text.Length => text,
        byte[] => Utf8.GetString(Utf8Bytes),
        _ => new string(Chars),
    };
}

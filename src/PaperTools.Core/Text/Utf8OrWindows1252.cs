namespace PaperTools;

/// <summary>
/// The reading of bytes whose encoding nobody states reliably (a .bib file, an e-mail part with an unknown
/// or wrong charset): UTF-8 when the bytes are valid UTF-8, else Windows-1252, which maps every byte, so
/// nothing is lost and the choice can be repeated when writing back.
/// </summary>
public static class Utf8OrWindows1252
{
    private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(false, true);

    public static string Decode(byte[] bytes, int index, int count, out Encoding used)
    {
        try
        {
            var text = StrictUtf8.GetString(bytes, index, count);
            used = StrictUtf8;
            return text;
        }
        catch (DecoderFallbackException)
        {
            used = SingleByteEncoding.Windows1252;
            return used.GetString(bytes, index, count);
        }
    }

    public static string Decode(byte[] bytes) => Decode(bytes, 0, bytes.Length, out _);

    /// <summary>The encoding <see cref="Decode(byte[], int, int, out Encoding)"/> reads
    /// <paramref name="bytes"/> with, found without decoding them.</summary>
    public static Encoding EncodingOf(ReadOnlySpan<byte> bytes)
        => System.Text.Unicode.Utf8.IsValid(bytes) ? StrictUtf8 : SingleByteEncoding.Windows1252;
}

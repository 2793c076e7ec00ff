using PaperTools.Diagnostics;

namespace PaperTools.Digests.Email;

/// <summary>
/// Unwraps a saved e-mail (.eml, any extension) into the text a digest reader reads: the HTML part when
/// there is one (Scholar alerts), else the first plain-text part (arXiv listings), with its transfer
/// encoding undone and its declared charset applied. Recognised by its content: a header block that
/// names MIME-Version or Content-Type.
/// </summary>
public static class EmailMessage
{
    /// <summary>True when the opening bytes are an e-mail header block naming MIME-Version or Content-Type.</summary>
    public static bool LooksLikeMessage(byte[] sample)
    {
        var text = MimeEntity.Latin1(sample, 0, Math.Min(sample.Length, 32 * 1024));
        var lines = text.Split('\n');
        if (lines.Length < 2 || !IsHeaderLine(lines[0])) return false;
        var mime = false;
        for (var i = 0; i < lines.Length - 1; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0) return mime;
            if (line[0] == ' ' || line[0] == '\t') continue;
            if (!IsHeaderLine(line)) return false;
            mime |= line.StartsWith("MIME-Version:", StringComparison.OrdinalIgnoreCase)
                || line.StartsWith("Content-Type:", StringComparison.OrdinalIgnoreCase);
        }
        return false;
    }

    // "From " (an mbox separator) or a field name (printable ASCII but the colon, RFC 5322) and its colon. Written
    // out: every digest file is sniffed, and a regex would cost each new session its engine's compilation.
    private static bool IsHeaderLine(string line)
    {
        if (line.StartsWith("From ", StringComparison.Ordinal)) return true;
        var name = 0;
        while (name < line.Length && line[name] > ' ' && line[name] <= '~' && line[name] != ':') name++;
        return name > 0 && name < line.Length && line[name] == ':';
    }

    /// <summary>
    /// The message's text as a source. A problem may come with a source (an unknown charset read as
    /// UTF-8 or windows-1252) or instead of one (no text part, a damaged base64 body, a file too large).
    /// </summary>
    public static DigestSource? Open(string path, long length, DateTime? fileDate,
        DigestImportOptions options, out Problem? problem)
    {
        problem = null;
        if (length > WholeDocument.MaxLength)
        {
            problem = WholeDocument.TooLarge(path, WholeDocument.MaxLength);
            return null;
        }
        byte[] data;
        try { data = File.ReadAllBytes(path); }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            problem = new Problem(ErrorIds.DigestUnreadable, ProblemCategory.ReadError,
                $"Cannot read e-mail '{path}': {ex.Message}", path, 0, ex);
            return null;
        }
        var message = MimeEntity.Parse(data);
        var part = ChooseBody(message);
        if (part == null)
        {
            problem = new Problem(ErrorIds.DigestEmpty, ProblemCategory.InvalidData,
                $"E-mail '{path}' holds no text or HTML part to read.", path);
            return null;
        }
        var bytes = TransferDecoding.Decode(part.Body, part.TransferEncoding);
        if (bytes == null)
        {
            problem = new Problem(ErrorIds.DigestInvalidEncoding, ProblemCategory.InvalidData,
                $"The base64 body of e-mail '{path}' is damaged and cannot be decoded.", path);
            return null;
        }
        var text = DecodeText(path, bytes, part.Parameters.TryGetValue("charset", out var charset) ? charset : null,
            options.Encoding, out problem);
        return DigestSource.FromText(path, text, fileDate);
    }

    private static MimeEntity? ChooseBody(MimeEntity message)
    {
        var leaves = Leaves(message).Where(e => !e.IsAttachment).ToList();
        return leaves.FirstOrDefault(e => e.MediaType == "text/html")
            ?? leaves.FirstOrDefault(e => e.MediaType == "text/plain");
    }

    private static IEnumerable<MimeEntity> Leaves(MimeEntity entity)
    {
        if (entity.Parts.Count == 0) return new[] { entity };
        return entity.Parts.SelectMany(Leaves);
    }

    /// <summary>
    /// Decodes with the declared charset, else the encoding the user named, else UTF-8 or windows-1252. An unknown or
    /// wrong charset is named in a problem, and the text is still read, as UTF-8 when the bytes are valid UTF-8,
    /// else as windows-1252, which maps every byte.
    /// </summary>
    private static string DecodeText(string path, byte[] bytes, string? charset, Encoding? named, out Problem? problem)
    {
        problem = null;
        if (string.IsNullOrWhiteSpace(charset)) return named != null ? named.GetString(bytes)
            : Utf8OrWindows1252.Decode(bytes);
        var encoding = DigestDecoder.ResolveEncodingName(charset);
        if (encoding == null)
        {
            problem = new Problem(ErrorIds.DigestUnknownEncoding, ProblemCategory.InvalidData,
                $"E-mail '{path}' declares the unknown charset '{charset}'; it was read as UTF-8 or windows-1252, so " +
                    "some characters may be wrong.", path);
            return Utf8OrWindows1252.Decode(bytes);
        }
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try { return strict.GetString(bytes); }
        catch (DecoderFallbackException)
        {
            problem = new Problem(ErrorIds.DigestInvalidEncoding, ProblemCategory.InvalidData,
                $"E-mail '{path}' is not valid {charset} as it declares; it was read as UTF-8 or windows-1252, so " +
                    "some characters may be wrong.", path);
            return Utf8OrWindows1252.Decode(bytes);
        }
    }
}

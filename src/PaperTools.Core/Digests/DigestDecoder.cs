using PaperTools.Diagnostics;
using PaperTools.Digests.Email;

namespace PaperTools.Digests;

/// <summary>
/// Opens a digest file and settles its encoding before any reader sees it: UTF-8 with or without BOM,
/// UTF-16 with or without BOM, or a code page the user names. Files that are missing, directories,
/// empty, binary or invalid UTF-8 become one named problem each instead of a source. A saved e-mail is
/// unwrapped to its body here, before any reader looks at it.
/// </summary>
public static class DigestDecoder
{
    /// <summary>How much decoded text shape detection looks at.</summary>
    public const int HeadChars = 16 * 1024;

    private const int SampleBytes = 64 * 1024;
    private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(false, true);

    /// <summary>The decoded file; or null and the problem why not. A problem can also come with a source (an e-mail's
    /// unknown charset).</summary>
    public static DigestSource? Open(string path, DigestImportOptions options, out Problem? problem)
    {
        problem = null;
        if (Directory.Exists(path))
        {
            problem = new Problem(ErrorIds.DigestIsDirectory, ProblemCategory.InvalidArgument,
                $"'{path}' is a directory, not a digest file. Pipe its files instead: Get-ChildItem '{path}' -File | " +
                    "Import-PaperDigest.", path);
            return null;
        }
        if (!File.Exists(path))
        {
            problem = new Problem(ErrorIds.DigestNotFound, ProblemCategory.ObjectNotFound,
                $"Digest file '{path}' does not exist.", path);
            return null;
        }

        byte[] sample;
        long length;
        DateTime fileDate;
        try
        {
            using (var stream = OpenRead(path))
            {
                length = stream.Length;
                sample = new byte[(int)Math.Min(length, SampleBytes)];
                var read = 0;
                while (read < sample.Length)
                {
                    var n = stream.Read(sample, read, sample.Length - read);
                    if (n == 0) break;
                    read += n;
                }
                if (read < sample.Length) Array.Resize(ref sample, read);
            }
            fileDate = File.GetLastWriteTime(path);
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException
            || ex is System.Security.SecurityException)
        {
            problem = new Problem(ErrorIds.DigestUnreadable, ProblemCategory.ReadError,
                $"Cannot read digest file '{path}': {ex.Message}", path, 0, ex);
            return null;
        }

        if (length == 0)
        {
            problem = new Problem(ErrorIds.DigestEmpty, ProblemCategory.InvalidData,
                $"Digest file '{path}' is empty.", path);
            return null;
        }

        if (EmailMessage.LooksLikeMessage(sample)) return EmailMessage.Open(path, length,
            fileDate, options, out problem);

        var encoding = ChooseEncoding(path, sample, options, out problem);
        if (encoding == null) return null;

        var head = DecodeHead(sample, encoding);
        if (head.Trim().Length == 0 && length <= SampleBytes)
        {
            problem = new Problem(ErrorIds.DigestEmpty, ProblemCategory.InvalidData,
                $"Digest file '{path}' holds only white space.", path);
            return null;
        }

        return DigestSource.FromFile(path, encoding, head, fileDate, length, () => OpenRead(path));
    }

    private static FileStream OpenRead(string path)
        => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024);

    // A byte order mark wins over a named encoding, as it does for Get-Content; UTF-8 is always validated first.
    private static Encoding? ChooseEncoding(string path, byte[] sample,
        DigestImportOptions options, out Problem? problem)
    {
        problem = null;
        if (StartsWith(sample, 0xEF, 0xBB, 0xBF)) return ValidatedUtf8(path, out problem);
        if (StartsWith(sample, 0xFF, 0xFE)) return new UnicodeEncoding(false, true, true);
        if (StartsWith(sample, 0xFE, 0xFF)) return new UnicodeEncoding(true, true, true);
        if (options.Encoding != null) return options.Encoding is UTF8Encoding ? ValidatedUtf8(path,
            out problem) : options.Encoding;

        var utf16 = GuessUtf16WithoutBom(sample);
        if (utf16 != null) return utf16;

        if (LooksBinary(sample))
        {
            problem = new Problem(ErrorIds.DigestBinary, ProblemCategory.InvalidData,
                $"'{path}' is a binary file, not a text, HTML, JSON or XML digest.", path);
            return null;
        }
        return ValidatedUtf8(path, out problem);
    }

    /// <summary>Resolves a charset name (an e-mail's): the built-in Windows code pages first, then the
    /// platform's.</summary>
    public static Encoding? ResolveEncodingName(string name) => EncodingNames.FromWebName(name);

    /// <summary>Reads the whole file once through a strict decoder so a bad byte is named before any paper is
    /// emitted.</summary>
    private static Encoding? ValidatedUtf8(string path, out Problem? problem)
    {
        problem = null;
        var decoder = StrictUtf8.GetDecoder();
        var buffer = new byte[SampleBytes];
        var chars = new char[StrictUtf8.GetMaxCharCount(buffer.Length)];
        long offset = 0;
        try
        {
            using (var stream = OpenRead(path))
            {
                int n;
                while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
                {
                    try { decoder.GetChars(buffer, 0, n, chars, 0, flush: false); }
                    catch (DecoderFallbackException ex)
                    {
                        var at = offset + Math.Max(0, ex.Index);
                        problem = new Problem(ErrorIds.DigestInvalidEncoding, ProblemCategory.InvalidData,
                            $"'{path}' is not valid UTF-8 (bad byte near offset {at}). If it was saved in a legacy " +
                                "code page, name it: -Encoding windows-1252.", path, 0, ex);
                        return null;
                    }
                    offset += n;
                }
            }
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            problem = new Problem(ErrorIds.DigestUnreadable, ProblemCategory.ReadError,
                $"Cannot read digest file '{path}': {ex.Message}", path, 0, ex);
            return null;
        }
        return new UTF8Encoding(false, true);
    }

    private static Encoding? GuessUtf16WithoutBom(byte[] sample)
    {
        var pairs = sample.Length / 2;
        if (pairs < 16) return null; // too little to tell UTF-16 from binary

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i + 1 < sample.Length; i += 2)
        {
            if (sample[i] == 0) evenZeros++;
            if (sample[i + 1] == 0) oddZeros++;
        }
        // Latin text in UTF-16 has a zero in nearly every other byte and almost none in the rest.
        if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return new UnicodeEncoding(false, false, true);
        if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return new UnicodeEncoding(true, false, true);
        return null;
    }

    private static bool LooksBinary(byte[] sample)
    {
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0) return true;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') controls++;
        }
        return controls > sample.Length / 20;
    }

    private static string DecodeHead(byte[] sample, Encoding encoding)
    {
        var start = 0;
        var preamble = encoding.GetPreamble();
        if (StartsWith(sample, 0xEF, 0xBB, 0xBF)) start = 3;
        else if (StartsWith(sample, 0xFF, 0xFE) || StartsWith(sample, 0xFE, 0xFF)) start = 2;
        else if (preamble.Length > 0 && sample.Length >= preamble.Length && StartsWith(sample,
            preamble)) start = preamble.Length;
        // A sample cut inside a multi-byte sequence must not fail: decode leniently, the file was validated.
        var lenient = (Encoding)encoding.Clone();
        lenient.DecoderFallback = DecoderFallback.ReplacementFallback;
        var text = lenient.GetString(sample, start, sample.Length - start);
        return text.Length > HeadChars ? text.Substring(0, HeadChars) : text;
    }

    private static bool StartsWith(byte[] data, params byte[] prefix)
    {
        if (data.Length < prefix.Length) return false;
        for (var i = 0; i < prefix.Length; i++) if (data[i] != prefix[i]) return false;
        return true;
    }
}

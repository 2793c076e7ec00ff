using System.Diagnostics.CodeAnalysis;
using System.Text.Unicode;

namespace PaperTools;

/// <summary>
/// Undoes the commonest mojibake in saved pages: UTF-8 bytes that were decoded as Windows-1252
/// ("Ã©" for "é", "â€™" for "’") or as Windows-874 ("ฮฑ" for "α"). A run is replaced only when
/// its bytes form valid UTF-8, so genuine Latin-1 or Thai text is left alone.
/// </summary>
public static class MojibakeRepair
{
    // A UTF-8 lead byte (C2–F4) followed by 1–3 continuation bytes (80–BF), as each code page shows them.
    private const string Windows1252Continuations =
        "\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u017D\u2018\u2019\u201C\u201D" +
            "\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178";

    // In Windows-874, bytes A1–DA and DF–FB are Thai letters U+0E01–U+0E3A and U+0E3F–U+0E5B.
    private const string Windows874Continuations = "\u20AC\u2026\u2018\u2019\u201C\u201D\u2022\u2013\u2014";

    private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(false, true);

    [return: NotNullIfNotNull(nameof(text))]
    public static string? Repair(string? text)
    {
        // Both runs start above U+00C1; text without such a character (nearly all of it) is done in one vectorised
        // scan.
        if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAnyExceptInRange('\0', '\u00C1') < 0) return text;
        if (HasCandidate(text, '\u00C2', '\u00F4'))
            text = ReplaceRuns(text, '\u00C2', '\u00F4', c => (c >= '\u0080' && c <= '\u00BF')
                || Windows1252Continuations.IndexOf(c) >= 0, SingleByteEncoding.Windows1252);
        if (HasCandidate(text, '\u0E22', '\u0E54'))
            text = ReplaceRuns(text, '\u0E22', '\u0E54', c => (c >= '\u0E01' && c <= '\u0E1F')
                || Windows874Continuations.IndexOf(c) >= 0, SingleByteEncoding.Windows874);
        return text;
    }

    /// <summary>
    /// Each lead character with the one to three continuation characters after it, decoded when its bytes are
    /// UTF-8. One pass, and each distinct run decoded once: a line of 500,000 runs stays linear and quick.
    /// </summary>
    private static string ReplaceRuns(string text, char leadFrom, char leadTo, Func<char, bool> isContinuation,
        SingleByteEncoding codePage)
    {
        var output = new StringBuilder(text.Length);
        var decoded = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var length = 0;
            if (c >= leadFrom && c <= leadTo)
                while (length < 3 && i + 1 + length < text.Length && isContinuation(text[i + 1 + length])) length++;
            if (length == 0)
            {
                output.Append(c);
                continue;
            }
            var run = text.Substring(i, length + 1);
            if (!decoded.TryGetValue(run, out var repaired)) decoded[run] = repaired = Decode(run, codePage);
            output.Append(repaired);
            i += length;
        }
        return output.ToString();
    }

    private static bool HasCandidate(string text, char from, char to) => text.AsSpan().IndexOfAnyInRange(from, to) >= 0;

    private static string Decode(string run, SingleByteEncoding codePage)
    {
        var bytes = new byte[run.Length];
        for (var i = 0; i < run.Length; i++)
        {
            if (!codePage.TryGetByte(run[i], out bytes[i])) return run;
        }
        // The lead byte says how long the sequence is; continuation-looking characters after it stay as they were.
        var length = bytes[0] >= 0xF0 ? 4 : bytes[0] >= 0xE0 ? 3 : 2;
        if (bytes.Length < length) return run;
        // Validated rather than caught: an exception per run made a line of 500,000 broken runs take seconds.
        return Utf8.IsValid(new ReadOnlySpan<byte>(bytes, 0, length)) ? StrictUtf8.GetString(bytes, 0, length)
            + run.Substring(length) : run;
    }
}

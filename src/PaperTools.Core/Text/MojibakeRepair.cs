using System;
using System.Text;
using System.Text.RegularExpressions;

namespace PaperTools
{
    /// <summary>
    /// Undoes the commonest mojibake in saved pages: UTF-8 bytes that were decoded as Windows-1252
    /// ("Ã©" for "é", "â€™" for "’") or as Windows-874 ("ฮฑ" for "α"). A run is replaced only when
    /// its bytes form valid UTF-8, so genuine Latin-1 or Thai text is left alone.
    /// </summary>
    public static class MojibakeRepair
    {
        // A UTF-8 lead byte (C2–F4) followed by 1–3 continuation bytes (80–BF), as each code page shows them.
        private static readonly Regex Windows1252Run = new Regex(
            "[\u00C2-\u00F4][\u0080-\u00BF\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u017D\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178]{1,3}",
            RegexOptions.Compiled | RegexOptions.CultureInvariant);

        // In Windows-874, bytes A1–DA and DF–FB are Thai letters U+0E01–U+0E3A and U+0E3F–U+0E5B.
        private static readonly Regex Windows874Run = new Regex("[\u0E22-\u0E54][\u0E01-\u0E1F\u20AC\u2026\u2018\u2019\u201C\u201D\u2022\u2013\u2014]{1,3}",
            RegexOptions.Compiled | RegexOptions.CultureInvariant);

        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(false, true);

        public static string Repair(string text)
        {
            // Both runs start above U+00C1; text without such a character (nearly all of it) is done in one vectorised scan.
            if (string.IsNullOrEmpty(text) || text.AsSpan().IndexOfAnyExceptInRange('\0', '\u00C1') < 0) return text;
            if (HasCandidate(text, '\u00C2', '\u00F4')) text = Windows1252Run.Replace(text, m => Decode(m.Value, SingleByteEncoding.Windows1252));
            if (HasCandidate(text, '\u0E22', '\u0E54')) text = Windows874Run.Replace(text, m => Decode(m.Value, SingleByteEncoding.Windows874));
            return text;
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
            try
            {
                return StrictUtf8.GetString(bytes, 0, length) + run.Substring(length);
            }
            catch (DecoderFallbackException)
            {
                return run;
            }
        }
    }
}

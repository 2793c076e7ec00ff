using System.Globalization;
using System.Text.Json;
using PaperTools.Diagnostics;

namespace PaperTools.Digests.Json;

/// <summary>
/// JSON string values that never throw. JSON may spell half of a surrogate pair alone ("\ud800"), which
/// JsonElement.GetString refuses; such a half becomes U+FFFD and the rest of the text is kept.
/// </summary>
internal static class JsonStrings
{
    /// <summary>
    /// The paper <paramref name="read"/> makes of <paramref name="item"/>. An item that escapes half a surrogate
    /// pair alone is read with U+FFFD in its place and a DigestInvalidCharacter warning; in a property name, where
    /// JsonElement cannot even look the name up, the item cannot be read and is DigestEntryInvalid.
    /// </summary>
    public static Paper? ReadItem(JsonElement item, int line, DigestSource source, DigestReadContext context,
        Func<Paper?> read)
    {
        if (!HasLoneSurrogateEscape(item)) return read();
        try
        {
            var paper = read();
            if (paper != null)
                context.Report(ErrorIds.DigestInvalidCharacter, ProblemCategory.InvalidData,
                    "The item escapes half of a surrogate pair (\\uD800-\\uDFFF alone), which is no character; it " +
                    "was read as U+FFFD.", source.Path, line);
            return paper;
        }
        catch (InvalidOperationException)
        {
            context.Report(ErrorIds.DigestEntryInvalid, ProblemCategory.InvalidData,
                "A property name in the item escapes half of a surrogate pair (\\uD800-\\uDFFF alone), which no JSON " +
                "reader can match; skipped.", source.Path, line);
            return null;
        }
    }

    /// <summary>The string's text, each lone surrogate escape read as U+FFFD.</summary>
    public static string? Read(JsonElement value)
    {
        try { return value.GetString(); }
        catch (InvalidOperationException)
        {
            var token = value.GetRawText();
            return Unescape(token.Substring(1, token.Length - 2));
        }
    }

    /// <summary>A property's name, a lone surrogate escape in it read as U+FFFD (JsonProperty.Name throws on
    /// one).</summary>
    public static string NameOf(JsonProperty property)
    {
        try { return property.Name; }
        catch (InvalidOperationException)
        {
            // The raw text is "name": value; the name ends at the first quote no backslash escapes.
            var raw = property.ToString();
            var end = 1;
            while (end < raw.Length && raw[end] != '"') end += raw[end] == '\\' ? 2 : 1;
            return Unescape(raw.Substring(1, Math.Min(end, raw.Length) - 1));
        }
    }

    /// <summary>True when some string in <paramref name="element"/> escapes a lone surrogate, so reading it replaced
    /// text.</summary>
    public static bool HasLoneSurrogateEscape(JsonElement element)
    {
        var raw = element.GetRawText();
        if (raw.IndexOf("\\u", StringComparison.OrdinalIgnoreCase) < 0) return false;
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != '\\' || i + 1 >= raw.Length) continue;
            if (raw[i + 1] != 'u' || !TryHex(raw, i + 2, out var unit))
            {
                i++;
                continue;
            }
            if (char.IsHighSurrogate(unit) && TryEscapedUnit(raw, i + 6, out var low)
                && char.IsLowSurrogate(low)) i += 11;
            else if (char.IsSurrogate(unit)) return true;
            else i += 5;
        }
        return false;
    }

    /// <summary>The text between a JSON string's quotes with its escapes undone, each lone surrogate as
    /// U+FFFD.</summary>
    public static string Unescape(string token)
    {
        var text = new StringBuilder(token.Length);
        for (var i = 0; i < token.Length; i++)
        {
            var c = token[i];
            if (c != '\\' || i + 1 >= token.Length)
            {
                text.Append(c);
                continue;
            }
            var e = token[++i];
            switch (e)
            {
                case 'b': text.Append('\b'); break;
                case 'f': text.Append('\f'); break;
                case 'n': text.Append('\n'); break;
                case 'r': text.Append('\r'); break;
                case 't': text.Append('\t'); break;
                case 'u' when TryHex(token, i + 1, out var unit):
                    text.Append(unit);
                    i += 4;
                    break;
                default: text.Append(e); break;
            }
        }
        return UnicodeText.ReplaceLoneSurrogates(text.ToString());
    }

    private static bool TryEscapedUnit(string s, int at, out char unit)
    {
        unit = '\0';
        return at + 1 < s.Length && s[at] == '\\' && s[at + 1] == 'u' && TryHex(s, at + 2, out unit);
    }

    private static bool TryHex(string s, int at, out char unit)
    {
        unit = '\0';
        if (at + 4 > s.Length || !int.TryParse(s.AsSpan(at, 4), NumberStyles.AllowHexSpecifier,
            CultureInfo.InvariantCulture, out var value)) return false;
        unit = (char)value;
        return true;
    }
}

using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace PaperTools;

/// <summary>
/// Normalization that never throws. String.Normalize rejects a lone surrogate (half of a pair, as a JSON
/// "\ud800" escape or a cut string leaves it) and U+FFFE (the only code point it rejects, checked over all of
/// them) with an ArgumentException; here each becomes U+FFFD first.
/// </summary>
public static class UnicodeText
{
    public const char Replacement = '\uFFFD';
    private const char ReversedByteOrderMark = '\uFFFE';
    private static readonly SearchValues<char> Surrogates = SearchValues.Create(Enumerable.Range(0xD800,
        0x800).Select(c => (char)c).ToArray());

    /// <summary><paramref name="text"/> in <paramref name="form"/>, every lone surrogate replaced by U+FFFD.</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Normalize(string? text, NormalizationForm form)
    {
        // ASCII is in every normal form already and has no surrogate to replace (one vectorised scan says so).
        if (string.IsNullOrEmpty(text) || Ascii.IsValid(text)) return text;
        // Below U+0300 every character is NFC_Quick_Check=Yes with combining class 0 (no combining mark, surrogate or
        // U+FFFE), so text of only such characters (Solà, Łojasiewicz) is in form C already.
        if (form == NormalizationForm.FormC && text.AsSpan().IndexOfAnyInRange('\u0300', char.MaxValue) < 0)
            return text;
        return ReplaceLoneSurrogates(text).Replace(ReversedByteOrderMark, Replacement).Normalize(form);
    }

    /// <summary><paramref name="text"/> with every surrogate that is not half of a pair replaced by U+FFFD.</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? ReplaceLoneSurrogates(string? text)
    {
        if (string.IsNullOrEmpty(text) || !HasLoneSurrogate(text)) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = Replacement;
        }
        return new string(chars);
    }

    public static bool HasLoneSurrogate(string text)
    {
        var first = text.AsSpan().IndexOfAny(Surrogates);
        if (first < 0) return false;
        for (var i = first; i < text.Length; i++)
        {
            if (!char.IsSurrogate(text[i])) continue;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else return true;
        }
        return false;
    }
}

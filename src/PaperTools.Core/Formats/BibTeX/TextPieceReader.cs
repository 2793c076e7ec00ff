using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace PaperTools.Formats.BibTeX;

/// <summary>
/// Reads field text from a digest into plain Unicode and safe math. What is already a LaTeX escape
/// (\&amp;, \%, \'e, {\"o}, \v{s}, {\L}, \textendash, $\alpha$) becomes its character, so the escaper writes
/// it once, in one canonical spelling, and never escapes it twice. Every other backslash, brace or dollar is
/// just a character: a Paper's fields hold text, and a brace in text is a brace (readers decode {BERT} to BERT;
/// the escaper then protects it again by its own rule). White space runs (new lines, tabs, no-break spaces) become one
/// space; control characters and lone surrogates go, since no field may carry them.
/// </summary>
internal static class TextPieceReader
{
    private const int MaxAccentNesting = 4;

    /// <summary>Where an escape, a braced escape or math may start.</summary>
    private static readonly SearchValues<char> EscapeStarts = SearchValues.Create("\\{$");

    public static List<TextPiece> Read(string text)
    {
        var clean = Clean(text);
        var pieces = new List<TextPiece>(1);
        // Most digest text has no escape, brace or dollar: it is one plain piece, read without copying it.
        if (clean.AsSpan().IndexOfAny(EscapeStarts) < 0)
        {
            if (clean.Length > 0) pieces.Add(new TextPiece(UnicodeText.Normalize(clean, NormalizationForm.FormC),
                isMath: false));
            return pieces;
        }
        // The thread's builder is reused: a fresh one per abstract would allocate its length once more.
        var plain = cachedPlain ?? new StringBuilder(clean.Length);
        cachedPlain = null;
        plain.Clear();
        var i = 0;
        while (i < clean.Length)
        {
            var c = clean[i];
            if (c == '\\' && TryReadEscape(clean, i, 0, out var character, out var next))
            {
                plain.Append(character);
                i = next;
            }
            else if (c == '{' && TryReadBracedEscape(clean, i, out character, out next))
            {
                plain.Append(character);
                i = next;
            }
            else if (c == '$' && TryReadMath(clean, i, out var formula, out next))
            {
                if (LatexMath.TryReadSymbol(formula, out var symbol)) plain.Append(symbol);
                else
                {
                    Flush(plain, pieces);
                    pieces.Add(new TextPiece(formula, isMath: true));
                }
                i = next;
            }
            else
            {
                // Up to the next place an escape, group or formula may start, the text is plain.
                var run = clean.AsSpan(i + 1).IndexOfAny(EscapeStarts);
                var end = run < 0 ? clean.Length : i + 1 + run;
                plain.Append(clean, i, end - i);
                i = end;
            }
        }
        Flush(plain, pieces);
        if (plain.Capacity <= MaxCachedCapacity) cachedPlain = plain;
        return pieces;
    }

    [ThreadStatic] private static StringBuilder? cachedPlain;

    /// <summary>A builder grown past this (a huge abstract) is let go, not kept for the thread's life.</summary>
    private const int MaxCachedCapacity = 64 * 1024;

    private static void Flush(StringBuilder plain, List<TextPiece> pieces)
    {
        if (plain.Length == 0) return;
        pieces.Add(new TextPiece(UnicodeText.Normalize(plain.ToString(), NormalizationForm.FormC), isMath: false));
        plain.Clear();
    }

    /// <summary>Every character <see cref="Clean"/> may drop or change: white space but the plain space, controls,
    /// noncharacters, surrogates.</summary>
    private static readonly SearchValues<char> Unclean = SearchValues.Create(Enumerable.Range(0, char.MaxValue
        + 1).Select(c => (char)c)
        .Where(c => (char.IsWhiteSpace(c) && c != ' ') || char.IsControl(c) || char.IsSurrogate(c)
            || (c >= '\uFDD0' && c <= '\uFDEF') || c == '\uFFFE' || c == '\uFFFF').ToArray());

    /// <summary>Text on one line with single spaces and nothing to drop: <see cref="Clean"/> leaves it as it is (two
    /// vectorised scans say so).</summary>
    internal static bool IsClean(string text)
        => text.Length > 0 && text[0] != ' ' && text[text.Length - 1] != ' ' && text.AsSpan().IndexOfAny(Unclean) < 0
            && text.IndexOf("  ", StringComparison.Ordinal) < 0;

    private static string Clean(string text)
    {
        if (IsClean(text)) return text;
        var sb = new StringBuilder(text.Length);
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }
            if (char.IsControl(c) || IsNoncharacter(text, i)) continue;
            if (char.IsHighSurrogate(c) && !(i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))) continue;
            if (char.IsLowSurrogate(c) && !(i > 0 && char.IsHighSurrogate(text[i - 1]))) continue;
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        return sb.ToString();
    }

    // U+FDD0-U+FDEF and the last two code points of every plane are noncharacters, never interchanged:
    // biber refuses a whole file that holds one ("does not map to Unicode").
    private static bool IsNoncharacter(string text, int i)
    {
        var c = text[i];
        if (c >= '\uFDD0' && c <= '\uFDEF') return true;
        if (char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(text[i - 1])) return (
            char.ConvertToUtf32(text[i - 1], c) & 0xFFFE) == 0xFFFE;
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) return (
            char.ConvertToUtf32(c, text[i + 1]) & 0xFFFE) == 0xFFFE;
        return c == '\uFFFE' || c == '\uFFFF';
    }

    private static bool TryReadMath(string s, int open, [NotNullWhen(true)] out string? formula, out int next)
    {
        formula = null;
        next = open;
        var close = LatexMath.FindClosingDollar(s, open);
        if (close < 0) return false;
        var content = s.Substring(open + 1, close - open - 1);
        if (!SafeMath.IsSafe(content)) return false;
        formula = content;
        next = close + 1;
        return true;
    }

    /// <summary>{\"o}, {\L}, {\v{s}}: one escape alone in a group.</summary>
    private static bool TryReadBracedEscape(string s, int open, [NotNullWhen(true)] out string? character, out int next)
    {
        character = null;
        next = open;
        if (open + 1 >= s.Length || s[open + 1] != '\\') return false;
        if (!TryReadEscape(s, open + 1, 0, out character, out var end) || end >= s.Length
            || s[end] != '}') return false;
        next = end + 1;
        return true;
    }

    /// <summary>A recognised escape starting at the backslash at <paramref name="i"/>: its character and the index
    /// after it.</summary>
    private static bool TryReadEscape(string s, int i, int depth, [NotNullWhen(true)] out string? character,
        out int next)
    {
        character = null;
        next = i;
        var j = i + 1;
        if (j >= s.Length) return false;
        var c = s[j];
        if (!IsAsciiLetter(c))
        {
            if (LatexCharacters.EscapedByBackslash.IndexOf(c) >= 0)
            {
                character = c.ToString();
                next = j + 1;
                return true;
            }
            return LatexCharacters.Accents.TryGetValue(c, out var mark) && TryReadAccented(s, j + 1, mark, false, depth,
                out character, out next);
        }
        var end = j;
        while (end < s.Length && IsAsciiLetter(s[end])) end++;
        var name = s.Substring(j, end - j);
        if (name.Length == 1 && LatexCharacters.Accents.TryGetValue(name[0], out var letterMark))
            return TryReadAccented(s, end, letterMark, true, depth, out character, out next);
        if (!LatexCharacters.Letters.TryGetValue(name, out character) && !LatexCharacters.TextSymbols.TryGetValue(name,
            out character))
            return false;
        // A command word ends at "{}" or swallows one following space, as LaTeX reads it.
        next = end + 1 < s.Length && s[end] == '{' && s[end + 1] == '}' ? end + 2
            : end < s.Length && s[end] == ' ' ? end + 1 : end;
        return true;
    }

    /// <summary>The argument of an accent: e, {e}, {\i}, {\o}, {\^e}; a letter accent (\v) needs braces or a
    /// space.</summary>
    private static bool TryReadAccented(string s, int i, char mark, bool letterCommand, int depth,
        [NotNullWhen(true)] out string? character, out int next)
    {
        character = null;
        next = i;
        string? baseText;
        if (i < s.Length && s[i] == '{')
        {
            var close = i + 1;
            if (close < s.Length && IsAsciiLetter(s[close]) && close + 1 < s.Length && s[close + 1] == '}')
            {
                baseText = s[close].ToString();
                next = close + 2;
            }
            else if (close < s.Length && s[close] == '\\' && depth < MaxAccentNesting && TryReadAccentBase(s, close,
                depth, out baseText, out var end) && end < s.Length && s[end] == '}')
                next = end + 1;
            else return false;
        }
        else if (letterCommand)
        {
            if (i + 1 >= s.Length || s[i] != ' ' || !IsAsciiLetter(s[i + 1])) return false;
            baseText = s[i + 1].ToString();
            next = i + 2;
        }
        else if (i < s.Length && IsAsciiLetter(s[i]))
        {
            baseText = s[i].ToString();
            next = i + 1;
        }
        else if (i < s.Length && s[i] == '\\' && depth < MaxAccentNesting && TryReadAccentBase(s, i, depth,
            out baseText, out next)) { }
        else return false;
        character = UnicodeText.Normalize(baseText + mark, NormalizationForm.FormC);
        return true;
    }

    /// <summary>\i and \j (dotless, for accents) stand for i and j; other escapes for their character.</summary>
    private static bool TryReadAccentBase(string s, int i, int depth, [NotNullWhen(true)] out string? baseText,
        out int next)
    {
        if (i + 1 < s.Length && (s[i + 1] == 'i' || s[i + 1] == 'j') && (i + 2 >= s.Length || !IsAsciiLetter(s[i + 2])))
        {
            baseText = s[i + 1].ToString();
            next = i + 2 < s.Length && s[i + 2] == ' ' ? i + 3 : i + 2;
            return true;
        }
        return TryReadEscape(s, i, depth + 1, out baseText, out next);
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

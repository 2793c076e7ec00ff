using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace PaperTools;

/// <summary>
/// Turns LaTeX-encoded text into plain Unicode: accents in all their spellings (\'e, \'{e}, {\'e},
/// \v{s}, \c c), letter commands (\ss, \L, \o), Greek in math ($\alpha$), escaped specials (\&amp;, \%),
/// ligature dashes and quotes. Formatting commands (\emph{x}, \textbf{x}) keep their text; grouping
/// braces go. A command it does not know stays as written (\hyphen, \noopsort), its arguments kept as text, so
/// nothing readable is lost: Zotero's BibTeX import leaves such commands the same way.
/// </summary>
public static class LatexDecoder
{
    [return: NotNullIfNotNull(nameof(latex))]
    public static string? Decode(string? latex) => Decode(latex, keepMath: false, depth: 0);

    /// <summary>
    /// Decodes like <see cref="Decode(string)"/>, but math other than one symbol ($x^2$, $O(n)$) stays as written,
    /// dollars included: the BibTeX reader uses this so that a title read back and written again is unchanged.
    /// </summary>
    [return: NotNullIfNotNull(nameof(latex))]
    public static string? Decode(string? latex, bool keepMath) => Decode(latex, keepMath, depth: 0);

    // Accents nest ({\~{\^e}}); the depth bound keeps hostile input from exhausting the stack.
    private const int MaxNesting = 8;

    [return: NotNullIfNotNull(nameof(latex))]
    private static string? Decode(string? latex, bool keepMath, int depth)
    {
        if (string.IsNullOrEmpty(latex) || (latex.IndexOfAny(Specials) < 0 && !HasLigature(latex)))
            return latex;
        var output = new StringBuilder(latex.Length);
        var i = 0;
        while (i < latex.Length)
        {
            var c = latex[i];
            switch (c)
            {
                case '\\':
                    i = DecodeCommand(latex, i + 1, output, keepMath, depth);
                    break;
                case '$' when keepMath && LatexMath.FindClosingDollar(latex, i) > i:
                    var close = LatexMath.FindClosingDollar(latex, i);
                    var content = latex.Substring(i + 1, close - i - 1);
                    output.Append(LatexMath.TryReadSymbol(content, out var symbol) ? symbol
                        : latex.Substring(i, close - i + 1));
                    i = close + 1;
                    break;
                case '{':
                case '}':
                case '$':
                    i++;
                    break;
                case '~':
                    output.Append(' ');
                    i++;
                    break;
                case '-' or '`' or '\'' when LigatureAt(latex, i) is { } ligature:
                    output.Append(ligature.Text);
                    i += ligature.Tex.Length;
                    break;
                default:
                    // Up to the next character the cases above may take, the text is itself.
                    var run = latex.AsSpan(i + 1).IndexOfAny(RunEnds);
                    var end = run < 0 ? latex.Length : i + 1 + run;
                    output.Append(latex, i, end - i);
                    i = end;
                    break;
            }
        }
        return UnicodeText.Normalize(output.ToString(), NormalizationForm.FormC);
    }

    private static readonly char[] Specials = { '\\', '{', '}', '$', '~' };

    /// <summary>Where a run of plain text ends: a special, or the first character of a ligature.</summary>
    private static readonly SearchValues<char> RunEnds = SearchValues.Create("\\{}$~-`'");

    /// <summary>Decodes the command starting after a backslash at <paramref name="i"/>; returns the index after
    /// it.</summary>
    private static int DecodeCommand(string s, int i, StringBuilder output, bool keepMath, int depth)
    {
        if (i >= s.Length) return i;
        var c = s[i];

        if (!IsAsciiLetter(c))
        {
            // TeX skips spaces before an accent's argument: {\~ Z}elly is Z̃elly, as \~Z and \~{Z} are.
            if (LatexCharacters.Accents.TryGetValue(c, out var mark)) return ApplyAccent(s, SkipSpaces(s, i + 1),
                mark, output, keepMath, depth);
            if (LatexCharacters.EscapedByBackslash.IndexOf(c) >= 0) output.Append(c);
            else if (c == '\\' || c == ' ') output.Append(' ');
            // A backslash before a character outside ASCII (\😀, \é) commands nothing TeX knows: the character
            // stays, both halves of a surrogate pair together, so no half is ever left alone.
            else if (c >= 128) return AppendCharacter(s, i, output);
            // \- (hyphenation hint), \/ (italic correction) and other symbols print nothing.
            return i + 1;
        }

        var start = i;
        while (i < s.Length && IsAsciiLetter(s[i])) i++;
        var name = s.Substring(start, i - start);

        if (name.Length == 1 && LatexCharacters.Accents.TryGetValue(name[0], out var letterMark))
            return ApplyAccent(s, SkipSpaces(s, i), letterMark, output, keepMath, depth);

        if (LatexCharacters.Letters.TryGetValue(name, out var letter) ||
            LatexCharacters.TextSymbols.TryGetValue(name, out letter) ||
            LatexCharacters.MathSymbols.TryGetValue(name, out letter))
        {
            output.Append(letter);
            i = SkipSpaces(s, i);
            // "{\ss}" and "\ss{}" both end the command with an empty group.
            if (At(s, i, "{}")) i += 2;
            return i;
        }
        // A formatting command: drop the name, let its braced argument through as text.
        if (LatexCharacters.Formatting.Contains(name)) return SkipSpaces(s, i);
        output.Append('\\').Append(name);
        return i;
    }

    private static int AppendCharacter(string s, int i, StringBuilder output)
    {
        var length = char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
        output.Append(s, i, length);
        return i + length;
    }

    /// <summary>Reads the accent's argument ({e}, e, {\i}, \i, {\^e}) and appends the accented letter.</summary>
    private static int ApplyAccent(string s, int i, char mark, StringBuilder output, bool keepMath, int depth)
    {
        string baseLetter;
        if (i < s.Length && s[i] == '{')
        {
            var close = MatchingBrace(s, i);
            var inner = close < 0 ? s.Substring(i + 1) : s.Substring(i + 1, close - i - 1);
            i = close < 0 ? s.Length : close + 1;
            var trimmed = inner.Trim();
            baseLetter = trimmed == "\\i" ? "i" : trimmed == "\\j" ? "j"
                : depth < MaxNesting ? Decode(inner, keepMath, depth + 1) : inner;
        }
        else if (i < s.Length && s[i] == '\\')
        {
            var start = ++i;
            while (i < s.Length && IsAsciiLetter(s[i])) i++;
            var name = s.Substring(start, i - start);
            baseLetter = name == "i" ? "i" : name == "j" ? "j"
                : LatexCharacters.Letters.TryGetValue(name, out var l) ? l : name;
            i = SkipSpaces(s, i);
        }
        else if (i < s.Length && s[i] != '}')
        {
            var length = char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
            baseLetter = s.Substring(i, length);
            i += length;
        }
        else baseLetter = string.Empty;
        output.Append(baseLetter.Length == 0 ? LatexCharacters.Alone(mark) : baseLetter + mark);
        return i;
    }

    /// <summary>The index of the brace closing the group that opens at <paramref name="open"/>; -1 when it never
    /// closes.</summary>
    private static int MatchingBrace(string s, int open)
    {
        var level = 0;
        for (var j = open; j < s.Length; j++)
        {
            if (s[j] == '\\') j++;
            else if (s[j] == '{') level++;
            else if (s[j] == '}' && --level == 0) return j;
        }
        return -1;
    }

    private static int SkipSpaces(string s, int i)
    {
        while (i < s.Length && s[i] == ' ') i++;
        return i;
    }

    // TeX's ligatures of dashes and quotes, longest first ("---" before "--").
    private static readonly (string Tex, char Text)[] Ligatures =
        { ("---", '—'), ("--", '–'), ("``", '“'), ("''", '”') };

    private static (string Tex, char Text)? LigatureAt(string s, int i)
    {
        foreach (var ligature in Ligatures)
            if (At(s, i, ligature.Tex)) return ligature;
        return null;
    }

    private static bool HasLigature(string s)
    {
        foreach (var ligature in Ligatures)
            if (s.Contains(ligature.Tex, StringComparison.Ordinal)) return true;
        return false;
    }

    private static bool At(string s, int i, string token) => string.CompareOrdinal(s, i, token, 0, token.Length) == 0;

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

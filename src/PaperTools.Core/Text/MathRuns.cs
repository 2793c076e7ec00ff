namespace PaperTools;

/// <summary>Whether a run of rendered math is on the line, raised or lowered.</summary>
internal enum MathScript
{
    None,
    Super,
    Sub,
}

/// <summary>A run of rendered math: its text and where it sits.</summary>
internal readonly record struct MathRun(string Text, MathScript Script);

/// <summary>
/// The content of one inline math span read as runs of text (see <see cref="MathText"/>), or null when it holds
/// anything whose rendering as text would not be exact. Spaces are kept as written (TeX ignores them, readers of
/// text do not); the space ending a command word is kept only where one was written before it ("a \to b", "a\in X"),
/// and an operator name stands apart from the words around it ("n\log n" is "n log n").
/// </summary>
internal static class MathRuns
{
    // Nested groups and scripts are few in titles; the bound keeps hostile input from exhausting the stack.
    private const int MaxNesting = 4;

    public static List<MathRun>? Read(string content)
    {
        var runs = new List<MathRun>();
        var line = new StringBuilder();
        if (!Read(content, 0, content.Length, line, runs, 0)) return null;
        Flush(line, runs);
        if (runs.Count == 0) return null;
        // White space at either end of the span is no part of what it says.
        runs[0] = runs[0] with { Text = runs[0].Text.TrimStart() };
        runs[^1] = runs[^1] with { Text = runs[^1].Text.TrimEnd() };
        runs.RemoveAll(run => run.Text.Length == 0);
        return runs.Count == 0 ? null : runs;
    }

    private static bool Read(string s, int start, int end, StringBuilder line, List<MathRun> runs, int depth)
    {
        if (depth > MaxNesting) return false;
        var i = start;
        while (i < end)
        {
            var c = s[i];
            switch (c)
            {
                case ' ':
                    if (line.Length > 0 && line[^1] != ' ') line.Append(' ');
                    i++;
                    break;
                case '\\':
                    i = Command(s, i + 1, end, line, runs, depth);
                    if (i < 0) return false;
                    break;
                case '{':
                    var close = MatchingBrace(s, i, end);
                    if (close < 0 || !Read(s, i + 1, close, line, runs, depth + 1)) return false;
                    i = close + 1;
                    break;
                case '^' or '_':
                    i = Script(s, i + 1, end, c == '^' ? MathScript.Super : MathScript.Sub, line, runs, depth);
                    if (i < 0) return false;
                    break;
                case '\'':
                    line.Append('′');
                    i++;
                    break;
                // A brace closing nothing, an alignment tab, a comment, a tie: nothing text can say exactly.
                case '}' or '&' or '#' or '%' or '~':
                    return false;
                default:
                    line.Append(c);
                    i++;
                    break;
            }
        }
        return true;
    }

    /// <summary>The command whose name starts at <paramref name="i"/>, after its backslash; the index after it, or -1
    /// when it has no exact rendering.</summary>
    private static int Command(string s, int i, int end, StringBuilder line, List<MathRun> runs, int depth)
    {
        if (i >= end) return -1;
        if (!IsAsciiLetter(s[i]))
        {
            // Thin, medium and thick spaces; \! takes space away; \{ \} \% \& \# \_ \$ are their characters.
            if (",:; ".IndexOf(s[i]) >= 0 && line.Length > 0 && line[^1] != ' ') line.Append(' ');
            else if (LatexCharacters.EscapedByBackslash.IndexOf(s[i]) >= 0) line.Append(s[i]);
            else if (s[i] != '!' && ",:; ".IndexOf(s[i]) < 0) return -1;
            return i + 1;
        }
        var nameEnd = i;
        while (nameEnd < end && IsAsciiLetter(s[nameEnd])) nameEnd++;
        var name = s.Substring(i, nameEnd - i);
        var next = nameEnd;
        while (next < end && s[next] == ' ') next++;
        var spaceBefore = line.Length > 0 && line[^1] == ' ';
        if (Operators.Contains(name))
        {
            if (line.Length > 0 && char.IsLetterOrDigit(line[^1])) line.Append(' ');
            line.Append(name);
            if (next < end && (char.IsLetterOrDigit(s[next]) || s[next] == '\\' || next > nameEnd)) line.Append(' ');
            return next;
        }
        if (LatexCharacters.MathSymbols.TryGetValue(name, out var symbol) || Symbols.TryGetValue(name, out symbol))
        {
            // \sqrt and the big operators take an argument or limits whose extent text cannot show.
            if (name == "sqrt") return -1;
            line.Append(symbol);
            if (spaceBefore && next > nameEnd && next < end) line.Append(' ');
            return next;
        }
        if (Accents.TryGetValue(name, out var mark)) return Accent(s, next, end, mark, line);
        if (Upright.Contains(name))
        {
            if (next >= end || s[next] != '{') return -1;
            var close = MatchingBrace(s, next, end);
            return close >= 0 && Read(s, next + 1, close, line, runs, depth + 1) ? close + 1 : -1;
        }
        // \left( and \right) size their delimiter; \left. and \right. print none.
        if (name is "left" or "right")
        {
            if (next < end && s[next] == '.') return next + 1;
            return next;
        }
        return -1;
    }

    /// <summary>A super- or subscript's argument (a character, a command word or a group), as the script characters
    /// Unicode has for it, else as a run of its own; -1 when it cannot be read.</summary>
    private static int Script(string s, int i, int end, MathScript script, StringBuilder line, List<MathRun> runs,
        int depth)
    {
        while (i < end && s[i] == ' ') i++;
        if (i >= end) return -1;
        var argumentEnd = s[i] == '{' ? MatchingBrace(s, i, end) + 1
            : s[i] == '\\' ? CommandEnd(s, i, end)
            : i + 1;
        if (argumentEnd <= i) return -1;
        var inner = new StringBuilder();
        var nested = new List<MathRun>();
        var from = s[i] == '{' ? i + 1 : i;
        var to = s[i] == '{' ? argumentEnd - 1 : argumentEnd;
        if (!Read(s, from, to, inner, nested, depth + 1) || nested.Count > 0) return -1;
        var text = inner.ToString().Trim();
        if (text.Length == 0) return -1;
        // A prime is a raised mark already: Z^\prime is Z′.
        if (script == MathScript.Super && text.All(c => c == '′')) line.Append(text);
        else if (ScriptCharacters(text, script) is string characters) line.Append(characters);
        else
        {
            Flush(line, runs);
            runs.Add(new MathRun(text, script));
        }
        return argumentEnd;
    }

    private static string? ScriptCharacters(string text, MathScript script)
    {
        var table = script == MathScript.Super ? Superscripts : Subscripts;
        var characters = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!table.TryGetValue(c, out var raised)) return null;
            characters.Append(raised);
        }
        return characters.ToString();
    }

    /// <summary>\bar U, \hat{x}: one letter and the combining mark the accent puts on it.</summary>
    private static int Accent(string s, int i, int end, char mark, StringBuilder line)
    {
        var braced = i < end && s[i] == '{';
        var at = braced ? i + 1 : i;
        if (at >= end || !char.IsLetter(s[at]) || (braced && (at + 1 >= end || s[at + 1] != '}'))) return -1;
        line.Append(UnicodeText.Normalize(s[at].ToString() + mark, NormalizationForm.FormC));
        return braced ? at + 2 : at + 1;
    }

    private static int CommandEnd(string s, int backslash, int end)
    {
        var i = backslash + 1;
        if (i >= end) return -1;
        if (!IsAsciiLetter(s[i])) return i + 1;
        while (i < end && IsAsciiLetter(s[i])) i++;
        return i;
    }

    private static void Flush(StringBuilder line, List<MathRun> runs)
    {
        if (line.Length == 0) return;
        runs.Add(new MathRun(line.ToString(), MathScript.None));
        line.Clear();
    }

    private static int MatchingBrace(string s, int open, int end)
    {
        var level = 0;
        for (var j = open; j < end; j++)
        {
            if (s[j] == '\\') j++;
            else if (s[j] == '{') level++;
            else if (s[j] == '}' && --level == 0) return j;
        }
        return -1;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    // Operator names, set upright as words.
    private static readonly HashSet<string> Operators = new(StringComparer.Ordinal)
    {
        "log", "ln", "lg", "exp", "sin", "cos", "tan", "cot", "sec", "csc", "arcsin", "arccos", "arctan", "sinh",
        "cosh", "tanh", "coth", "max", "min", "sup", "inf", "lim", "det", "dim", "ker", "deg", "arg", "gcd", "Pr",
    };

    // Commands whose argument is upright text or a name: their words are the rendering.
    private static readonly HashSet<string> Upright = new(StringComparer.Ordinal)
        { "mathrm", "text", "textrm", "mbox", "operatorname", "mathit", "textit", "mathnormal" };

    // Symbols of math mode beyond the decoder's table, which also spells them for the BibTeX writer.
    private static readonly Dictionary<string, string> Symbols = new(StringComparer.Ordinal)
    {
        ["prime"] = "′", ["ldots"] = "…", ["dots"] = "…", ["cdots"] = "⋯", ["le"] = "≤", ["ge"] = "≥", ["ne"] = "≠",
        ["ll"] = "≪", ["gg"] = "≫", ["mp"] = "∓", ["equiv"] = "≡", ["hbar"] = "ℏ", ["Rightarrow"] = "⇒",
        ["leftrightarrow"] = "↔",
    };

    // Math accents on one letter, as combining marks.
    private static readonly Dictionary<string, char> Accents = new(StringComparer.Ordinal)
    {
        ["bar"] = '\u0304', ["hat"] = '\u0302', ["tilde"] = '\u0303', ["dot"] = '\u0307', ["ddot"] = '\u0308',
    };

    private static readonly Dictionary<char, char> Superscripts = new()
    {
        ['0'] = '⁰', ['1'] = '¹', ['2'] = '²', ['3'] = '³', ['4'] = '⁴', ['5'] = '⁵', ['6'] = '⁶', ['7'] = '⁷',
        ['8'] = '⁸', ['9'] = '⁹', ['+'] = '⁺', ['-'] = '⁻', ['='] = '⁼', ['('] = '⁽', [')'] = '⁾', ['i'] = 'ⁱ',
        ['n'] = 'ⁿ',
    };

    private static readonly Dictionary<char, char> Subscripts = new()
    {
        ['0'] = '₀', ['1'] = '₁', ['2'] = '₂', ['3'] = '₃', ['4'] = '₄', ['5'] = '₅', ['6'] = '₆', ['7'] = '₇',
        ['8'] = '₈', ['9'] = '₉', ['+'] = '₊', ['-'] = '₋', ['='] = '₌', ['('] = '₍', [')'] = '₎', ['a'] = 'ₐ',
        ['e'] = 'ₑ', ['o'] = 'ₒ', ['x'] = 'ₓ', ['h'] = 'ₕ', ['k'] = 'ₖ', ['l'] = 'ₗ', ['m'] = 'ₘ', ['n'] = 'ₙ',
        ['p'] = 'ₚ', ['s'] = 'ₛ', ['t'] = 'ₜ',
    };
}

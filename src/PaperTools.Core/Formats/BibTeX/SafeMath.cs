namespace PaperTools.Formats.BibTeX;

/// <summary>
/// Decides whether a $…$ formula from a digest may be written as math: only when LaTeX can typeset it. A
/// formula is read by TeX, so \input, \write18, \def or TeX's ^^5c spelling of a backslash inside one would
/// run; and a command short of its arguments takes what follows instead ($\frac$ in an author swallows the
/// closing brace and \end{thebibliography}, and every later item fails). So every command must be a known
/// math command with all its arguments, ^ and _ each need an argument and may not be doubled, \left pairs
/// with \right, braces balance, and only ASCII appears (pdflatex has no math font for the rest). Anything
/// else is written as text, its dollars and backslashes escaped.
/// </summary>
internal static class SafeMath
{
    private enum Argument { Math, Text, Root }

    private static readonly Dictionary<string, Argument[]> Commands = BuildCommands();

    // Spacing and delimiters written as a backslash and one symbol.
    private const string SymbolCommands = ",;:!{}| ";

    // What may follow \left and \right.
    private const string DelimiterCharacters = "()[]|./<>";
    private static readonly HashSet<string> DelimiterCommands = new HashSet<string> { "langle", "rangle", "lfloor",
        "rfloor", "lceil", "rceil", "uparrow", "downarrow", "{", "}", "|" };

    private const int MaxLength = 1000;
    private const int MaxNesting = 32;

    public static bool IsSafe(string formula)
    {
        if (formula.Length == 0 || formula.Length > MaxLength || formula.Contains("^^")
            || !BracesBalance(formula)) return false;
        foreach (var c in formula)
            if (c >= 128 || c == '%' || c == '#' || c == '&' || c == '$' || char.IsControl(c)) return false;
        var parser = new Parser(formula);
        return parser.List(End.Formula, 0) && parser.AtEnd;
    }

    // BibTeX counts every brace, escaped or not, so the formula must balance them all.
    private static bool BracesBalance(string formula)
    {
        var level = 0;
        foreach (var c in formula)
        {
            if (c == '{') level++;
            else if (c == '}' && --level < 0) return false;
        }
        return level == 0;
    }

    private enum End { Formula, Group, Bracket, Right }

    /// <summary>A recursive reading of TeX's math lists, just deep enough to know every command gets its
    /// arguments.</summary>
    private sealed class Parser
    {
        private readonly string s;
        private int i;

        public Parser(string formula) => s = formula;

        public bool AtEnd => i >= s.Length;

        /// <summary>Reads atoms and their scripts up to <paramref name="end"/>, which it consumes (except
        /// \right).</summary>
        public bool List(End end, int depth)
        {
            if (depth > MaxNesting) return false;
            bool superscript = false, subscript = false;
            while (true)
            {
                SkipSpaces();
                if (i >= s.Length) return end == End.Formula;
                var c = s[i];
                if (c == '}')
                {
                    if (end != End.Group) return false;
                    i++;
                    return true;
                }
                if (c == ']' && end == End.Bracket)
                {
                    i++;
                    return true;
                }
                if (c == '^' || c == '_')
                {
                    ref var seen = ref c == '^' ? ref superscript : ref subscript;
                    if (seen) return false;  // "Double superscript"
                    seen = true;
                    i++;
                    if (!Script(depth)) return false;
                    continue;
                }
                if (c == '\'')
                {
                    if (superscript) return false;  // x^2' is a double superscript too
                    i++;
                    continue;
                }
                if (c == '\\' && At("\\right"))
                    return end == End.Right;
                superscript = subscript = false;
                if (!Atom(depth)) return false;
            }
        }

        private bool Atom(int depth)
        {
            var c = s[i];
            if (c == '{')
            {
                i++;
                return List(End.Group, depth + 1);
            }
            if (c != '\\')
            {
                i++;
                return true;
            }
            var name = CommandName();
            if (name == null) return false;
            if (name == "left") return LeftRight(depth);
            if (!Commands.TryGetValue(name, out var arguments)) return false;
            foreach (var argument in arguments)
                if (!Read(argument, depth)) return false;
            return true;
        }

        /// <summary>\left( … \right): a delimiter, a list, \right and a delimiter.</summary>
        private bool LeftRight(int depth)
        {
            if (!Delimiter()) return false;
            if (!List(End.Right, depth + 1)) return false;
            i += "\\right".Length;
            return Delimiter();
        }

        private bool Delimiter()
        {
            SkipSpaces();
            if (i >= s.Length) return false;
            if (DelimiterCharacters.IndexOf(s[i]) >= 0)
            {
                i++;
                return true;
            }
            if (s[i] != '\\') return false;
            var name = CommandName();
            return name != null && DelimiterCommands.Contains(name);
        }

        private bool Read(Argument argument, int depth)
        {
            SkipSpaces();
            if (i >= s.Length) return false;
            switch (argument)
            {
                case Argument.Root:
                    if (s[i] != '[') return true;
                    i++;
                    return List(End.Bracket, depth + 1);
                case Argument.Text:
                    return TextGroup();
                default:
                    return Script(depth);
            }
        }

        /// <summary>One argument in math: a group, one character, or a command that takes none.</summary>
        private bool Script(int depth)
        {
            SkipSpaces();
            if (i >= s.Length) return false;
            var c = s[i];
            if (c == '{')
            {
                i++;
                return List(End.Group, depth + 1);
            }
            if (c == '}' || c == '^' || c == '_' || c == '\'' || c == ']') return false;
            if (c != '\\')
            {
                i++;
                return true;
            }
            var name = CommandName();
            return name != null && Commands.TryGetValue(name, out var arguments) && arguments.Length == 0;
        }

        /// <summary>A braced text-mode argument (\text{…}): plain characters only, as ^, _ and commands are
        /// math.</summary>
        private bool TextGroup()
        {
            if (s[i] != '{') return false;
            for (var j = i + 1; j < s.Length; j++)
            {
                var c = s[j];
                if (c == '}')
                {
                    i = j + 1;
                    return true;
                }
                if (c == '{' || c == '\\' || c == '^' || c == '_') return false;
            }
            return false;
        }

        /// <summary>The name after the backslash at i (letters, or one symbol), consumed; null for none.</summary>
        private string? CommandName()
        {
            var start = ++i;
            while (i < s.Length && IsAsciiLetter(s[i])) i++;
            if (i > start) return s.Substring(start, i - start);
            if (i < s.Length && SymbolCommands.IndexOf(s[i]) >= 0) return s[i++].ToString();
            return null;
        }

        private bool At(string token) => string.CompareOrdinal(s, i, token, 0, token.Length) == 0
            && (i + token.Length >= s.Length || !IsAsciiLetter(s[i + token.Length]));

        private void SkipSpaces()
        {
            while (i < s.Length && s[i] == ' ') i++;
        }
    }

    private static Dictionary<string, Argument[]> BuildCommands()
    {
        var none = new Argument[0];
        var commands = new Dictionary<string, Argument[]>();
        foreach (var name in new[]
        {
            "log", "ln", "exp", "sin", "cos", "tan", "min", "max", "arg", "lim", "sup", "inf", "det", "mid", "le", "ge",
                "ne",
            "ll", "gg", "cdots", "ldots", "dots", "top", "prime", "circ", "star", "ast", "oplus", "otimes", "cup",
                "cap",
            "subset", "subseteq", "supset", "notin", "langle", "rangle", "lfloor", "rfloor", "lceil", "rceil", "propto",
            "equiv", "mapsto", "Rightarrow", "Leftarrow", "leftrightarrow", "uparrow", "downarrow", "perp", "parallel",
                "neg",
            "land", "lor", "vee", "wedge", "setminus", "quad", "qquad",
        })
            commands[name] = none;
        foreach (var name in LatexCharacters.MathSymbols.Keys) commands[name] = none;
        foreach (var symbol in SymbolCommands) commands[symbol.ToString()] = none;
        commands["sqrt"] = new[] { Argument.Root, Argument.Math };
        foreach (var name in new[] { "frac", "dfrac", "tfrac", "binom" }) commands[name] =
            new[] { Argument.Math, Argument.Math };
        foreach (var name in new[]
        {
            "mathbf", "mathrm", "mathcal", "mathbb", "mathit", "mathsf", "mathtt", "mathfrak", "boldsymbol",
                "operatorname",
            "hat", "tilde", "bar", "vec", "dot", "ddot", "overline", "underline", "widehat", "widetilde",
        })
            commands[name] = new[] { Argument.Math };
        foreach (var name in new[] { "text", "textrm", "textit", "textbf" }) commands[name] = new[] { Argument.Text };
        return commands;
    }

    private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

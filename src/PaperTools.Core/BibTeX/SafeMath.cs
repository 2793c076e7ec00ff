using System.Collections.Generic;

namespace PaperTools.BibTeX
{
    /// <summary>
    /// Decides whether a $…$ formula from a digest may be written as math. Only formulas made of known math
    /// commands pass: a formula is typeset by LaTeX, so \input, \write18, \def or TeX's ^^5c spelling of a
    /// backslash inside one would run. Anything else is written as text, its dollars and backslashes escaped.
    /// </summary>
    internal static class SafeMath
    {
        private static readonly HashSet<string> FormattingCommands = new HashSet<string>
        {
            "frac", "dfrac", "tfrac", "sqrt", "binom", "mathbf", "mathrm", "mathcal", "mathbb", "mathit", "mathsf",
            "mathtt", "mathfrak", "boldsymbol", "text", "textrm", "textit", "textbf", "operatorname", "hat", "tilde",
            "bar", "vec", "dot", "ddot", "overline", "underline", "widehat", "widetilde", "log", "ln", "exp", "sin",
            "cos", "tan", "min", "max", "arg", "lim", "sup", "inf", "det", "mid", "le", "ge", "ne", "ll", "gg",
            "cdots", "ldots", "dots", "top", "prime", "circ", "star", "ast", "oplus", "otimes", "cup", "cap",
            "subset", "subseteq", "supset", "notin", "left", "right", "langle", "rangle", "lfloor", "rfloor",
            "lceil", "rceil", "propto", "equiv", "mapsto", "Rightarrow", "Leftarrow", "leftrightarrow", "uparrow",
            "downarrow", "perp", "parallel", "neg", "land", "lor", "vee", "wedge", "setminus", "quad", "qquad",
        };

        // Spacing and delimiters written as a backslash and one symbol.
        private const string SymbolCommands = ",;:!{}| ";

        public static bool IsSafe(string formula)
        {
            if (formula.Length == 0 || formula.Length > 1000 || formula.Contains("^^")) return false;
            var level = 0;
            for (var i = 0; i < formula.Length; i++)
            {
                var c = formula[i];
                if (c == '%' || c == '#' || c == '&' || char.IsControl(c)) return false;
                // BibTeX counts every brace, escaped or not, so the formula must balance them all.
                if (c == '{') level++;
                else if (c == '}' && --level < 0) return false;
                if (c != '\\') continue;
                if (i + 1 >= formula.Length) return false;
                var start = i + 1;
                var end = start;
                while (end < formula.Length && IsAsciiLetter(formula[end])) end++;
                if (end == start)
                {
                    if (SymbolCommands.IndexOf(formula[start]) < 0) return false;
                    if (formula[start] == '{') level++;
                    else if (formula[start] == '}' && --level < 0) return false;
                    i = start;
                    continue;
                }
                var name = formula.Substring(start, end - start);
                if (!FormattingCommands.Contains(name) && !LatexCharacters.MathSymbols.ContainsKey(name)) return false;
                i = end - 1;
            }
            return level == 0;
        }

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}

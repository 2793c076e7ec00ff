using System.Text;

namespace PaperTools
{
    /// <summary>
    /// Turns LaTeX-encoded text into plain Unicode: accents in all their spellings (\'e, \'{e}, {\'e},
    /// \v{s}, \c c), letter commands (\ss, \L, \o), Greek in math ($\alpha$), escaped specials (\&amp;, \%),
    /// ligature dashes and quotes. Formatting commands (\emph{x}, \textbf{x}) keep their text; grouping
    /// braces go. Unknown commands are dropped, their arguments kept, so nothing readable is lost.
    /// </summary>
    public static class LatexDecoder
    {
        public static string Decode(string latex)
        {
            if (string.IsNullOrEmpty(latex) || (latex.IndexOfAny(Specials) < 0 && latex.IndexOf("--", System.StringComparison.Ordinal) < 0 && latex.IndexOf("``", System.StringComparison.Ordinal) < 0 && latex.IndexOf("''", System.StringComparison.Ordinal) < 0))
                return latex;
            var output = new StringBuilder(latex.Length);
            var i = 0;
            while (i < latex.Length)
            {
                var c = latex[i];
                switch (c)
                {
                    case '\\':
                        i = DecodeCommand(latex, i + 1, output);
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
                    case '-' when At(latex, i, "---"):
                        output.Append('—');
                        i += 3;
                        break;
                    case '-' when At(latex, i, "--"):
                        output.Append('–');
                        i += 2;
                        break;
                    case '`' when At(latex, i, "``"):
                        output.Append('“');
                        i += 2;
                        break;
                    case '\'' when At(latex, i, "''"):
                        output.Append('”');
                        i += 2;
                        break;
                    default:
                        output.Append(c);
                        i++;
                        break;
                }
            }
            return output.ToString().Normalize(NormalizationForm.FormC);
        }

        private static readonly char[] Specials = { '\\', '{', '}', '$', '~' };

        /// <summary>Decodes the command starting after a backslash at <paramref name="i"/>; returns the index after it.</summary>
        private static int DecodeCommand(string s, int i, StringBuilder output)
        {
            if (i >= s.Length) return i;
            var c = s[i];

            if (!IsAsciiLetter(c))
            {
                if (LatexCharacters.Accents.TryGetValue(c, out var mark)) return ApplyAccent(s, i + 1, mark, output);
                if (LatexCharacters.EscapedByBackslash.IndexOf(c) >= 0) output.Append(c);
                else if (c == '\\' || c == ' ') output.Append(' ');
                // \- (hyphenation hint), \/ (italic correction) and other symbols print nothing.
                return i + 1;
            }

            var start = i;
            while (i < s.Length && IsAsciiLetter(s[i])) i++;
            var name = s.Substring(start, i - start);

            if (name.Length == 1 && LatexCharacters.Accents.TryGetValue(name[0], out var letterMark))
                return ApplyAccent(s, SkipSpaces(s, i), letterMark, output);

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
            // Unknown or formatting command: drop the name, let its braced argument through as text.
            return SkipSpaces(s, i);
        }

        /// <summary>Reads the accent's argument ({e}, e, {\i}, \i) and appends the accented letter.</summary>
        private static int ApplyAccent(string s, int i, char mark, StringBuilder output)
        {
            var braced = i < s.Length && s[i] == '{';
            if (braced) i++;
            string baseLetter;
            if (i < s.Length && s[i] == '\\')
            {
                var start = ++i;
                while (i < s.Length && IsAsciiLetter(s[i])) i++;
                var name = s.Substring(start, i - start);
                baseLetter = name == "i" ? "i" : name == "j" ? "j" : LatexCharacters.Letters.TryGetValue(name, out var l) ? l : name;
                i = SkipSpaces(s, i);
            }
            else if (i < s.Length && s[i] != '}')
            {
                baseLetter = s[i].ToString();
                i++;
            }
            else baseLetter = string.Empty;
            if (braced && i < s.Length && s[i] == '}') i++;
            output.Append(baseLetter.Length == 0 ? mark.ToString() : baseLetter + mark);
            return i;
        }

        private static int SkipSpaces(string s, int i)
        {
            while (i < s.Length && s[i] == ' ') i++;
            return i;
        }

        private static bool At(string s, int i, string token) => string.CompareOrdinal(s, i, token, 0, token.Length) == 0;

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}

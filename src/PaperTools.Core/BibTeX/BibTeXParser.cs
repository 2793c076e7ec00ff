using System;
using System.Collections.Generic;
using System.Text;
using System.Threading;
using PaperTools.Diagnostics;

namespace PaperTools.BibTeX
{
    /// <summary>
    /// Reads the entries of a .bib file as bibtex reads them: text outside entries is comment, @comment and
    /// @preamble are skipped, @string defines macros (jan…dec predefined), values are braced (nested),
    /// quoted, numbers or macros joined with #, and white space runs become one space. A broken entry is
    /// reported with its file and line and skipped up to the next line that starts with @, so the entries after
    /// it still come through.
    /// </summary>
    public static class BibTeXParser
    {
        public static List<BibTeXRecord> Parse(string text, string source, Action<Problem> report, CancellationToken cancellation = default)
            => new Run(text ?? string.Empty, source, report ?? (_ => { }), cancellation).Parse();

        private sealed class ParseFailure : Exception
        {
            public ParseFailure(string message, int position) : base(message) => Position = position;

            public int Position { get; }
        }

        private sealed class Run
        {
            private static readonly string[] MonthNames = { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };

            private readonly string s;
            private readonly string source;
            private readonly Action<Problem> report;
            private readonly CancellationToken cancellation;
            private readonly List<int> lineStarts = new List<int> { 0 };
            private readonly Dictionary<string, string> macros = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            private int pos;

            public Run(string text, string source, Action<Problem> report, CancellationToken cancellation)
            {
                s = text;
                this.source = source;
                this.report = report;
                this.cancellation = cancellation;
                for (var i = 0; i < s.Length; i++)
                    if (s[i] == '\n') lineStarts.Add(i + 1);
                var months = new[] { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
                for (var m = 0; m < 12; m++) macros[months[m]] = MonthNames[m];
            }

            public List<BibTeXRecord> Parse()
            {
                var records = new List<BibTeXRecord>();
                while (pos < s.Length)
                {
                    cancellation.ThrowIfCancellationRequested();
                    var at = s.IndexOf('@', pos);
                    if (at < 0) break;
                    pos = at + 1;
                    SkipSpace();
                    var type = ReadName();
                    SkipSpace();
                    // An @ in comment text (an e-mail address) opens nothing.
                    if (type.Length == 0 || pos >= s.Length || (s[pos] != '{' && s[pos] != '(')) continue;
                    if (type.Equals("comment", StringComparison.OrdinalIgnoreCase))
                    {
                        SkipComment();
                        continue;
                    }
                    string key = null;
                    try
                    {
                        var record = ReadEntry(type.ToLowerInvariant(), at, out key);
                        if (record != null) records.Add(record);
                    }
                    catch (ParseFailure failure)
                    {
                        var named = key == null ? $"The @{type} entry" : $"Entry '{key}'";
                        report(new Problem(ErrorIds.BibTeXEntryInvalid, ProblemCategory.ParserError,
                            $"{named} is broken: {failure.Message} (line {LineOf(failure.Position)}). It was skipped; the entries after it were read.",
                            source, LineOf(at)));
                        pos = NextEntryLine(at);
                    }
                }
                return records;
            }

            private BibTeXRecord ReadEntry(string type, int at, out string key)
            {
                key = null;
                var closer = s[pos] == '{' ? '}' : ')';
                pos++;
                SkipSpace();
                if (type == "preamble")
                {
                    ReadValue();
                    ExpectCloser(closer, "the @preamble");
                    return null;
                }
                if (type == "string")
                {
                    var name = ReadName();
                    if (name.Length == 0) throw new ParseFailure("a @string needs a macro name", pos);
                    SkipSpace();
                    Expect('=', $"after the macro name '{name}'");
                    macros[name] = ReadValue();
                    ExpectCloser(closer, $"the @string '{name}'");
                    return null;
                }

                var start = pos;
                while (pos < s.Length && !char.IsWhiteSpace(s[pos]) && s[pos] != ',' && s[pos] != '{' && s[pos] != '}' && s[pos] != closer) pos++;
                if (pos == start) throw new ParseFailure("the entry has no citation key", pos);
                key = s.Substring(start, pos - start);
                var record = new BibTeXRecord(type, key, LineOf(at));
                while (true)
                {
                    SkipSpace();
                    if (pos >= s.Length) throw new ParseFailure($"the file ends before the entry is closed with '{closer}'", pos);
                    if (s[pos] == closer)
                    {
                        pos++;
                        return record;
                    }
                    if (s[pos] != ',') throw new ParseFailure($"expected ',' or '{closer}' but found '{s[pos]}'", pos);
                    pos++;
                    SkipSpace();
                    if (pos < s.Length && s[pos] == closer) continue;
                    var name = ReadName();
                    if (name.Length == 0) throw new ParseFailure(pos < s.Length ? $"expected a field name but found '{s[pos]}'" : "the file ends inside the entry", pos);
                    SkipSpace();
                    Expect('=', $"after the field name '{name}'");
                    var value = ReadValue();
                    if (!record.Fields.ContainsKey(name)) record.Fields.Add(name.ToLowerInvariant(), value);
                }
            }

            /// <summary>One value: parts joined by #, white space collapsed as bibtex does.</summary>
            private string ReadValue()
            {
                var value = new StringBuilder();
                while (true)
                {
                    SkipSpace();
                    if (pos >= s.Length) throw new ParseFailure("the file ends where a value was expected", pos);
                    var c = s[pos];
                    if (c == '{') value.Append(ReadDelimited('}'));
                    else if (c == '"') value.Append(ReadDelimited('"'));
                    else if (char.IsDigit(c))
                    {
                        var start = pos;
                        while (pos < s.Length && char.IsDigit(s[pos])) pos++;
                        value.Append(s, start, pos - start);
                    }
                    else
                    {
                        var at = pos;
                        var name = ReadName();
                        if (name.Length == 0) throw new ParseFailure($"expected a value but found '{c}'", pos);
                        if (macros.TryGetValue(name, out var expansion)) value.Append(expansion);
                        else report(new Problem(ErrorIds.BibTeXMacroUndefined, ProblemCategory.InvalidData,
                            $"The macro '{name}' is not defined by any @string before it; it reads as empty.", source, LineOf(at)));
                    }
                    SkipSpace();
                    if (pos < s.Length && s[pos] == '#') pos++;
                    else return Whitespace.Collapse(value.ToString()) ?? string.Empty;
                }
            }

            /// <summary>{…} or "…" with balanced braces inside; returns the text between the delimiters.</summary>
            private string ReadDelimited(char close)
            {
                var open = pos;
                var level = 0;
                for (var i = pos + 1; i < s.Length; i++)
                {
                    var c = s[i];
                    if (c == '{') level++;
                    else if (c == '}')
                    {
                        if (level == 0)
                        {
                            if (close != '}') throw new ParseFailure("a '}' closes a brace that was never opened", i);
                            pos = i + 1;
                            return s.Substring(open + 1, i - open - 1);
                        }
                        level--;
                    }
                    else if (c == '"' && close == '"' && level == 0)
                    {
                        pos = i + 1;
                        return s.Substring(open + 1, i - open - 1);
                    }
                }
                throw new ParseFailure(close == '}' ? $"the brace opened on line {LineOf(open)} is never closed" : $"the quote opened on line {LineOf(open)} is never closed", s.Length);
            }

            private void SkipComment()
            {
                var open = s[pos];
                var close = open == '{' ? '}' : ')';
                var level = 0;
                for (var i = pos; i < s.Length; i++)
                {
                    if (s[i] == open) level++;
                    else if (s[i] == close && --level == 0)
                    {
                        pos = i + 1;
                        return;
                    }
                }
                var endOfLine = s.IndexOf('\n', pos);
                pos = endOfLine < 0 ? s.Length : endOfLine + 1;
            }

            private void Expect(char c, string where)
            {
                SkipSpace();
                if (pos >= s.Length || s[pos] != c) throw new ParseFailure($"expected '{c}' {where}" + (pos < s.Length ? $" but found '{s[pos]}'" : ", the file ends first"), pos);
                pos++;
            }

            private void ExpectCloser(char closer, string what) => Expect(closer, "to close " + what);

            /// <summary>Names of types, fields, keys of @string and macros: letters, digits and a few marks.</summary>
            private string ReadName()
            {
                var start = pos;
                while (pos < s.Length && (char.IsLetterOrDigit(s[pos]) || "_-:.+/*!?&<>[]|;".IndexOf(s[pos]) >= 0)) pos++;
                return s.Substring(start, pos - start);
            }

            private void SkipSpace()
            {
                while (pos < s.Length && char.IsWhiteSpace(s[pos])) pos++;
            }

            /// <summary>Where reading resumes after a broken entry: the next line, after the entry's first, that starts with @.</summary>
            private int NextEntryLine(int at)
            {
                for (var line = LineOf(at); line < lineStarts.Count; line++)
                {
                    var i = lineStarts[line];
                    while (i < s.Length && (s[i] == ' ' || s[i] == '\t')) i++;
                    if (i < s.Length && s[i] == '@') return i;
                }
                return s.Length;
            }

            private int LineOf(int index)
            {
                var found = lineStarts.BinarySearch(index);
                return found >= 0 ? found + 1 : ~found;
            }
        }
    }
}

using System.Buffers;
using PaperTools.BibTeX;
using PaperTools.Diagnostics;

namespace PaperTools.Formats.BibTeX;

/// <summary>
/// Reads a .bib text the way bibtex, biber, pybtex and bibtool read it, and keeps all of it: every entry with its
/// type, key and fields as written (and what each field expands to), and every other part of the file (@string,
/// @preamble, @comment, text between entries, and entries that cannot be read) as a block in its place.
/// Tolerant where those tools are: empty keys, a missing comma after the key or between fields, empty field slots
/// (",,"), % comments between fields, and commented-out entries ("%@book{…" is a comment line; those bibtex reads
/// are named in one warning, <see cref="CommentedEntryFinder"/>). A broken entry is reported with its file and line
/// and kept as an unreadable block; reading goes on after it.
/// Bounded: each brace is matched once (<see cref="BraceTable"/>), so the time is linear whatever is left unclosed,
/// and macro expansion has a budget, so nested @string definitions cannot blow up memory.
/// </summary>
public static class BibTeXParser
{
    /// <summary>The longest value a field or macro may expand to.</summary>
    public const int MaxValueLength = 1_000_000;

    /// <summary>Reads <paramref name="text"/> as its UTF-8 (<see cref="Parse(byte[], int, string, Action{Problem},
    /// CancellationToken)"/>).</summary>
    public static BibTeXParseResult Parse(string text, string source, Action<Problem> report,
        CancellationToken cancellation = default)
        => new Run(Encoding.UTF8.GetBytes(text ?? string.Empty), 0, source, report ?? (_ => { }), cancellation)
            .Parse();

    /// <summary>
    /// Reads the valid UTF-8 <paramref name="utf8"/> from <paramref name="utf8Start"/>, never decoded whole: its
    /// entries and fields keep their text as ranges of those bytes, and only the values read are made strings.
    /// </summary>
    internal static BibTeXParseResult Parse(byte[] utf8, int utf8Start, string source, Action<Problem> report,
        CancellationToken cancellation = default)
        => new Run(utf8, utf8Start, source, report, cancellation).Parse();

    /// <summary>True when <paramref name="c"/> may appear in a type, field or macro name (pybtex's set, less
    /// @).</summary>
    internal static bool IsNameChar(char c)
        => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || "!$&*+-./:;<>?[\\]^_`|~".IndexOf(c) >= 0 || (c > 127 && char.IsLetter(c));

    /// <summary>The UTF-8 character at <paramref name="i"/> as a char: the character itself when it is in the
    /// Basic Multilingual Plane, else '\uFFFF', which reads as neither a name character nor white space (as the
    /// surrogates of a UTF-16 text read); <paramref name="width"/> is its length in bytes.</summary>
    private static char CharAt(byte[] utf8, int i, out int width)
    {
        var b = utf8[i];
        width = 1;
        if (b < 0x80) return (char)b;
        if (Rune.DecodeFromUtf8(utf8.AsSpan(i), out var rune, out width) != OperationStatus.Done)
        {
            width = 1;
            return '\uFFFF';
        }
        return rune.IsBmp ? (char)rune.Value : '\uFFFF';
    }

    private sealed class ParseFailure : Exception
    {
        public ParseFailure(string message, int position, int resumeAt = -1) : base(message)
        {
            Position = position;
            ResumeAt = resumeAt;
        }

        public int Position { get; }

        /// <summary>Where reading resumes, when the failure knows (the @ of the next entry); -1 otherwise.</summary>
        public int ResumeAt { get; }
    }

    /// <summary>What a value or macro expands to; one that went over the budget reads as empty. OneBracedPart: the
    /// value is written as one braced part ({…}, no macro, no #), so it expands to its body, white space
    /// collapsed; Value is then null when the caller left that to be made when asked for.</summary>
    private readonly record struct Expansion(string? Value, bool TooLarge, bool OneBracedPart = false);

    private sealed class Run
    {
        private static readonly string[] MonthMacros = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec" };
        private static readonly string[] MonthNames = { "January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December" };

        /// <summary>The file's UTF-8; positions are indices into it.</summary>
        private readonly byte[] s;
        private readonly int start;
        private readonly string source;
        private readonly Action<Problem> report;
        private readonly CancellationToken cancellation;
        private readonly List<BibTeXField> entryFields = new List<BibTeXField>();
        private readonly List<string?> entryValues = new List<string?>();
        private int[]? lineStarts;
        private int lineCursor;
        private int lineAtCursor = 1;
        private readonly BraceTable braces;
        private readonly CommentedEntryFinder commented;
        private readonly Dictionary<int, (byte[] Spelled, string Name)> names = new();
        private readonly Dictionary<string, string> macros =
            new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        private readonly BibTeXDocument document;
        private readonly List<BibTeXEntryValues> records = new List<BibTeXEntryValues>();
        private long expansionBudget;
        private int pos;
        private int position;
        private int unterminatedLine;
        private string? unterminatedConstruct;

        public Run(byte[] utf8, int utf8Start, string source, Action<Problem> report, CancellationToken cancellation)
        {
            s = utf8;
            start = utf8Start;
            lineCursor = utf8Start;
            this.source = source;
            this.report = report;
            this.cancellation = cancellation;
            var text = s.AsSpan(start);
            braces = new BraceTable(text, start);
            document = new BibTeXDocument(source, text.IndexOf("\r\n"u8) >= 0 ? "\r\n" : "\n");
            commented = new CommentedEntryFinder(s, utf8Start, braces);
            // Macros may copy their text many times over (a # a); in all, they may expand to this much (characters).
            expansionBudget = 16L * Encoding.UTF8.GetCharCount(text) + MaxValueLength;
            for (var m = 0; m < 12; m++) macros[MonthMacros[m]] = MonthNames[m];
        }

        public BibTeXParseResult Parse()
        {
            var textStart = pos = start;
            while (pos < s.Length)
            {
                cancellation.ThrowIfCancellationRequested();
                var at = NextConstruct(out var type, out var open);
                if (at < 0) break;
                if (at > textStart) AddBlock(BibTeXBlockKind.Text, textStart, at);
                pos = open;
                int end;
                if (type.Equals("comment", StringComparison.OrdinalIgnoreCase)) end = ReadComment(at, open);
                else end = ReadConstruct(type, at, open);
                textStart = pos = end;
            }
            if (textStart < s.Length) AddBlock(BibTeXBlockKind.Text, textStart, s.Length);
            if (commented.Warning(source) is { } warning) report(warning);
            return new BibTeXParseResult(document, records, unterminatedLine, unterminatedConstruct);
        }

        /// <summary>
        /// The next @ that opens a construct (@name followed by { or (), from <see cref="pos"/>; -1 when none is left.
        /// Outside entries everything is comment; a % comments out the rest of its line, @ included, and an @ that
        /// opens nothing (an e-mail address) is just text. The type is empty when none is left.
        /// </summary>
        private int NextConstruct(out string type, out int open)
        {
            type = string.Empty;
            open = -1;
            var i = pos;
            while (i < s.Length)
            {
                var c = s[i];
                if (c == '%')
                {
                    var endOfLine = IndexOf((byte)'\n', i);
                    commented.LookIn(i + 1, endOfLine < 0 ? s.Length : endOfLine);
                    if (endOfLine < 0) return -1;
                    i = endOfLine + 1;
                    continue;
                }
                if (c != '@')
                {
                    var next = s.AsSpan(i).IndexOfAny((byte)'@', (byte)'%');
                    if (next < 0) return -1;
                    i += next;
                    continue;
                }
                var j = SkipSpace(i + 1);
                var nameStart = j;
                j = NameEnd(j);
                var nameEnd = j;
                j = SkipSpace(j);
                if (nameEnd > nameStart && j < s.Length && (s[j] == '{' || s[j] == '('))
                {
                    type = Name(nameStart, nameEnd);
                    open = j;
                    return i;
                }
                i++;
            }
            return -1;
        }

        /// <summary>
        /// @comment{…}: everything up to the matching brace, as biber reads it. One that is never closed is the
        /// rest of its line only (bibtex's reading), and marks the file as unterminated for biber.
        /// </summary>
        private int ReadComment(int at, int open)
        {
            var close = open;
            if (s[open] == '{') close = braces.CloseOf(open);
            else
            {
                var level = 0;
                for (var i = open; i < s.Length; i++)
                {
                    if (s[i] == '(') level++;
                    else if (s[i] == ')' && --level == 0)
                    {
                        close = i;
                        break;
                    }
                }
                if (close == open) close = -1;
            }
            if (close < 0)
            {
                MarkUnterminated(at, "@comment");
                var endOfLine = IndexOf((byte)'\n', open);
                var end = endOfLine < 0 ? s.Length : endOfLine + 1;
                AddBlock(BibTeXBlockKind.Comment, at, end);
                commented.LookIn(open + 1, end);
                return end;
            }
            AddBlock(BibTeXBlockKind.Comment, at, close + 1);
            commented.LookIn(open + 1, close);
            return close + 1;
        }

        private int ReadConstruct(string type, int at, int open)
        {
            var lower = type.ToLowerInvariant();
            var what = lower == "preamble" || lower == "string" ? "@" + lower : "entry";
            if (s[open] == '{' && braces.CloseOf(open) < 0) MarkUnterminated(at, what);
            string? key = null;
            try
            {
                if (lower == "preamble") return ReadPreamble(at, open);
                if (lower == "string") return ReadString(at, open);
                return ReadEntry(type, at, open, out key);
            }
            catch (ParseFailure failure)
            {
                var named = key == null ? (what == "entry" ? $"The @{type} entry" : $"The {what}") : $"Entry '{key}'";
                report(new Problem(ErrorIds.BibTeXEntryInvalid, ProblemCategory.ParserError,
                    $"{named} is broken: {failure.Message} (line {LineOf(failure.Position)}). It is kept as written, " +
                    "and the entries after it were read.",
                    source, LineOf(at)));
                var end = Resume(at, open, failure);
                AddBlock(BibTeXBlockKind.Unreadable, at, end);
                if (what == "entry" && unterminatedLine == LineOf(at)) unterminatedConstruct = key == null
                    ? $"@{type} entry" : $"entry '{key}'";
                return end;
            }
        }

        private int ReadPreamble(int at, int open)
        {
            var closer = Closer(open);
            pos = open + 1;
            ReadValue("the @preamble", null, deferBraced: true, isMacro: false, out _, out _);
            ExpectCloser(closer, "the @preamble");
            AddBlock(BibTeXBlockKind.Preamble, at, pos);
            return pos;
        }

        private int ReadString(int at, int open)
        {
            var closer = Closer(open);
            pos = open + 1;
            SkipSpaceAndComments();
            var name = ReadName();
            if (name.Length == 0) throw new ParseFailure("a @string needs a macro name", pos);
            SkipSpaceAndComments();
            Expect('=', "after the macro name", name);
            var value = ReadValue("the macro", name, deferBraced: false, isMacro: true, out var rawStart,
                out var rawLength);
            ExpectCloser(closer, $"the @string '{name}'");
            // Never left unmade: deferBraced is false.
            macros[name] = value.Value ?? string.Empty;
            document.AddBlock(new BibTeXBlock(BibTeXBlockKind.String, Substring(at, pos - at), position++, LineOf(at),
                name, Substring(rawStart, rawLength)));
            return pos;
        }

        private int ReadEntry(string type, int at, int open, out string key)
        {
            var closer = Closer(open);
            pos = SkipSpace(open + 1);
            var keyStart = pos;
            while (pos < s.Length && !IsWhiteSpace(pos, out _) && s[pos] != ',' && s[pos] != closer) pos++;
            key = Substring(keyStart, pos - keyStart);
            // "@techreport{\n  author = …": no key at all, and the first word is the first field's name.
            var afterKey = pos;
            SkipSpaceAndComments();
            if (pos < s.Length && s[pos] == '=')
            {
                key = string.Empty;
                pos = keyStart;
            }
            else pos = afterKey;
            var fields = entryFields;
            fields.Clear();
            entryValues.Clear();
            while (true)
            {
                SkipSpaceAndComments();
                if (pos >= s.Length) throw new ParseFailure($"the file ends before the entry is closed with '{closer}'",
                    pos);
                var c = (char)s[pos];
                if (c == closer)
                {
                    pos++;
                    break;
                }
                // Empty slots (",,") and a missing comma after the key or between fields are read past, as bibtool
                // does.
                if (c == ',')
                {
                    pos++;
                    continue;
                }
                if (c == '@') throw new ParseFailure(
                    $"the entry is not closed before the next one starts on line {LineOf(pos)}", pos, pos);
                var name = ReadName();
                if (name.Length == 0) throw new ParseFailure($"expected a field name but found '{Found(pos)}'", pos);
                SkipSpaceAndComments();
                Expect('=', "after the field name", name);
                var value = ReadValue("the field", name, deferBraced: true, isMacro: false, out var rawStart,
                    out var rawLength);
                // A braced value keeps its body, so a reader can decode it from there when asked (DecodedField).
                fields.Add(value.OneBracedPart
                    ? new BibTeXField(name, Held(rawStart + 1, rawStart + rawLength - 1), braced: true)
                    : new BibTeXField(name, Held(rawStart, rawStart + rawLength)));
                entryValues.Add(value.Value);
            }
            var entry = new BibTeXEntry(type, key, fields, Held(at, pos), LineOf(at), document, position++);
            records.Add(new BibTeXEntryValues(entry, entryValues.ToArray()));
            if (entry.Key.Length > 0 && !CitationKeys.IsSafe(entry.Key))
                report(new Problem(ErrorIds.BibTeXKeyUnsafe, ProblemCategory.InvalidData,
                    $"The key '{Printable(entry.Key)}' has characters TeX reads as commands or that break a .bib " +
                    "file; Export-PaperBibTeX writes this entry under a safe key instead " +
                    $"('{CitationKeys.Sanitize(entry.Key)}' when that is free).",
                    source, entry.Line));
            return pos;
        }

        /// <summary>
        /// One value: parts joined by #, each braced, quoted, a number or a macro. Returns what it expands to
        /// (white space collapsed, as bibtex reads it) and where the value as written stands in the text
        /// (<paramref name="rawStart"/>, <paramref name="rawLength"/>).
        /// </summary>
        /// <param name="what">What the value belongs to, for a report ("the field"), with <paramref name="owner"/>'s
        /// name if it has one; the message is made only when needed.</param>
        /// <param name="deferBraced">A value of one braced part is not made (its Expansion's Value is null).</param>
        /// <param name="isMacro">A @string's value keeps one space where it starts or ends with white space: bibtex
        /// and biber trim only a whole field, so "ACM" # STOC with STOC = " Symposium" reads "ACM Symposium".</param>
        private Expansion ReadValue(string what, string? owner, bool deferBraced, bool isMacro, out int rawStart,
            out int rawLength)
        {
            SkipSpaceAndComments();
            var valueStart = pos;
            var end = pos;
            // Most values are one part: it is the value as it stands, and only a concatenation (a # b) is built up.
            // A braced first part stays a place in the text until another part joins it or its value is wanted.
            string? first = null;
            var (bodyStart, bodyLength) = (0, -1);
            StringBuilder? joined = null;
            var tooLarge = false;
            var parts = 0;
            var braced = false;
            while (true)
            {
                SkipSpaceAndComments();
                if (pos >= s.Length) throw new ParseFailure("the file ends where a value was expected", pos);
                var c = (char)s[pos];
                string? part = null;
                var fromMacro = false;
                if (c == '{')
                {
                    var close = braces.CloseOf(pos);
                    if (close < 0) throw new ParseFailure($"the brace opened on line {LineOf(pos)} is never closed",
                        pos);
                    if (parts == 0) (bodyStart, bodyLength) = (pos + 1, close - pos - 1);
                    else part = Substring(pos + 1, close - pos - 1);
                    pos = close + 1;
                    braced = true;
                }
                else if (c == '"') part = ReadQuoted();
                else if (c >= '0' && c <= '9')
                {
                    var digits = pos;
                    while (pos < s.Length && s[pos] >= '0' && s[pos] <= '9') pos++;
                    part = Substring(digits, pos - digits);
                }
                else
                {
                    var at = pos;
                    var name = ReadName();
                    if (name.Length == 0) throw new ParseFailure($"expected a value but found '{Found(pos)}'", pos);
                    part = Expand(name, at);
                    fromMacro = true;
                }
                end = pos;
                parts++;
                // In characters, as the limit counts them.
                var partLength = part?.Length ?? BodyChars(bodyStart, bodyLength, exact: false);
                var length = joined?.Length ?? first?.Length
                    ?? (parts > 1 ? BodyChars(bodyStart, bodyLength, exact: true) : 0);
                if (!tooLarge && (length + (long)partLength > MaxValueLength
                    || (fromMacro && partLength > expansionBudget)))
                {
                    tooLarge = true;
                    report(new Problem(ErrorIds.BibTeXMacroTooLarge, ProblemCategory.LimitsExceeded,
                        $"{Capitalize(Named(what, owner))} expands to more than {MaxValueLength:N0} characters, or " +
                        "past what macros may expand to in this file; it reads as empty. The rest of the file was " +
                        "read.",
                        source, LineOf(valueStart)));
                }
                if (!tooLarge)
                {
                    if (fromMacro) expansionBudget -= partLength;
                    if (parts == 1) first = part;
                    else (joined ??= new StringBuilder(first ?? Substring(bodyStart, bodyLength))).Append(part);
                }
                var afterPart = pos;
                SkipSpaceAndComments();
                if (pos < s.Length && s[pos] == '#')
                {
                    pos++;
                    continue;
                }
                pos = afterPart;
                break;
            }
            rawStart = valueStart;
            rawLength = end - valueStart;
            if (tooLarge) return new Expansion(string.Empty, true);
            var oneBracedPart = parts == 1 && braced;
            if (oneBracedPart && deferBraced) return new Expansion(null, false, true);
            first ??= oneBracedPart ? Substring(bodyStart, bodyLength) : null;
            var text = joined?.ToString() ?? first;
            var value = Whitespace.Collapse(text) ?? string.Empty;
            if (isMacro && !string.IsNullOrEmpty(text)) value = WithEdgeSpaces(text, value);
            return new Expansion(value, false, oneBracedPart);
        }

        private static string WithEdgeSpaces(string text, string collapsed)
        {
            var leading = Whitespace.IsSpace(text[0]) ? " " : string.Empty;
            if (collapsed.Length == 0) return leading;
            return leading + collapsed + (Whitespace.IsSpace(text[^1]) ? " " : string.Empty);
        }

        /// <summary>"…" with braces balanced inside; a quote inside braces does not end it.</summary>
        private string ReadQuoted()
        {
            var open = pos;
            var i = pos + 1;
            while (i < s.Length)
            {
                var c = s[i];
                if (c == '"')
                {
                    pos = i + 1;
                    return Substring(open + 1, i - open - 1);
                }
                if (c == '{')
                {
                    var close = braces.CloseOf(i);
                    if (close < 0) throw new ParseFailure($"the brace opened on line {LineOf(i)} is never closed", i);
                    i = close + 1;
                    continue;
                }
                if (c == '}') throw new ParseFailure("a '}' closes a brace that was never opened", i);
                i++;
            }
            throw new ParseFailure($"the quote opened on line {LineOf(open)} is never closed", s.Length);
        }

        private string Expand(string name, int at)
        {
            if (macros.TryGetValue(name, out var macro)) return macro;
            report(new Problem(ErrorIds.BibTeXMacroUndefined, ProblemCategory.InvalidData,
                $"The macro '{name}' is not defined by any @string before it; it reads as empty.", source, LineOf(at)));
            return string.Empty;
        }

        /// <summary>
        /// Where reading goes on after a broken construct: where the failure says (the next entry's @); else after the
        /// brace that closes the construct, when there is one; else at the next line, after the construct's first,
        /// that starts with @.
        /// </summary>
        private int Resume(int at, int open, ParseFailure failure)
        {
            if (failure.ResumeAt > at) return failure.ResumeAt;
            if (s[open] == '{')
            {
                var close = braces.CloseOf(open);
                if (close >= 0) return close + 1;
            }
            var starts = LineStarts();
            for (var line = LineOf(at); line < starts.Length; line++)
            {
                var i = starts[line];
                while (i < s.Length && (s[i] == ' ' || s[i] == '\t')) i++;
                if (i < s.Length && s[i] == '@') return starts[line];
            }
            return s.Length;
        }

        private void MarkUnterminated(int at, string what)
        {
            if (unterminatedLine != 0) return;
            unterminatedLine = LineOf(at);
            unterminatedConstruct = what;
        }

        /// <summary>The text from <paramref name="from"/> to <paramref name="end"/>, where the file holds it.</summary>
        private SourceText Held(int from, int end) => SourceText.FromUtf8(s, from, end - from);

        /// <summary>The text of <paramref name="length"/> bytes from <paramref name="from"/>, as a string.</summary>
        private string Substring(int from, int length) => Encoding.UTF8.GetString(s, from, length);

        /// <summary>The characters of the braced body of <paramref name="length"/> bytes (-1: none); not
        /// <paramref name="exact"/>: its bytes when they are within the limit, which they bound from above.</summary>
        private int BodyChars(int from, int length, bool exact)
            => length < 0 || (!exact && length <= MaxValueLength) ? length
                : Encoding.UTF8.GetCharCount(s, from, length);

        private int IndexOf(byte value, int from)
        {
            var found = s.AsSpan(from).IndexOf(value);
            return found < 0 ? -1 : from + found;
        }

        /// <summary>The character at <paramref name="i"/> as a message quotes it.</summary>
        private string Found(int i)
        {
            CharAt(s, i, out var width);
            return Substring(i, width);
        }

        private bool IsWhiteSpace(int i, out int width) => char.IsWhiteSpace(CharAt(s, i, out width));

        /// <summary>Where the name that starts at <paramref name="i"/> ends.</summary>
        private int NameEnd(int i)
        {
            while (i < s.Length && IsNameChar(CharAt(s, i, out var width))) i += width;
            return i;
        }

        private void AddBlock(BibTeXBlockKind kind, int from, int end)
            => document.AddBlock(new BibTeXBlock(kind, BlockText(kind, from, end), position++, LineOf(from)));

        /// <summary>A block's text; the line breaks between entries, most of a library's blocks, share one string for
        /// each spelling.</summary>
        private string BlockText(BibTeXBlockKind kind, int from, int end)
        {
            var text = s.AsSpan(from, end - from);
            if (kind == BibTeXBlockKind.Text && text.Length <= 4)
                foreach (var separator in Separators)
                    if (Ascii.Equals(text, separator)) return separator;
            return Substring(from, end - from);
        }

        private static readonly string[] Separators = { "\n\n", "\n", "\r\n\r\n", "\r\n" };

        private char Closer(int open) => s[open] == '{' ? '}' : ')';

        private void Expect(char c, string where, string? name = null)
        {
            SkipSpaceAndComments();
            if (pos >= s.Length || s[pos] != c) throw new ParseFailure($"expected '{c}' {Named(where, name)}"
                + (pos < s.Length ? $" but found '{Found(pos)}'" : ", the file ends first"), pos);
            pos++;
        }

        private void ExpectCloser(char closer, string what) => Expect(closer, "to close " + what);

        private string ReadName()
        {
            var from = pos;
            pos = NameEnd(pos);
            return Name(from, pos);
        }

        /// <summary>The name from <paramref name="start"/> to <paramref name="end"/> as written, one string for each
        /// spelling in the file (of the first few thousand, and but for the rare spelling whose hash another took
        /// first): the entries a library holds share their types' and fields' names.</summary>
        private string Name(int from, int end)
        {
            var spelled = s.AsSpan(from, end - from);
            var hash = Hash(spelled);
            if (names.TryGetValue(hash, out var known) && spelled.SequenceEqual(known.Spelled)) return known.Name;
            var name = Substring(from, end - from);
            if (names.Count < MaxNames) names.TryAdd(hash, (spelled.ToArray(), name));
            return name;
        }

        private static int Hash(ReadOnlySpan<byte> spelled)
        {
            var hash = new HashCode();
            hash.AddBytes(spelled);
            return hash.ToHashCode();
        }

        private const int MaxNames = 4096;

        private int SkipSpace(int i)
        {
            while (i < s.Length && IsWhiteSpace(i, out var width)) i += width;
            return i;
        }

        /// <summary>White space, and % comments to the end of their line, between the parts of an entry.</summary>
        private void SkipSpaceAndComments()
        {
            while (true)
            {
                pos = SkipSpace(pos);
                if (pos >= s.Length || s[pos] != '%') return;
                var endOfLine = IndexOf((byte)'\n', pos);
                pos = endOfLine < 0 ? s.Length : endOfLine + 1;
            }
        }

        /// <summary>
        /// The 1-based line of <paramref name="index"/>. Reading goes forward, so the lines from the last index asked
        /// are counted (vectorised); only a report about an earlier place, after a broken entry, looks the line up
        /// in the table of line starts, made once, when first needed.
        /// </summary>
        private int LineOf(int index)
        {
            index = Math.Min(index, s.Length);
            if (index >= lineCursor)
            {
                lineAtCursor += s.AsSpan(lineCursor, index - lineCursor).Count((byte)'\n');
                lineCursor = index;
                return lineAtCursor;
            }
            var found = Array.BinarySearch(LineStarts(), index);
            return found >= 0 ? found + 1 : ~found;
        }

        private int[] LineStarts()
        {
            if (lineStarts != null) return lineStarts;
            var starts = new List<int> { start };
            for (var i = IndexOf((byte)'\n', start); i >= 0; i = IndexOf((byte)'\n', i + 1)) starts.Add(i + 1);
            return lineStarts = starts.ToArray();
        }

        private static string Named(string what, string? name) => name == null ? what : $"{what} '{name}'";

        private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0])
            + text.Substring(1);

        private static string Printable(string key)
        {
            var sb = new StringBuilder(key.Length);
            foreach (var c in key) sb.Append(char.IsControl(c) ? '?' : c);
            return sb.ToString();
        }
    }
}

using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using PaperTools.BibTeX;

namespace PaperTools.Formats.BibTeX;

/// <summary>
/// Writes digest text as the body of a braced BibTeX field that can never end early, open an entry or run a
/// command: LaTeX's specials are escaped (\&amp; \% \$ \# \_), braces, backslash, ~ and ^ become text commands
/// ({\textbraceleft}), so every brace in the output is one the escaper wrote and they always balance. Safe
/// math stays as written. With LaTeX escaping other characters are spelled from <see cref="LatexCharacters"/>;
/// one without a spelling is kept and reported once.
/// </summary>
public sealed class LatexEscaper
{
    private static readonly Dictionary<string, string> NamedSpellings = BuildNamedSpellings();
    private static readonly Dictionary<char, string> AccentSpellings = LatexCharacters.Accents.ToDictionary(p =>
        p.Value, p => p.Key.ToString());
    private static readonly Dictionary<string, string> MathSpellings = BuildMathSpellings();

    private readonly BibTeXEscaping escaping;
    private readonly Action<string> reportUnmappable;
    private readonly HashSet<string> reported = new HashSet<string>(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> accents = new(StringComparer.Ordinal);

    /// <param name="reportUnmappable">Called once per distinct character that LaTeX escaping cannot spell.</param>
    public LatexEscaper(BibTeXEscaping escaping, Action<string>? reportUnmappable = null)
    {
        this.escaping = escaping;
        this.reportUnmappable = reportUnmappable ?? (_ => { });
    }

    /// <summary>Escapes text for a field such as abstract, journal or keywords.</summary>
    public string Escape(string? text) => Write(text, protectCase: false);

    /// <summary>Escapes a title, bracing the words whose case must survive (see
    /// <see cref="CaseProtection"/>).</summary>
    public string EscapeTitle(string? text) => Write(text, protectCase: true);

    /// <summary>
    /// Escapes a person's name. biber computes initials from every name and writes them to the .bbl: it decodes
    /// {\textbraceleft} (and \textbackslash, \textasciitilde, \textasciicircum) to the bare character and splits -{}-
    /// at its braces, which leaves the .bbl unbalanced. In names those spellings are therefore \textbraceleft{} and
    /// -\relax-, which biber and bibtex both keep whole.
    /// </summary>
    public string EscapeName(string text)
    {
        // Both rewrites need a group in the escaped name: most names have none, and skip the two regexes.
        var escaped = Escape(text);
        return escaped.Contains('{') ? GroupedCommand.Replace(LigatureBreak.Replace(escaped, "$1\\relax"), "\\$1{}")
            : escaped;
    }

    // Only the spellings of characters TeX reserves: biber decodes these into the bare character. Letters such as
    // {\L} stay grouped, the form BibTeX's name and purify functions treat as one special character.
    private static readonly Regex GroupedCommand =
        new Regex(@"\{\\(textbraceleft|textbraceright|textbackslash|textasciitilde|textasciicircum)\}",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    private static readonly Regex LigatureBreak = new Regex(@"([-`'])\{\}(?=\1)", RegexOptions.CultureInvariant);

    /// <summary>Appends <paramref name="text"/> to <paramref name="output"/> as <see cref="Escape"/> spells
    /// it.</summary>
    internal void EscapeInto(string? text, StringBuilder output) => WriteInto(text, protectCase: false, output);

    /// <summary>Appends <paramref name="text"/> to <paramref name="output"/> as <see cref="EscapeTitle"/> spells
    /// it.</summary>
    internal void EscapeTitleInto(string? text, StringBuilder output) => WriteInto(text, protectCase: true, output);

    private string Write(string? text, bool protectCase)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        if (!protectCase && IsQuiet(text)) return text;
        var pieces = TextPieceReader.Read(text);
        if (IsOwnSpelling(pieces, protectCase)) return pieces[0].Text;
        // The thread's builder is reused: a fresh one per abstract would allocate its length once more.
        var output = cachedOutput ?? new StringBuilder(text.Length + 16);
        cachedOutput = null;
        output.Clear();
        WritePieces(pieces, protectCase, output);
        var escaped = output.ToString();
        if (output.Capacity <= MaxCachedCapacity) cachedOutput = output;
        return escaped;
    }

    private void WriteInto(string? text, bool protectCase, StringBuilder output)
    {
        if (string.IsNullOrEmpty(text)) return;
        if (IsQuiet(text))
        {
            if (protectCase) WriteWords(text, literal: true, output, output.Length);
            else output.Append(text);
            return;
        }
        if (IsOnePlainPiece(text))
        {
            // Literal text is appended as it is; the rest (a %, an &, a brace, a word to protect) is spelled in the
            // same pass.
            WritePlain(text, protectCase, output, output.Length);
            return;
        }
        var pieces = TextPieceReader.Read(text);
        if (IsOwnSpelling(pieces, protectCase)) output.Append(pieces[0].Text);
        else WritePieces(pieces, protectCase, output);
    }

    /// <summary>
    /// Clean ASCII text that every step leaves as it is (most abstracts, titles and names): one plain piece with
    /// nothing to escape and no ligature, its spaces single. One scan, stopping only at a hyphen, backquote or
    /// apostrophe, says so, where <see cref="IsOnePlainPiece"/> and <see cref="IsLiteral"/> would scan it nine times.
    /// </summary>
    private static bool IsQuiet(string text)
    {
        if (text[0] == ' ' || text[^1] == ' ' || text.Contains("  ", StringComparison.Ordinal)) return false;
        var rest = text.AsSpan();
        while (true)
        {
            var at = rest.IndexOfAnyExcept(QuietAscii);
            if (at < 0) return true;
            // A hyphen, backquote or apostrophe is written as it is unless the next one doubles it (a ligature).
            var c = rest[at];
            if ((c != '-' && c != '`' && c != '\'') || (at + 1 < rest.Length && rest[at + 1] == c)) return false;
            rest = rest.Slice(at + 1);
        }
    }

    /// <summary>
    /// Clean ASCII text with no backslash or dollar (most abstracts, titles and names) is what
    /// <see cref="TextPieceReader"/> reads as one plain piece, itself: nothing in it is an escape or math, and a brace
    /// not before a backslash is a brace. It is known without making its pieces.
    /// </summary>
    private static bool IsOnePlainPiece(string text)
        => Ascii.IsValid(text) && text.AsSpan().IndexOfAny('\\', '$') < 0 && TextPieceReader.IsClean(text);

    /// <summary>Plain text with nothing to escape (most abstracts) is its own spelling.</summary>
    private bool IsOwnSpelling(List<TextPiece> pieces, bool protectCase)
        => pieces.Count == 1 && !pieces[0].IsMath && !protectCase && IsLiteral(pieces[0].Text);

    /// <summary>Appends the escaped pieces; what <paramref name="output"/> held before is another value's.</summary>
    private void WritePieces(List<TextPiece> pieces, bool protectCase, StringBuilder output)
    {
        var start = output.Length;
        foreach (var piece in pieces)
        {
            if (piece.IsMath)
            {
                var braced = protectCase && CaseProtection.FormulaNeedsProtection(piece.Text);
                if (braced) output.Append('{');
                output.Append('$').Append(piece.Text).Append('$');
                if (braced) output.Append('}');
            }
            else WritePlain(piece.Text, protectCase, output, start);
        }
    }

    /// <summary>Appends plain text, a title's with its words protected.</summary>
    private void WritePlain(string text, bool protectCase, StringBuilder output, int valueStart)
    {
        if (protectCase) WriteWords(text, IsLiteral(text), output, valueStart);
        else WriteText(text, output, valueStart);
    }

    [ThreadStatic] private static StringBuilder? cachedOutput;

    /// <summary>A builder grown past this (a huge abstract) is let go, not kept for the thread's life.</summary>
    private const int MaxCachedCapacity = 64 * 1024;

    /// <param name="literal">True when <paramref name="text"/> has nothing to spell (<see cref="IsLiteral"/>): its
    /// runs are then appended as they are, without asking each run again.</param>
    private void WriteWords(string text, bool literal, StringBuilder output, int valueStart)
    {
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            var isWord = IsWordChar(text, i);
            while (i < text.Length && IsWordChar(text, i) == isWord) i++;
            var run = text.AsSpan(start, i - start);
            // Only a word with a capital can need protection; the check on the span spares a string for every other
            // word.
            if (isWord && (run.IndexOfAny(AsciiCapitals) >= 0 || HasNonAscii(run))
                && CaseProtection.NeedsProtection(run))
            {
                output.Append('{');
                WriteRun(run, literal, output, valueStart);
                output.Append('}');
            }
            else WriteRun(run, literal, output, valueStart);
        }
    }

    private void WriteRun(ReadOnlySpan<char> run, bool literal, StringBuilder output, int valueStart)
    {
        if (literal) output.Append(run);
        else WriteText(run, output, valueStart);
    }

    private static readonly SearchValues<char> AsciiCapitals = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private static bool HasNonAscii(ReadOnlySpan<char> text) => !Ascii.IsValid(text);

    // ASCII, most of a title, is judged without the Unicode tables: no mark or surrogate is ASCII.
    private static bool IsWordChar(string text, int i)
        => text[i] < 128 ? char.IsAsciiLetterOrDigit(text[i]) : char.IsLetterOrDigit(text, i)
            || CharUnicodeInfo.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark
            || char.IsLowSurrogate(text[i]) && i > 0 && char.IsLetterOrDigit(text, i - 1);

    /// <summary>ASCII characters <see cref="WriteAscii"/> spells otherwise.</summary>
    private static readonly SearchValues<char> AsciiToEscape = SearchValues.Create("{}\\~^"
        + LatexCharacters.EscapedByBackslash);

    /// <summary>True when <see cref="WriteText"/> would write <paramref name="text"/> unchanged.</summary>
    private bool IsLiteral(ReadOnlySpan<char> text)
        => text.IndexOfAny(AsciiToEscape) < 0 && (escaping == BibTeXEscaping.Unicode || !HasNonAscii(text))
           && text.IndexOf("--".AsSpan()) < 0 && text.IndexOf("``".AsSpan()) < 0 && text.IndexOf("''".AsSpan()) < 0;

    /// <summary>ASCII characters <see cref="WriteAscii"/> may write otherwise: those it escapes, and the halves of a
    /// ligature.</summary>
    private static readonly SearchValues<char> AsciiToWatch = SearchValues.Create("{}\\~^-`'"
        + LatexCharacters.EscapedByBackslash);

    /// <summary>Every other ASCII character: written as it is.</summary>
    private static readonly SearchValues<char> PlainAscii = SearchValues.Create(Enumerable.Range(0, 128).Select(c =>
        (char)c).Where(c => !AsciiToWatch.Contains(c)).ToArray());

    /// <summary>Printable ASCII but what <see cref="WriteAscii"/> may spell otherwise (the dollar of math among
    /// them).</summary>
    private static readonly SearchValues<char> QuietAscii = SearchValues.Create(Enumerable.Range(' ', '~' - ' ' + 1)
        .Select(c => (char)c).Where(c => !AsciiToWatch.Contains(c)).ToArray());

    private void WriteText(ReadOnlySpan<char> text, StringBuilder output, int valueStart)
    {
        if (IsLiteral(text))
        {
            output.Append(text);
            return;
        }
        var i = 0;
        while (i < text.Length)
        {
            // The run up to the next character that may need spelling goes out whole.
            var rest = text.Slice(i);
            var run = escaping == BibTeXEscaping.Unicode ? rest.IndexOfAny(AsciiToWatch)
                : rest.IndexOfAnyExcept(PlainAscii);
            if (run < 0)
            {
                output.Append(rest);
                return;
            }
            output.Append(rest.Slice(0, run));
            i += run;
            var c = text[i];
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            if (c < 128)
            {
                WriteAscii(c, next, output);
                i++;
                continue;
            }
            var element = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                ? text.Slice(i, 2).ToString() : c.ToString();
            i += element.Length;
            WriteSpelled(element, i < text.Length ? text[i] : '\0', output, valueStart);
        }
    }

    private static void WriteAscii(char c, char next, StringBuilder output)
    {
        if (c == '{' || c == '}' || c == '\\' || c == '~' || c == '^') output.Append(NamedSpellings[c.ToString()]);
        else if (LatexCharacters.EscapedByBackslash.IndexOf(c) >= 0) output.Append('\\').Append(c);
        // "--", "``" and "''" are ligatures in TeX (and read back as dashes and quotes); the empty group keeps them
        // literal.
        else if ((c == '-' || c == '`' || c == '\'') && next == c) output.Append(c).Append("{}");
        else output.Append(c);
    }

    private void WriteSpelled(string element, char next, StringBuilder output, int valueStart)
    {
        // U+FFFD stands for a character the source had already lost (its reader said so): ASCII spells it "?".
        if (element == "\uFFFD") output.Append('?');
        // U+2010 HYPHEN (Wiley's "Light\u2010Driven") and U+2011 have no LaTeX name: the hyphen "-" is their
        // spelling, kept apart from a neighbouring "-" so that the two do not read as an en dash.
        else if (element == "\u2010" || element == "\u2011")
        {
            if (output.Length > valueStart && output[^1] == '-') output.Append("{}");
            output.Append('-');
            if (next == '-') output.Append("{}");
        }
        else if (NamedSpellings.TryGetValue(element, out var named)) output.Append(named);
        else if (MathSpellings.TryGetValue(element, out var math))
        {
            output.Append(math);
            // A closing "$" before a digit reads as a price ("$5"), not as the end of math: "$\approx${}7" keeps it
            // math.
            if (next >= '0' && next <= '9') output.Append("{}");
        }
        else if (Accented(element) is string accented) output.Append('{').Append(accented).Append('}');
        else
        {
            output.Append(element);
            if (reported.Add(element)) reportUnmappable(element);
        }
    }

    /// <summary>
    /// <see cref="TryAccent"/>'s spelling of <paramref name="element"/>, null for none, worked out once per escaper:
    /// names and abstracts repeat the same few accented letters, and each decomposition is a call into ICU.
    /// </summary>
    private string? Accented(string element)
    {
        if (!accents.TryGetValue(element, out var spelled))
            accents.Add(element, spelled = TryAccent(element, out var made) ? made : null);
        return spelled;
    }

    /// <summary>é as \'e, š as \v{s}, ǿ as \'{\o}, ễ as \~{\^e}: the base letter under each of its marks in
    /// turn.</summary>
    private static bool TryAccent(string element, out string? spelled)
    {
        spelled = null;
        var decomposed = UnicodeText.Normalize(element, NormalizationForm.FormD);
        if (decomposed.Length < 2) return false;
        var baseChar = decomposed[0];
        string current;
        if (baseChar < 128 && char.IsLetter(baseChar)) current = baseChar.ToString();
        else if (NamedSpellings.TryGetValue(baseChar.ToString(), out var named) && named.StartsWith("{\\",
            StringComparison.Ordinal)) current = named.Substring(1, named.Length - 2);
        else return false;
        for (var k = 1; k < decomposed.Length; k++)
        {
            if (!AccentSpellings.TryGetValue(decomposed[k], out var command)) return false;
            var letterCommand = char.IsLetter(command[0]);
            current = !letterCommand && current.Length == 1 ? "\\" + command + current : "\\" + command + "{" + current
                + "}";
        }
        spelled = current;
        return true;
    }

    /// <summary>Letters (\L, \ss) and text symbols (\textendash) as "{\name}", first spelling in the table
    /// wins.</summary>
    private static Dictionary<string, string> BuildNamedSpellings()
    {
        var spellings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in new[] { LatexCharacters.Letters, LatexCharacters.TextSymbols })
            foreach (var pair in table)
                if (pair.Value.Length == 1 && !spellings.ContainsKey(pair.Value)) spellings.Add(pair.Value, "{\\"
                    + pair.Key + "}");
        return spellings;
    }

    private static Dictionary<string, string> BuildMathSpellings()
    {
        var spellings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in LatexCharacters.MathSymbols)
            if (!spellings.ContainsKey(pair.Value)) spellings.Add(pair.Value, "$\\" + pair.Key + "$");
        return spellings;
    }
}

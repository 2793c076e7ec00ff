using System.Text.RegularExpressions;
using PaperTools.Diagnostics;

namespace PaperTools.Digests.PlainText;

/// <summary>
/// Hugging Face Daily Papers pages saved as plain text, in both layouts seen in the wild: entries
/// separated by blank lines, and title/abstract on alternate lines with the page header glued to
/// the first title. Lines are told apart by shape, not position, so a title without an abstract or
/// an extra blank line does not shift every pairing after it.
/// </summary>
public sealed class PlainTextDigestReader : IDigestReader
{
    public const string UntitledText = "text without a title";

    private static readonly char[] SentenceStops = { '.', '!', '?' };

    private static readonly Regex TrailingFootnoteMark = new Regex(@"(?<=[.!?)])\s+[0-9]{1,2}$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    public DigestFormat Format => DigestFormat.Text;

    /// <summary>Text with the shape of a saved Daily Papers page (see <see cref="DailyPapersTextShape"/>); never markup
    /// or JSON.</summary>
    public bool Recognizes(string head)
    {
        var first = DigestHead.FirstSignificant(head);
        return first != '\0' && first != '<' && first != '{' && first != '['
            && DailyPapersTextShape.LooksLikeDigest(head);
    }

    public IEnumerable<Paper> Read(DigestSource source, DigestReadContext context)
    {
        DateTime? digestDate = context.Options.DigestDate;
        string? pendingTitle = null;
        var pendingLine = 0;

        foreach (var (raw, number) in DigestLines.ReadMarkingSkipped(source, context))
        {
            if (raw == null)
            {
                if (pendingTitle != null) yield return Entry(source, pendingTitle, pendingLine, null, digestDate);
                pendingTitle = null;
                continue;
            }

            var line = raw.Trim();
            if (line.Length == 0 || PageChrome.IsChrome(line)) continue;
            if (!context.Options.DigestDate.HasValue
                && DigestDateLine.TryParse(line, context.Options.Year, source.FileDate, out var date, out var guessed))
            {
                if (guessed && digestDate != date)
                    context.Report(ErrorIds.DigestYearGuessed, ProblemCategory.InvalidData,
                        $"The date line '{line}' names no year; {date.Year} was taken from the file's date " +
                        $"({source.FileDate:yyyy-MM-dd}), so the digest date is {date:yyyy-MM-dd}. " +
                        "-Year or -DigestDate states it.",
                        source.Path, number);
                digestDate = date;
                continue;
            }
            line = PageChrome.StripGluedPrefix(line);

            if (IsAbstractLike(line))
            {
                yield return Entry(source, pendingTitle, pendingTitle != null ? pendingLine : number, line, digestDate);
                pendingTitle = null;
            }
            else
            {
                if (pendingTitle != null) yield return Entry(source, pendingTitle, pendingLine, null, digestDate);
                pendingTitle = line;
                pendingLine = number;
            }
        }
        if (pendingTitle != null) yield return Entry(source, pendingTitle, pendingLine, null, digestDate);
    }

    /// <summary>
    /// Abstracts are long or read as sentences; titles are short and rarely end in a full stop.
    /// The shortest abstract in the sample digests has 303 characters, the longest title 134.
    /// </summary>
    internal static bool IsAbstractLike(string line)
    {
        if (line.Length > 300) return true;
        // Forty words take at least 79 characters; shorter lines (nearly every title) are not counted for that.
        if (line.Length >= 79 && CountWords(line) >= 40) return true;
        var sentences = SentenceEnds(line, 2);
        return sentences == 2 || (sentences == 1 && line.EndsWith(".", StringComparison.Ordinal)
            && CountWords(line) >= 12);
    }

    /// <summary>
    /// Counts, up to <paramref name="enough"/>, the places where [.!?](?:\s+[A-Z(]|$) matches: a stop followed by
    /// white space and a capital or an opening parenthesis, or ending the line (before a final line break, as $
    /// allows). Written out because every title takes this test: a regex costs a new session its engine's compilation
    /// (docs/benchmark.md, cold runs).
    /// </summary>
    internal static int SentenceEnds(string line, int enough)
    {
        var found = 0;
        for (var i = line.IndexOfAny(SentenceStops); i >= 0 && found < enough;
             i = line.IndexOfAny(SentenceStops, i + 1))
        {
            var next = i + 1;
            if (next == line.Length || (next == line.Length - 1 && line[next] == '\n')) found++;
            else if (char.IsWhiteSpace(line[next]))
            {
                while (next < line.Length && char.IsWhiteSpace(line[next])) next++;
                if (next < line.Length && (char.IsAsciiLetterUpper(line[next]) || line[next] == '(')) found++;
            }
        }
        return found;
    }

    private static int CountWords(string line)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }

    /// <summary>Drops a footnote number left at the end of an abstract; only text ending in a digit (or a digit and a
    /// line break, as $ allows) can have one.</summary>
    private static string WithoutFootnoteMark(string text)
    {
        var last = text.Length > 1 && text[text.Length - 1] == '\n' ? text.Length - 2 : text.Length - 1;
        return last >= 0 && char.IsAsciiDigit(text[last]) ? TrailingFootnoteMark.Replace(text, string.Empty) : text;
    }

    private static Paper Entry(DigestSource source, string? title, int line, string? abstractText,
        DateTime? digestDate)
    {
        title = MojibakeRepair.Repair(title);
        abstractText = abstractText == null ? null : WithoutFootnoteMark(MojibakeRepair.Repair(abstractText));
        var reason = title == null ? NonPaperClassifier.Classify(null, abstractText) ?? UntitledText
            : NonPaperClassifier.Classify(title, abstractText);
        return new Paper
        {
            Title = title,
            Abstract = abstractText,
            Source = source.Path,
            SourceLine = line,
            SourceFormat = DigestFormat.Text,
            DigestDate = digestDate,
            IsPaper = reason == null,
            NonPaperReason = reason,
        };
    }
}

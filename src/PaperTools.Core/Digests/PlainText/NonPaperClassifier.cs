using System.Text.RegularExpressions;

namespace PaperTools.Digests.PlainText;

/// <summary>
/// Tells digest entries that are not papers from papers. Saved pages pick up PDF file names, text
/// scraped from appendices (with the PDF's line numbers glued to words: "beige778 box"), section
/// headings and news stories; each gets a reason a librarian can read in -Verbose output.
/// </summary>
/// <remarks>
/// The regular expressions define each rule. They are source-generated and each runs only on text that a cheap
/// scan has shown could match (a superset test, so no answer changes): most titles and abstracts never reach one.
/// All of them run in linear time: two are anchored at the start, the cues are alternations of literals between
/// word boundaries, and the glued-number rule can only start at the start of a word.
/// </remarks>
public static partial class NonPaperClassifier
{
    public const string PdfFileName = "PDF file name";
    public const string AppendixFragment = "appendix fragment";
    public const string PdfTextFragment = "text scraped from a PDF";
    public const string SectionHeading = "section heading";
    public const string NewsStory = "news story";

    private const int GluedNumbersOfAFragment = 3;

    [GeneratedRegex(@"^\S+\.pdf$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PdfName();

    // "Appendices776", "Appendix B12", "ALimitations777 As described…": a heading with a PDF line number glued on.
    [GeneratedRegex(
        @"^(?:Appendix|Appendices|Supplementary(?:\s+Materials?)?|[A-H](?=[A-Z][a-z]))[A-Za-z ]*[0-9]{2,}\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AppendixHeading();

    // A lower-case word with a line number glued on ("trusted4", "watermark784", "years.16").
    [GeneratedRegex(@"\b[a-z]{2,}[.,;:)]*[0-9]{1,3}(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex GluedLineNumber();

    [GeneratedRegex(
        @"\b(?:said|says|is expected to|according to|Prime Minister|government|minister|officials?|spokesperson|" +
        @"on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b", RegexOptions.CultureInvariant)]
    private static partial Regex NewsCue();

    [GeneratedRegex(
        @"\b(?:we|our|paper|propose[sd]?|method|model|results?|experiments?|dataset|algorithm|framework|approach|" +
        @"theory|learning|network)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ResearchCue();

    /// <summary>Why the entry is not a paper, or null when it is one. Either part may be null.</summary>
    public static string? Classify(string? title, string? abstractText)
    {
        title = title ?? string.Empty;
        if (MayEndInPdf(title) && PdfName().IsMatch(title)) return PdfFileName;
        if (title.Length > 0 && (title[0] <= 'H' && title[0] >= 'A' || title[0] == 'S')
            && AppendixHeading().IsMatch(title)) return AppendixFragment;
        if (LooksScrapedFromPdf(title, abstractText)) return PdfTextFragment;
        if (abstractText == null && title.Length > 0 && title.IndexOf(' ') < 0
            && title.Length <= 24) return SectionHeading;
        if (abstractText != null && LooksLikeNews(title, abstractText)) return NewsStory;
        return null;
    }

    /// <summary>
    /// A piece of every news cue (case as in the cue): each NewsCue match holds one of them, so fewer than three of
    /// them in the text means fewer than three cues. Looking for them is a few vectorised scans, where the cue regexes
    /// stop at nearly every letter.
    /// </summary>
    private static readonly string[] NewsCuePieces = { "said", "says", "expected", "according", "inister", "government",
        "official", "spokesperson", "day" };

    // News pages repeat the headline as the first words of the story; a research abstract does not.
    private static bool LooksLikeNews(string title, string body)
    {
        if (title.Length >= 20 && body.StartsWith(title, StringComparison.OrdinalIgnoreCase)) return true;
        if (SurelyHoldsResearchCue(body)) return false;
        return MayHoldThreeNewsCues(body) && HasAtLeast(NewsCue(), body, 3) && !ResearchCue().IsMatch(body);
    }

    /// <summary>
    /// "we" or "our" as a word of its own, which ResearchCue matches: followed by a space and preceded by an ASCII
    /// character that is not a word character (or nothing), so both word boundaries are certain. Nearly every
    /// abstract has one within its first few sentences, which settles that it is no news story.
    /// </summary>
    private static bool SurelyHoldsResearchCue(string body)
        => HasStandaloneWord(body, "we ") || HasStandaloneWord(body, "We ") || HasStandaloneWord(body, "our ")
            || HasStandaloneWord(body, "Our ");

    private static bool HasStandaloneWord(string text, string wordAndSpace)
    {
        for (var at = text.IndexOf(wordAndSpace, StringComparison.Ordinal); at >= 0; at = text.IndexOf(wordAndSpace, at
            + 1, StringComparison.Ordinal))
            if (at == 0 || text[at - 1] < 128 && !IsAsciiWordCharacter(text[at - 1])) return true;
        return false;
    }

    private static bool MayHoldThreeNewsCues(string body)
    {
        var found = 0;
        foreach (var piece in NewsCuePieces)
        {
            for (var at = body.IndexOf(piece, StringComparison.Ordinal); at >= 0; at =
                body.IndexOf(piece, at + piece.Length, StringComparison.Ordinal))
                if (++found == 3) return true;
        }
        return false;
    }

    /// <summary>Three glued line numbers in title and abstract together. The regex runs only when a scan finds three
    /// places it could match.</summary>
    private static bool LooksScrapedFromPdf(string title, string? abstractText)
    {
        var candidates = GluedNumberCandidates(title, GluedNumbersOfAFragment);
        if (candidates < GluedNumbersOfAFragment) candidates += GluedNumberCandidates(abstractText,
            GluedNumbersOfAFragment - candidates);
        return candidates >= GluedNumbersOfAFragment && HasAtLeast(GluedLineNumber(), title + " " + abstractText,
            GluedNumbersOfAFragment);
    }

    /// <summary>
    /// Counts (up to <paramref name="enough"/>) the places where GluedLineNumber could match: a run of one to three
    /// digits, then white space or the end, after closing punctuation and two or more lower-case letters that start a
    /// word. Any character outside ASCII is taken as possibly white space or a word boundary, so every real match is
    /// counted (matches never hold white space, so none spans the title and the abstract).
    /// </summary>
    private static int GluedNumberCandidates(string? text, int enough)
    {
        if (string.IsNullOrEmpty(text)) return 0;
        var count = 0;
        var at = 0;
        while (at < text.Length)
        {
            var found = text.AsSpan(at).IndexOfAnyInRange('0', '9');
            if (found < 0) break;
            var start = at + found;
            var end = start + 1;
            while (end < text.Length && char.IsAsciiDigit(text[end])) end++;
            at = end;
            if (end - start > 3 || (end < text.Length && text[end] > ' ' && text[end] < 128)) continue;
            var letters = start;
            while (letters > 0 && IsClosingPunctuation(text[letters - 1])) letters--;
            var word = letters;
            while (word > 0 && text[word - 1] >= 'a' && text[word - 1] <= 'z') word--;
            if (letters - word >= 2 && (word == 0 || !IsAsciiWordCharacter(text[word - 1]))
                && ++count >= enough) return count;
        }
        return count;
    }

    /// <summary>Whether the title can end in ".pdf" (the regex's $ also allows one final line break).</summary>
    private static bool MayEndInPdf(string title)
    {
        var end = title.Length > 0 && title[title.Length - 1] == '\n' ? title.Length - 1 : title.Length;
        return end >= 5 && title[end - 4] == '.';
    }

    private static bool HasAtLeast(Regex regex, string text, int wanted)
    {
        var found = 0;
        foreach (var _ in regex.EnumerateMatches(text))
            if (++found >= wanted) return true;
        return false;
    }

    private static bool IsClosingPunctuation(char c) => c == '.' || c == ',' || c == ';' || c == ':' || c == ')';

    private static bool IsAsciiWordCharacter(char c) => c < 128 && (char.IsAsciiLetterOrDigit(c) || c == '_');
}

using System.Text.RegularExpressions;

namespace PaperTools.Digests.PlainText;

/// <summary>
/// Whether opening text has the shape of a saved Daily Papers page, so the plain-text reader claims only what it
/// recognises: the page's chrome with at least one title and abstract; or, without chrome, titles each followed by
/// an abstract that reads as one (long prose, sentences, the words abstracts use), covering most of the text (or
/// all of it, for one paper alone). README files, scripts, notes, .bib, RIS and CSV files are not taken for digests.
/// </summary>
internal static class DailyPapersTextShape
{
    private static readonly Regex AbstractWords = new Regex(
        @"\b(?:we|our|this (?:paper|work|study|report)|propose[sd]?|present(?:s|ed)?|introduce[sd]?|method|model|" +
        @"approach|results?|experiments?|demonstrate[sd]?|show(?:s|n)?|framework|algorithms?|analy[sz]is|performance|" +
        @"learning|data(?:set)?s?|theory|evaluate[sd]?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private const string NotTitleStart = "#-*>|`@${}[%<=+";
    private const string NotTitleEnd = ";{}=,(";

    public static bool LooksLikeDigest(string head)
    {
        var lines = ContentKind.Lines(head).Select(l => l.Trim()).ToList();

        var chrome = lines.Count(l => PageChrome.IsChrome(l) || PageChrome.StripGluedPrefix(l) != l);
        var content = lines.Where(l => !PageChrome.IsChrome(l)
                                       && !DigestDateLine.TryParse(l, 2000, null, out _, out _))
            .Select(PageChrome.StripGluedPrefix).ToList();
        var pairs = 0;
        var scholarly = 0;
        for (var i = 0; i + 1 < content.Count; i++)
        {
            if (!IsTitleLike(content[i]) || !IsProseAbstract(content[i + 1])) continue;
            pairs++;
            if (AbstractWords.IsMatch(content[i + 1])) scholarly++;
            i++;
        }
        if (chrome > 0 && pairs >= 1) return true;
        if (pairs == 0 || scholarly * 2 < pairs || ContentKind.Describe(head) != null) return false;
        // One paper alone (a title, its abstract, perhaps one more title) is a digest too; longer text must be mostly
        // pairs.
        return pairs >= 2 ? pairs * 2 * 10 >= content.Count * 6 : content.Count <= 3;
    }

    private static bool IsTitleLike(string line)
        => line.Length >= 2 && line.Length <= 300 && !PlainTextDigestReader.IsAbstractLike(line)
           && NotTitleStart.IndexOf(line[0]) < 0 && !line.StartsWith("//", StringComparison.Ordinal)
               && NotTitleEnd.IndexOf(line[line.Length - 1]) < 0;

    /// <summary>Long prose: an abstract's length and sentences, letters and spaces nearly throughout, almost no code or
    /// markup symbols.</summary>
    private static bool IsProseAbstract(string line)
    {
        if (line.Length < 100 || !PlainTextDigestReader.IsAbstractLike(line)
            || NotTitleStart.IndexOf(line[0]) >= 0) return false;
        var letters = line.Count(c => char.IsLetter(c) || c == ' ');
        var symbols = line.Count(c => "{}<>=;|\\`$_".IndexOf(c) >= 0);
        return letters * 100 >= line.Length * 80 && symbols * 100 <= line.Length * 2;
    }
}

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
    // Built on first use: a saved page (its chrome found) never needs it, and each regex built costs a new session
    // time (docs/benchmark.md, cold runs).
    private static Regex? abstractWords;

    private static Regex AbstractWords => abstractWords ??= new Regex(
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
        var abstracts = new List<string>();
        for (var i = 0; i + 1 < content.Count; i++)
        {
            if (!IsTitleLike(content[i]) || !IsProseAbstract(content[i + 1])) continue;
            abstracts.Add(content[i + 1]);
            i++;
        }
        var pairs = abstracts.Count;
        if (chrome > 0 && pairs >= 1) return true;
        // The abstracts' words are looked at only without the page's chrome.
        var scholarly = abstracts.Count(AbstractWords.IsMatch);
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

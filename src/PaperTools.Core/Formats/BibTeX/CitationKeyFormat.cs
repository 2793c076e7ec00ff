using System.Globalization;
using System.Text.RegularExpressions;

namespace PaperTools.Formats.BibTeX;

/// <summary>
/// A citation key pattern: literal text and fields in brackets, each with optional modifiers after colons.
/// Fields: [auth] first author's last name, [year], [shorttitle:N] the first N significant title words
/// (3 by default), [veryshorttitle] the first one, [arxivid]. Modifiers: lower, upper. Presets:
/// GoogleScholar "[auth:lower][year][veryshorttitle:lower]" (vaswani2017attention), BetterBibTeX
/// "[auth:lower][shorttitle:3][year]" (vaswaniAttentionAllYou2017), ArxivId "[arxivid]" (1706.03762).
/// When a paper lacks what [auth] or [arxivid] needs, its key comes from the title instead (see <see cref="Expand"/>).
/// </summary>
public sealed class CitationKeyFormat
{
    // Declared before the presets, which parse their patterns with them when the class initialises.
    private static readonly Regex Token =
        new Regex(@"\[(?<field>[a-z]+)(?<mods>(?::[a-z0-9]+)*)\]|(?<literal>[^\[\]]+)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly string[] Fields = { "auth", "year", "shorttitle", "veryshorttitle", "arxivid" };

    public static CitationKeyFormat GoogleScholar { get; } = new CitationKeyFormat("GoogleScholar",
        "[auth:lower][year][veryshorttitle:lower]");
    public static CitationKeyFormat BetterBibTeX { get; } = new CitationKeyFormat("BetterBibTeX",
        "[auth:lower][shorttitle:3][year]");
    public static CitationKeyFormat ArxivId { get; } = new CitationKeyFormat("ArxivId", "[arxivid]");

    public static IReadOnlyList<CitationKeyFormat> Presets { get; } = new[] { GoogleScholar, BetterBibTeX, ArxivId };

    /// <summary>Words a key skips when it looks for a title's significant words (compared ignoring case).</summary>
    private static readonly string[] StopWords =
    {
        "a", "an", "the", "on", "of", "in", "for", "to", "and", "with", "is", "are", "via", "from", "by", "at",
        "as", "towards", "toward", "or", "its", "it", "be", "do", "does", "can", "what", "how", "why", "when",
        "into", "onto", "using", "through", "about", "we", "our", "not", "no",
    };

    private static readonly int LongestStopWord = StopWords.Max(w => w.Length);

    private readonly List<Part> parts;

    // One builder a thread, reused from key to key: an export makes a key for every paper it writes, and a key is
    // built in place (the words of the title and the name appended straight into it), not from strings of its parts.
    [ThreadStatic] private static StringBuilder? keyBuilder;

    private CitationKeyFormat(string? name, string pattern)
    {
        Name = name;
        Pattern = pattern;
        parts = ParseParts(pattern);
    }

    /// <summary>The preset's name; null for a pattern.</summary>
    public string? Name { get; }
    public string Pattern { get; }

    /// <summary>A preset by name (case-insensitive) or a pattern; throws ArgumentException, saying why, for anything
    /// else.</summary>
    public static CitationKeyFormat Parse(string nameOrPattern)
    {
        if (string.IsNullOrWhiteSpace(nameOrPattern)) throw new ArgumentException(
            "A key format is a preset name (GoogleScholar, BetterBibTeX, ArxivId) or a pattern such as " +
            "'[auth:lower][year][veryshorttitle:lower]'.");
        var preset = Presets.FirstOrDefault(p => string.Equals(p.Name, nameOrPattern.Trim(),
            StringComparison.OrdinalIgnoreCase));
        return preset ?? new CitationKeyFormat(null, nameOrPattern.Trim());
    }

    /// <summary>
    /// The key for <paramref name="paper"/>, before clash suffixes. A paper with no author for [auth] or no
    /// arXiv id for [arxivid] (the plain-text digests give neither) gets a title key instead: its first three
    /// significant words in camel case, then the year when known (onePerturbationEnough).
    /// </summary>
    public string Expand(Paper paper, int? year)
    {
        var key = keyBuilder ??= new StringBuilder(64);
        key.Clear();
        foreach (var part in parts)
        {
            if (part.Literal != null) key.Append(part.Literal);
            else if (!AppendValue(key, part, paper, year)) return TitleKey(key, paper, year);
        }
        CitationKeys.Sanitize(key);
        var made = key.Length > 0 ? key.ToString() : TitleKey(key, paper, year);
        // A key built from a huge word is not held for the rest of the thread's life.
        if (key.Capacity > MaxKeptCapacity) keyBuilder = null;
        return made;
    }

    private const int MaxKeptCapacity = 1024;

    /// <summary>Appends the part's field in its case; false when the paper lacks what [auth] or [arxivid]
    /// needs.</summary>
    private static bool AppendValue(StringBuilder key, Part part, Paper paper, int? year)
    {
        var start = key.Length;
        switch (part.Field)
        {
            case "auth":
                if (!AppendLastName(key, paper.Authors.FirstOrDefault(a => !string.IsNullOrWhiteSpace(a))))
                    return false;
                break;
            case "arxivid":
                if (string.IsNullOrEmpty(paper.ArxivId)) return false;
                key.Append(paper.ArxivId);
                break;
            case "year":
                if (year is int known) key.Append(CultureInfo.InvariantCulture, $"{known}");
                break;
            default:
                AppendSignificantWords(key, paper.Title, part.Field == "veryshorttitle" ? 1 : part.Count,
                    capitalizeFirst: true);
                break;
        }
        // Case changes only ASCII that matters: Sanitize keeps nothing else.
        if (part.Case != null)
            for (var i = start; i < key.Length; i++)
                key[i] = part.Case == "lower" ? char.ToLowerInvariant(key[i]) : char.ToUpperInvariant(key[i]);
        return true;
    }

    /// <summary>
    /// The title's first words and the year; without a title, the arXiv id or else the DOI alone (each names the work,
    /// and an id with a year glued on, 1706.037622017, reads as another id); with none of them, "paper" and the year.
    /// </summary>
    private static string TitleKey(StringBuilder key, Paper paper, int? year)
    {
        key.Clear();
        if (AppendSignificantWords(key, paper.Title, 3, capitalizeFirst: false) > 0)
        {
            if (year is int known) key.Append(CultureInfo.InvariantCulture, $"{known}");
            return key.ToString();
        }
        foreach (var id in new[] { paper.ArxivId, paper.Doi })
        {
            var fromId = CitationKeys.Sanitize(id ?? string.Empty);
            if (fromId.Length > 0) return fromId;
        }
        return "paper" + YearText(year);
    }

    private static string YearText(int? year) => year?.ToString(System.Globalization.CultureInfo.InvariantCulture)
        ?? string.Empty;

    /// <summary>Appends the last name, folded to ASCII letters and digits and capitalised: "Ashish Vaswani" and
    /// "Vaswani, Ashish" give Vaswani; false when there is none.</summary>
    private static bool AppendLastName(StringBuilder key, string? author)
    {
        if (author == null) return false;
        var comma = author.IndexOf(',');
        var name = comma >= 0 ? author.AsSpan(0, comma) : author.AsSpan();
        // The last space-separated word that is not a suffix (Jr, III) and keeps an ASCII letter or digit.
        while (name.Length > 0)
        {
            var space = name.LastIndexOf(' ');
            var word = name[(space + 1)..];
            name = space < 0 ? ReadOnlySpan<char>.Empty : name[..space];
            if (word.Length > 0 && !IsNameSuffix(word) && AppendWord(key, word, capitalize: true)) return true;
        }
        return false;
    }

    // Jr, Jr., Sr, Sr., I, II, III, IV: as written, case and all (a line break may follow, as at a name's end).
    private static bool IsNameSuffix(ReadOnlySpan<char> word)
        => (word.Length > 0 && word[^1] == '\n' ? word[..^1] : word)
            is "Jr" or "Jr." or "Sr" or "Sr." or "I" or "II" or "III" or "IV";

    /// <summary>
    /// Appends the title's first <paramref name="count"/> significant words (runs of letters, combining marks, digits
    /// and apostrophes; stop words and words with no ASCII letter or digit left out), each capitalised but the first
    /// unless <paramref name="capitalizeFirst"/>; returns how many. Found one at a time: the rest of the title is never
    /// cut up. Scanned by hand: a regex would be built, and its engine compiled, in every new process (issue 24).
    /// </summary>
    private static int AppendSignificantWords(StringBuilder key, string? title, int count, bool capitalizeFirst)
    {
        if (string.IsNullOrEmpty(title)) return 0;
        var text = LatexDecoder.Decode(title);
        var appended = 0;
        for (var at = 0; at < text.Length && appended < count;)
        {
            var end = at;
            while (end < text.Length && IsWordChar(text[end])) end++;
            var word = text.AsSpan(at, end - at);
            if (word.Length > 0 && !IsStopWord(word)
                && AppendWord(key, word, capitalize: appended > 0 || capitalizeFirst)) appended++;
            at = end;
            while (at < text.Length && !IsWordChar(text[at])) at++;
        }
        return appended;
    }

    // Only short words can be a stop word, so only they are compared.
    private static bool IsStopWord(ReadOnlySpan<char> word)
    {
        if (word.Length > LongestStopWord) return false;
        foreach (var stop in StopWords)
            if (word.Equals(stop, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool IsWordChar(char c)
    {
        if (c == '\'' || c == '’') return true;
        var category = char.GetUnicodeCategory(c);
        return category <= UnicodeCategory.OtherLetter || category == UnicodeCategory.NonSpacingMark
            || category == UnicodeCategory.DecimalDigitNumber;
    }

    /// <summary>Appends the word's ASCII letters (lower-cased, the first upper-cased when
    /// <paramref name="capitalize"/>) and digits, diacritics folded first (Łojasiewicz gives lojasiewicz); false when
    /// none is left.</summary>
    private static bool AppendWord(StringBuilder key, ReadOnlySpan<char> word, bool capitalize)
    {
        var start = key.Length;
        AppendLettersAndDigits(key, System.Text.Ascii.IsValid(word) ? word
            : TextNormalizer.FoldDiacritics(word.ToString()));
        if (key.Length == start) return false;
        if (capitalize) key[start] = char.ToUpperInvariant(key[start]);
        return true;
    }

    // ASCII folds by case alone, as FoldDiacritics does it.
    private static void AppendLettersAndDigits(StringBuilder key, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) key.Append((char)(c | 0x20));
            else if (c >= '0' && c <= '9') key.Append(c);
        }
    }

    private static List<Part> ParseParts(string pattern)
    {
        var result = new List<Part>();
        var at = 0;
        foreach (Match m in Token.Matches(pattern))
        {
            if (m.Index != at) break;
            at = m.Index + m.Length;
            if (m.Groups["literal"].Success)
            {
                var literal = CitationKeys.Sanitize(m.Value);
                if (literal.Length != m.Value.Length) throw new ArgumentException(
                    $"The key format '{pattern}' has characters a citation key cannot hold in '{m.Value}'; keys use " +
                    "ASCII letters, digits and - _ : . / + only.");
                result.Add(new Part { Literal = literal });
                continue;
            }
            var field = m.Groups["field"].Value.ToLowerInvariant();
            if (!Fields.Contains(field)) throw new ArgumentException(
                $"Unknown key field [{field}] in '{pattern}'. Known " +
                $"fields: {string.Join(", ", Fields.Select(f => "[" + f + "]"))}.");
            var part = new Part { Field = field, Count = 3 };
            foreach (var mod in m.Groups["mods"].Value.Split(new[] { ':' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var lowered = mod.ToLowerInvariant();
                if (lowered == "lower" || lowered == "upper") part.Case = lowered;
                else if (field == "shorttitle" && int.TryParse(mod, out var n) && n >= 1 && n <= 10) part.Count = n;
                else throw new ArgumentException(
                    $"Unknown modifier ':{mod}' for [{field}] in '{pattern}'. Modifiers: lower, upper, and a word " +
                    "count 1-10 for [shorttitle].");
            }
            result.Add(part);
        }
        if (at != pattern.Length) throw new ArgumentException(
            $"The key format '{pattern}' is not a pattern: write fields as [auth], [year], [shorttitle:3], " +
            "[veryshorttitle], [arxivid], with :lower or :upper.");
        if (!result.Any(p => p.Field != null)) throw new ArgumentException(
            $"The key format '{pattern}' has no field in brackets, so every paper would get the same key.");
        return result;
    }

    public override string ToString() => Name ?? Pattern;

    private sealed class Part
    {
        public string? Literal;
        public string? Field;
        public int Count;
        public string? Case;
    }
}

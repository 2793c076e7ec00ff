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

    /// <summary>Words a key skips when it looks for a title's significant words.</summary>
    private static readonly HashSet<string> StopWords = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "on", "of", "in", "for", "to", "and", "with", "is", "are", "via", "from", "by", "at",
        "as", "towards", "toward", "or", "its", "it", "be", "do", "does", "can", "what", "how", "why", "when",
        "into", "onto", "using", "through", "about", "we", "our", "not", "no",
    };

    private readonly List<Part> parts;

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
        var key = new StringBuilder();
        foreach (var part in parts)
        {
            var value = part.Literal ?? Value(part, paper, year);
            if (value == null) return TitleKey(paper, year);
            key.Append(value);
        }
        var result = CitationKeys.Sanitize(key.ToString());
        return result.Length > 0 ? result : TitleKey(paper, year);
    }

    private static string? Value(Part part, Paper paper, int? year)
    {
        string value;
        switch (part.Field)
        {
            case "auth":
                value = LastName(paper.Authors.FirstOrDefault(a => !string.IsNullOrWhiteSpace(a)));
                return value.Length == 0 ? null : Cased(value, part.Case);
            case "arxivid":
                if (string.IsNullOrEmpty(paper.ArxivId)) return null;
                value = paper.ArxivId;
                break;
            case "year":
                value = year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
                break;
            case "veryshorttitle":
                return TitleWords(paper.Title, 1, part.Case);
            default:
                return TitleWords(paper.Title, part.Count, part.Case);
        }
        return part.Case == "lower" ? value.ToLowerInvariant() : part.Case == "upper" ? value.ToUpperInvariant()
            : value;
    }

    /// <summary>The title's first <paramref name="count"/> significant words, each capitalised unless the part asks
    /// for lower or upper case.</summary>
    private static string TitleWords(string? title, int count, string? letterCase)
    {
        var words = SignificantWords(title).Take(count);
        return letterCase == null ? string.Concat(words.Select(Capitalize)) : Cased(string.Concat(words), letterCase);
    }

    /// <summary>
    /// A word of <see cref="AsciiWord"/> (lower-case already) in the part's case: as it is for lower, upper-cased for
    /// upper, else capitalised. Made once, so no word is capitalised only to be lower-cased again.
    /// </summary>
    private static string Cased(string word, string? letterCase) => letterCase switch
    {
        "lower" => word,
        "upper" => word.ToUpperInvariant(),
        _ => Capitalize(word),
    };

    /// <summary>
    /// The title's first words and the year; without a title, the arXiv id or else the DOI alone (each names the work,
    /// and an id with a year glued on, 1706.037622017, reads as another id); with none of them, "paper" and the year.
    /// </summary>
    private static string TitleKey(Paper paper, int? year)
    {
        var words = SignificantWords(paper.Title).Take(3).ToList();
        var key = string.Concat(words.Select((w, i) => i == 0 ? w.ToLowerInvariant() : Capitalize(w)));
        if (key.Length > 0) return key + YearText(year);
        foreach (var id in new[] { paper.ArxivId, paper.Doi })
        {
            var fromId = CitationKeys.Sanitize(id ?? string.Empty);
            if (fromId.Length > 0) return fromId;
        }
        return "paper" + YearText(year);
    }

    private static string YearText(int? year) => year?.ToString(System.Globalization.CultureInfo.InvariantCulture)
        ?? string.Empty;

    /// <summary>The last name, folded to lower-case ASCII letters: "Ashish Vaswani" and "Vaswani, Ashish" give
    /// vaswani.</summary>
    private static string LastName(string? author)
    {
        if (author == null) return string.Empty;
        var comma = author.IndexOf(',');
        var words = (comma >= 0 ? author.Substring(0, comma) : author).Split(' ',
            StringSplitOptions.RemoveEmptyEntries);
        for (var k = words.Length - 1; k >= 0; k--)
        {
            if (IsNameSuffix(words[k])) continue;
            var ascii = AsciiWord(words[k]);
            if (ascii.Length > 0) return ascii;
        }
        return string.Empty;
    }

    /// <summary>Jr, Jr., Sr, Sr., I, II, III or IV, as written (a line break may follow, as at a name's end).</summary>
    private static bool IsNameSuffix(string word)
    {
        var text = word.EndsWith('\n') ? word.AsSpan(0, word.Length - 1) : word.AsSpan();
        return text is "Jr" or "Jr." or "Sr" or "Sr." or "I" or "II" or "III" or "IV";
    }

    /// <summary>
    /// The title's words (runs of letters, combining marks, digits and apostrophes), stop words and words with no
    /// ASCII letter left out, found one at a time: a key takes the first few, and the rest of the title is never cut
    /// up. Scanned by hand: a regex would be built and its engine compiled in every new process (issue 24).
    /// </summary>
    private static IEnumerable<string> SignificantWords(string? title)
    {
        if (string.IsNullOrEmpty(title)) yield break;
        var text = LatexDecoder.Decode(title);
        for (var at = 0; at < text.Length; at++)
        {
            if (!IsWordChar(text[at])) continue;
            var end = at + 1;
            while (end < text.Length && IsWordChar(text[end])) end++;
            var word = text.Substring(at, end - at);
            var ascii = StopWords.Contains(word) ? string.Empty : AsciiWord(word);
            if (ascii.Length > 0) yield return ascii;
            at = end;
        }
    }

    /// <summary>What a title's word is made of: a letter (\p{L}), a combining mark (\p{Mn}), a digit (\p{Nd}), '
    /// or ’.</summary>
    private static bool IsWordChar(char c) => c == '\'' || c == '’' || CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.DecimalDigitNumber => true,
        _ => false,
    };

    /// <summary>ASCII letters and digits only, diacritics folded: Łojasiewicz gives lojasiewicz (case restored by
    /// callers).</summary>
    private static string AsciiWord(string word)
        => CitationKeys.Filter(TextNormalizer.FoldDiacritics(word), IsLowerAsciiLetterOrDigit);

    private static bool IsLowerAsciiLetterOrDigit(char c) => (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');

    private static string Capitalize(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0])
        + word.Substring(1);

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

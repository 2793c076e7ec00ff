using System.Text.RegularExpressions;

namespace PaperTools;

/// <summary>
/// A Paper's author string taken apart for formats that store names in parts (RIS "Family, Given", CSL-JSON
/// family/given). Readers keep a source's own split as "Family, Given" (PubMed, RIS, CSL-JSON, arXiv OAI) or
/// one string as the source wrote it ("Ashish Vaswani"); this reads both, the BibTeX way: with a comma, the
/// family name comes first ("Family, Suffix, Given" with three parts); without, the last word is the family
/// name, with any lower-case particles before it ("Ludwig van Beethoven"). A group ("LHCb collaboration",
/// "Planck Collaboration") is kept whole as a literal name.
/// </summary>
public sealed class PersonName
{
    private static readonly Regex GroupWord = new Regex(
        @"\b(?:collaboration|consortium|group|team|project|committee|society|association|institute|university|" +
            @"network|initiative|alliance|organi[sz]ation|council|working)\b",
        RegexOptions.IgnoreCase | Patterns.Safe);

    // "Martin Luther King Jr.": a generational suffix is not the family name.
    private static readonly Regex GenerationalSuffix = new Regex(@"^(?:Jr\.?|Sr\.?|II|III|IV)$", Patterns.Safe);

    private PersonName(string? family, string? given, string? suffix, string? literal)
    {
        Family = family;
        Given = given;
        Suffix = suffix;
        Literal = literal;
    }

    /// <summary>The family name with its particles ("van Beethoven"); null for a literal name.</summary>
    public string? Family { get; }
    public string? Given { get; }
    public string? Suffix { get; }

    /// <summary>A name not to be taken apart (a collaboration, a single word); null for a person's name.</summary>
    public string? Literal { get; }

    /// <summary>A person's name from parts a source stated apart (a .bib's "Last, Jr, First").</summary>
    internal static PersonName Of(string family, string? given, string? suffix) => new(family, given, suffix, null);

    /// <summary>A name a source stated whole (a .bib's braced institution).</summary>
    internal static PersonName Whole(string literal) => new(null, null, null, literal);

    /// <summary>The parts of <paramref name="name"/>; null when it is empty.</summary>
    public static PersonName? Parse(string? name)
    {
        var text = Whitespace.Collapse(name);
        if (text == null) return null;
        if (GroupWord.IsMatch(text)) return new PersonName(null, null, null, text);
        var parts = text.Split(',').Select(Whitespace.Collapse).ToArray();
        if (parts.Length >= 2 && parts[0] != null)
        {
            var given = Whitespace.Collapse(string.Join(", ", parts.Skip(parts.Length == 3 ? 2
                : 1).Where(p => p != null)));
            return new PersonName(parts[0], given, parts.Length == 3 ? parts[1] : null, null);
        }
        var words = text.Split(' ');
        string? suffix = null;
        if (words.Length > 2 && GenerationalSuffix.IsMatch(words[words.Length - 1]))
        {
            suffix = words[words.Length - 1];
            words = words.Take(words.Length - 1).ToArray();
        }
        if (words.Length == 1) return new PersonName(null, null, null, text);
        var familyStart = words.Length - 1;
        while (familyStart > 1 && IsParticle(words[familyStart - 1])) familyStart--;
        return new PersonName(string.Join(" ", words.Skip(familyStart)), string.Join(" ",
            words.Take(familyStart)), suffix, null);
    }

    /// <summary>"Family, Given" (or "Family, Suffix, Given"); the literal as it is.</summary>
    public string ToSortedForm()
    {
        if (Family == null) return Literal ?? string.Empty; // a literal name has no family part
        if (string.IsNullOrEmpty(Given)) return Family;
        return Suffix == null ? Family + ", " + Given : Family + ", " + Suffix + ", " + Given;
    }

    /// <summary>
    /// As RIS states a name, and Zotero's RIS import reads it: "Family, Given" (or "Family, Given, Suffix"); a literal
    /// without a comma, which Zotero keeps whole.
    /// </summary>
    public string ToRisForm()
    {
        if (Family == null) return Literal ?? string.Empty;
        if (Suffix != null) return Family + ", " + Given + ", " + Suffix;
        return string.IsNullOrEmpty(Given) ? Family : Family + ", " + Given;
    }

    // "van", "von", "de", "der", "la", "di", "da", "dos", "ter": BibTeX's von part is the lower-case words.
    private static bool IsParticle(string word) => word.Length > 0 && char.IsLower(word[0])
        && word.All(c => char.IsLetter(c) || c == '\'' || c == '’');
}

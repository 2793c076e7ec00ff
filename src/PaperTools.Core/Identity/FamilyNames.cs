namespace PaperTools.Identity;

/// <summary>
/// Authors as comparable family names, whichever way a source writes them: "Vaswani, Ashish", "Ashish Vaswani"
/// and "A. Vaswani" all give "vaswani"; "van der Berg, Jan" and "Jan van der Berg" give "berg".
/// </summary>
internal static class FamilyNames
{
    private static readonly HashSet<string> Suffixes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "jr",
        "sr", "ii", "iii", "iv" };

    // "and others" and "et al." stand for authors not listed; they name nobody.
    private static readonly HashSet<string> Placeholders =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "others", "al", "et al" };

    public static HashSet<string> Of(IEnumerable<string> authors)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var author in authors ?? Enumerable.Empty<string>())
        {
            var family = FamilyName(author);
            if (family.Length > 0 && !Placeholders.Contains(family)) names.Add(family);
        }
        return names;
    }

    private static string FamilyName(string author)
    {
        if (string.IsNullOrWhiteSpace(author)) return string.Empty;
        var comma = author.IndexOf(',');
        var words = TextNormalizer.NormalizeTitle(comma >= 0 ? author.Substring(0, comma) : author)
            .Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries).ToList();
        while (comma < 0 && words.Count > 1
            && Suffixes.Contains(words[words.Count - 1])) words.RemoveAt(words.Count - 1);
        return words.Count == 0 ? string.Empty : words[words.Count - 1];
    }
}

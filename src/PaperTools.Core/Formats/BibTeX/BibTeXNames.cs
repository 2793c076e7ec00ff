namespace PaperTools.Formats.BibTeX;

/// <summary>
/// The names of a .bib name list (author, editor, translator) in their parts, as bibtex takes them apart: "von Last,
/// First", "von Last, Jr, First" or "First von Last" (the von part from the first lower-case word), commas and spaces
/// inside braces not counting, so that a braced {National Institutes of Health} is one literal name, and an unbraced
/// World Health Organization a person's (as Zotero's BibTeX import reads them). Each part decoded to Unicode; the
/// names that decode to nothing are left out, as from the Paper's authors.
/// </summary>
internal static class BibTeXNames
{
    public static List<PersonName> Parse(string? field)
    {
        var names = new List<PersonName>();
        foreach (var name in BibTeXPaperReader.SplitNames(field))
            if (BibTeXPaperReader.DecodeText(name) is string whole) names.Add(Name(name, whole));
        return names;
    }

    private static PersonName Name(string raw, string whole)
    {
        var parts = TopLevel(raw, ',');
        if (parts.Count >= 2)
        {
            // "von Last, First"; "von Last, Jr, First" (with more commas the middle ones are the Jr part, as Zotero
            // reads them).
            var family = BibTeXPaperReader.DecodeText(parts[0]);
            var given = BibTeXPaperReader.DecodeText(parts[^1]);
            var suffix = BibTeXPaperReader.DecodeText(string.Join(", ", parts.Skip(1).Take(parts.Count - 2)));
            return family == null ? PersonName.Whole(whole) : PersonName.Of(family, given, suffix);
        }
        var words = TopLevel(raw, ' ').Where(w => w.Length > 0).ToList();
        if (words.Count < 2) return PersonName.Whole(whole);
        var von = words.FindIndex(0, words.Count - 1, StartsLowerCase);
        var last = von < 0 ? words.Count - 1 : von;
        return PersonName.Of(BibTeXPaperReader.DecodeText(string.Join(" ", words.Skip(last))) ?? whole,
            BibTeXPaperReader.DecodeText(string.Join(" ", words.Take(last))), null);
    }

    // The pieces of a name between separators outside braces (white space of any kind for ' ').
    private static List<string> TopLevel(string text, char separator)
    {
        var pieces = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '{') depth++;
            else if (text[i] == '}') depth--;
            else if (depth == 0 && (separator == ' ' ? char.IsWhiteSpace(text[i]) : text[i] == separator))
            {
                pieces.Add(text.Substring(start, i - start).Trim());
                start = i + 1;
            }
        }
        pieces.Add(text.Substring(start).Trim());
        return pieces;
    }

    // bibtex's von test: the word's first letter outside braces is lower case ("von", "de", "van der").
    private static bool StartsLowerCase(string word)
    {
        foreach (var c in word)
        {
            if (c == '{') return false;
            if (char.IsLetter(c)) return char.IsLower(c);
        }
        return false;
    }
}

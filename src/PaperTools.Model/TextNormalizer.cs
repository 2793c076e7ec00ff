using System.Globalization;

namespace PaperTools;

/// <summary>Folding shared by identity, duplicate detection, keys and search: case, diacritics, punctuation.</summary>
public static class TextNormalizer
{
    /// <summary>Lower-cases and removes diacritics: "Łojasiewicz" becomes "lojasiewicz", "Föppl" becomes
    /// "foppl".</summary>
    public static string FoldDiacritics(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        // ASCII has nothing to decompose or fold: lower-casing is all (and returns the text itself when it has no
        // capitals).
        if (Ascii.IsValid(text)) return text.ToLowerInvariant();
        var decomposed = UnicodeText.Normalize(text, NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(FoldLetter(char.ToLowerInvariant(c)));
        }
        return UnicodeText.Normalize(sb.ToString(), NormalizationForm.FormC);
    }

    /// <summary>
    /// Title as compared for identity: folded, every run of non-alphanumerics one space, trimmed.
    /// "UniHG: A Large-scale…" and "unihg a large scale" are the same title.
    /// </summary>
    public static string NormalizeTitle(string? title)
    {
        var folded = FoldDiacritics(title);
        var sb = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0) sb.Append(' ');
                sb.Append(c);
                pendingSpace = false;
            }
            else pendingSpace = true;
        }
        return sb.ToString();
    }

    /// <summary>Letters that carry no combining mark to strip but still have a plain Latin reading.</summary>
    private static char FoldLetter(char c)
    {
        switch (c)
        {
            case 'ł': return 'l';
            case 'ø': return 'o';
            case 'đ': return 'd';
            case 'ð': return 'd';
            case 'ı': return 'i';
            case 'ß': return 's';
            case 'æ': return 'a';
            case 'œ': return 'o';
            case 'þ': return 't';
            default: return c;
        }
    }
}

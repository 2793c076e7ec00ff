namespace PaperTools.Metadata;

/// <summary>
/// How alike two titles are, for deciding whether a search hit is the same work: normalised words and glued letters
/// compared; near-equal titles must differ only in spelling, with numbers, numerals and negations equal. Why:
/// docs/design.md.
/// </summary>
public static class TitleSimilarity
{
    private static readonly HashSet<string> Exact = new HashSet<string>(StringComparer.Ordinal)
    {
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii",
        "no", "not", "non", "nor", "without", "un",
    };

    /// <summary>The title as compared: TeX decoded when it has any, then normalised (lower case, words separated by one
    /// space).</summary>
    public static string Comparable(string? title)
    {
        if (string.IsNullOrEmpty(title)) return string.Empty;
        var decoded = title.IndexOf('\\') >= 0 || title.IndexOf('$') >= 0 ? LatexDecoder.Decode(title) : title;
        return TextNormalizer.NormalizeTitle(decoded);
    }

    /// <summary>1 - edit distance / length of the longer, over the comparable titles without their spaces.</summary>
    public static double Ratio(string comparableA, string comparableB)
    {
        var a = comparableA.Replace(" ", string.Empty);
        var b = comparableB.Replace(" ", string.Empty);
        var longer = Math.Max(a.Length, b.Length);
        if (longer == 0) return 0;
        return 1.0 - (double)EditDistance(a, b) / longer;
    }

    /// <summary>True when the two comparable titles differ at most in spelling, spacing and inflection, never in a
    /// number, a numeral or a negation.</summary>
    public static bool SameWords(string comparableA, string comparableB)
    {
        if (Digits(comparableA) != Digits(comparableB)) return false;
        var onlyA = comparableA.Split(' ').ToList();
        var onlyB = comparableB.Split(' ').ToList();
        foreach (var word in comparableA.Split(' '))
            if (onlyB.Remove(word)) onlyA.Remove(word);
        if (onlyA.Count == 0 && onlyB.Count == 0) return true;
        // Split or glued words: what is left of each side spells the same letters.
        if (string.Concat(onlyA) == string.Concat(onlyB) && onlyA.Concat(onlyB).All(w => !Exact.Contains(w)
            || onlyA.Contains(w) == onlyB.Contains(w))) return true;
        // Otherwise each leftover word must be a spelling variant of one on the other side.
        foreach (var word in onlyA.ToList())
        {
            var partner = onlyB.FirstOrDefault(other => Variant(word, other));
            if (partner == null) return false;
            onlyB.Remove(partner);
            onlyA.Remove(word);
        }
        return onlyB.Count == 0;
    }

    /// <summary>optimisation/optimization, model/models, modelling/modeling; never short words, numbers, numerals or
    /// negations.</summary>
    private static bool Variant(string a, string b)
    {
        if (a.Length < 4 || b.Length < 4 || Exact.Contains(a) || Exact.Contains(b)) return false;
        if (a.Any(char.IsDigit) || b.Any(char.IsDigit)) return false;
        var allowed = Math.Min(a.Length, b.Length) <= 7 ? 1 : 2;
        return Math.Abs(a.Length - b.Length) <= allowed && EditDistance(a, b) <= allowed;
    }

    /// <summary>The digits in reading order with a separator between runs: "gpt 4" and "gpt4" agree, "qwen2" and "qwen2
    /// 5" do not.</summary>
    private static string Digits(string comparable)
    {
        var runs = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var c in comparable.Replace(" ", string.Empty))
        {
            if (char.IsDigit(c)) current.Append(c);
            else if (current.Length > 0)
            {
                runs.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0) runs.Add(current.ToString());
        return string.Join(",", runs);
    }

    /// <summary>Levenshtein distance with two rows; titles are a few hundred characters at most.</summary>
    public static int EditDistance(string a, string b)
    {
        if (a.Length < b.Length) (a, b) = (b, a);
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}

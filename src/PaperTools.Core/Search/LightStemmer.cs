namespace PaperTools.Search;

/// <summary>
/// Plural-only stemming on folded words, so "losses" finds "loss" and "margins" finds "margin" without the
/// surprises of a full Porter stemmer ("generalization" stays itself). Both the index and the query use it,
/// so a word and its plural always meet on the same stem.
/// </summary>
internal static class LightStemmer
{
    /// <summary>Stems the word held in word[0..length) in place and returns its new length.</summary>
    public static int Stem(Span<char> word, int length)
    {
        if (length <= 3 || word[length - 1] != 's') return length;
        var before = word[length - 2];
        if (EndsWith(word, length, "sses")) return length - 2;                       // losses -> loss
        if (before == 's' || before == 'u' || before == 'i') return length;          // loss, corpus, analysis
        if (length > 4 && EndsWith(word, length, "ies"))                             // studies -> study
        {
            word[length - 3] = 'y';
            return length - 2;
        }
        if (EndsWith(word, length, "xes") || EndsWith(word, length, "ches") || EndsWith(word, length, "shes"))
            return length - 2;                                                       // boxes -> box,
                                                                                     // approaches -> approach
        return length - 1;                                                           // models -> model
    }

    private static bool EndsWith(Span<char> word, int length, string suffix)
    {
        if (length < suffix.Length) return false;
        var start = length - suffix.Length;
        for (var i = 0; i < suffix.Length; i++)
            if (word[start + i] != suffix[i]) return false;
        return true;
    }
}

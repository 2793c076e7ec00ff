namespace PaperTools.Search;

/// <summary>
/// The words one query can look up in one field: its terms and phrase words, and its wildcard patterns. An index
/// built for a single query keeps only these, which answers that query exactly as the full index would (the same
/// document frequencies, lengths and phrase positions) at a fraction of the work.
/// </summary>
internal sealed class QueryVocabulary
{
    private readonly TermDictionary terms = new();
    private readonly List<GlobPattern> patterns = new();
    private readonly List<string> anchors = new();

    /// <summary>True when the query never looks in this field: the field need not be read at all.</summary>
    public bool IsEmpty => terms.Count == 0 && patterns.Count == 0;

    /// <summary>Whether the word, prepared by TermDictionary.Prepare, is one the query looks up.</summary>
    public bool Holds(char[] buffer, int offset, int length, ulong low, ulong high, int hash)
    {
        if (terms.Find(buffer, offset, length, low, high, hash) >= 0) return true;
        if (patterns.Count == 0) return false;
        var word = new string(buffer, offset, length);
        foreach (var pattern in patterns)
            if (pattern.IsMatch(word)) return true;
        return false;
    }

    /// <summary>
    /// True when the text cannot hold any of the query's words, with its word count: an ASCII text in which none of
    /// the words' anchors occurs, ignoring case. Found by vectorised searches, far cheaper than reading every word.
    /// </summary>
    public bool Misses(string text, out int words)
    {
        words = 0;
        if (patterns.Count > 0) return false;
        foreach (var anchor in anchors)
            if (anchor.Length == 0 || text.Contains(anchor, StringComparison.OrdinalIgnoreCase)) return false;
        words = AsciiWords.Count(text); // -1: not ASCII, where folding could make a query word of other letters
        return words >= 0;
    }

    /// <summary>
    /// Where in an ASCII text the query's words can start, ascending: each place one of the anchors begins a word
    /// (ignoring case), since a word stems to a query term only if it starts with that term's anchor. False, with
    /// nothing found, when that cannot be told: wildcard patterns, an empty anchor, or a text that is not ASCII.
    /// </summary>
    public bool WordStarts(string text, List<int> starts)
    {
        starts.Clear();
        if (patterns.Count > 0 || text.AsSpan().ContainsAnyExceptInRange((char)0, (char)127)) return false;
        foreach (var anchor in anchors)
        {
            if (anchor.Length == 0) return false;
            for (var at = text.IndexOf(anchor, StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = text.IndexOf(anchor, at + 1, StringComparison.OrdinalIgnoreCase))
                if (at == 0 || !AsciiWords.IsWordChar(text[at - 1])) starts.Add(at);
        }
        if (anchors.Count > 1)
        {
            starts.Sort();
            var kept = 0;
            for (var i = 0; i < starts.Count; i++)
                if (kept == 0 || starts[kept - 1] != starts[i]) starts[kept++] = starts[i];
            starts.RemoveRange(kept, starts.Count - kept);
        }
        return true;
    }

    /// <summary>The query's vocabulary of the given field; leaves in any field count for title and abstract.</summary>
    public static QueryVocabulary Of(SearchQuery query, SearchField field)
    {
        var vocabulary = new QueryVocabulary();
        vocabulary.Collect(query.Root, field);
        return vocabulary;
    }

    private void Collect(QueryNode node, SearchField field)
    {
        switch (node)
        {
            case AndNode and:
                foreach (var child in and.Children) Collect(child, field);
                break;
            case OrNode or:
                foreach (var child in or.Children) Collect(child, field);
                break;
            case NotNode not:
                Collect(not.Child, field);
                break;
            case QueryLeaf leaf when leaf.Field == field || (leaf.Field == SearchField.Any && IsTitleOrAbstract(field)):
                if (leaf is TermNode term) Add(term.Term);
                else if (leaf is PhraseNode phrase) foreach (var word in phrase.Terms) Add(word);
                else if (leaf is WildcardNode wildcard) patterns.Add(new GlobPattern(wildcard.Pattern));
                break;
        }
    }

    private static bool IsTitleOrAbstract(SearchField field) => field is SearchField.Title or SearchField.Abstract;

    private void Add(string word)
    {
        var buffer = word.ToCharArray();
        terms.GetOrAdd(buffer, buffer.Length);
        // A word stems to this term only if it starts with it, or ("studies" -> "study") with all of it but the y.
        anchors.Add(word.EndsWith('y') ? word[..^1] : word);
    }
}

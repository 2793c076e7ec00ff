namespace PaperTools.Search;

/// <summary>One field's finished inverted index: dictionary, compressed postings, document lengths for BM25, and the
/// words in order.</summary>
internal sealed class FieldIndex
{
    private readonly TermDictionary terms;
    private readonly PostingLists postings;
    private readonly int[] documentFrequency;
    private readonly int[] documentLengths;

    public FieldIndex(TermDictionary terms, PostingLists postings, int[] documentFrequency, int[] documentLengths,
        double averageLength, TermSequences? sequences)
    {
        Sequences = sequences;
        this.terms = terms;
        this.postings = postings;
        this.documentFrequency = documentFrequency;
        this.documentLengths = documentLengths;
        AverageLength = averageLength;
    }

    public int DocumentCount => documentLengths.Length;

    /// <summary>Each document's words in order, for phrases; null in fields of whole values (categories,
    /// identifiers).</summary>
    public TermSequences? Sequences { get; }
    public double AverageLength { get; }

    public int Find(string term) => terms.Find(term);

    public int DocumentFrequency(int term) => documentFrequency[term];

    public int Length(int doc) => documentLengths[doc];

    public PostingReader Postings(int term) => postings.Reader(term);

    /// <summary>Ids of every term the wildcard pattern matches: a scan of the dictionary, which is small beside the
    /// postings.</summary>
    public List<int> Matching(GlobPattern pattern)
    {
        var matches = new List<int>();
        for (var term = 0; term < terms.Count; term++)
            if (pattern.IsMatch(terms[term])) matches.Add(term);
        return matches;
    }

    /// <summary>The documents holding any of the given terms.</summary>
    public DocSet Documents(IEnumerable<int> termIds)
    {
        var set = new DocSet(DocumentCount);
        foreach (var term in termIds)
        {
            var reader = Postings(term);
            while (reader.MoveNext()) set.Add(reader.Doc);
        }
        return set;
    }
}

namespace PaperTools.Search;

/// <summary>The five field builders for one contiguous run of papers; runs are built on separate threads, then
/// merged.</summary>
internal sealed class IndexPartition
{
    private IndexPartition(SearchQuery? onlyFor)
    {
        QueryVocabulary? Of(SearchField field) => onlyFor == null ? null : QueryVocabulary.Of(onlyFor, field);
        Title = new FieldIndexBuilder(keepsWordOrder: true, Of(SearchField.Title));
        Abstract = new FieldIndexBuilder(keepsWordOrder: true, Of(SearchField.Abstract));
        Authors = new FieldIndexBuilder(keepsWordOrder: true, Of(SearchField.Author));
        Categories = new FieldIndexBuilder(keepsWordOrder: false, Of(SearchField.Category));
        Ids = new FieldIndexBuilder(keepsWordOrder: false, Of(SearchField.Id));
    }

    public FieldIndexBuilder Title { get; }
    public FieldIndexBuilder Abstract { get; }
    public FieldIndexBuilder Authors { get; }
    public FieldIndexBuilder Categories { get; }
    public FieldIndexBuilder Ids { get; }

    /// <summary>
    /// Indexes papers[start..end), every word or, with onlyFor, that query's words; a null entry indexes as an
    /// empty paper.
    /// </summary>
    public static IndexPartition Build(IReadOnlyList<Paper> papers, int start, int end, SearchQuery? onlyFor,
                                       CancellationToken cancellation)
    {
        var partition = new IndexPartition(onlyFor);
        for (var doc = start; doc < end; doc++)
        {
            if ((doc & 4095) == 0) cancellation.ThrowIfCancellationRequested();
            partition.Add(doc, papers[doc] ?? new Paper());
        }
        return partition;
    }

    private void Add(int doc, Paper paper)
    {
        Title.BeginDocument(doc);
        Title.AddText(paper.Title);
        Title.EndDocument();
        Abstract.BeginDocument(doc);
        Abstract.AddText(paper.Abstract);
        Abstract.EndDocument();
        Authors.BeginDocument(doc);
        if (Authors.Reads)
            foreach (var author in paper.Authors ?? Array.Empty<string>()) Authors.AddText(author);
        Authors.EndDocument();
        Categories.BeginDocument(doc);
        // Normalising a keyword costs a fold and a regex: not for a field the query never looks in.
        if (Categories.Reads)
            foreach (var category in paper.Categories ?? Array.Empty<string>()) Categories.AddKeyword(
                QueryFields.NormalizeKeyword(SearchField.Category, category));
        Categories.EndDocument();
        Ids.BeginDocument(doc);
        if (Ids.Reads)
        {
            Ids.AddKeyword(QueryFields.NormalizeKeyword(SearchField.Id, paper.ArxivId));
            Ids.AddKeyword(QueryFields.NormalizeKeyword(SearchField.Id, paper.Doi));
        }
        Ids.EndDocument();
    }
}

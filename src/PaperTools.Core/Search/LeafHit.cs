namespace PaperTools.Search;

/// <summary>Where one positive query leaf hit in one field: the documents, and the term ids that score them.</summary>
internal sealed class LeafHit(QueryLeaf leaf, SearchField field, DocSet documents, IReadOnlyList<int> termIds)
{
    public QueryLeaf Leaf { get; } = leaf;
    public SearchField Field { get; } = field;
    public DocSet Documents { get; } = documents;
    public IReadOnlyList<int> TermIds { get; } = termIds;
}

#nullable enable

namespace PaperTools.Search;

/// <summary>Where one positive query leaf hit in one field: the documents, and the term ids that score them.</summary>
internal sealed class LeafHit
{
    public LeafHit(QueryLeaf leaf, SearchField field, DocSet documents, IReadOnlyList<int> termIds)
    {
        Leaf = leaf;
        Field = field;
        Documents = documents;
        TermIds = termIds;
    }

    public QueryLeaf Leaf { get; }
    public SearchField Field { get; }
    public DocSet Documents { get; }
    public IReadOnlyList<int> TermIds { get; }
}

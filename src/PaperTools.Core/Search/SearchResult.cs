namespace PaperTools.Search;

/// <summary>One paper a query found, with its BM25 score and a note of which fields and terms hit.</summary>
public sealed class SearchResult(Paper paper, double score, string matches)
{
    public Paper Paper { get; } = paper;

    /// <summary>BM25 over title (weighted) and abstract, rounded to 4 decimals; 0 when only author/category/id terms
    /// hit.</summary>
    public double Score { get; } = score;

    /// <summary>Which terms hit where, field by field: "title: margin, loss; abstract: softmax".</summary>
    public string Matches { get; } = matches;

    public override string ToString() => $"{Score:0.####} {Paper?.Title}";
}

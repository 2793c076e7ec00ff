namespace PaperTools.Search;

/// <summary>
/// The query tree. Leaves hold analysed words (folded, stemmed), so evaluation never re-reads query text;
/// <see cref="QueryLeaf.Display"/> keeps what the user typed, for the Matches note.
/// </summary>
public abstract class QueryNode
{
    internal QueryNode() { }

    /// <summary>The node as query text, fields named: title:attention.</summary>
    public abstract override string ToString();
}

public abstract class QueryLeaf : QueryNode
{
    internal QueryLeaf(SearchField field, string display)
    {
        Field = field;
        Display = display;
    }

    public SearchField Field { get; }

    /// <summary>The term as written, lower-cased: margin, gen*, "domain generalization".</summary>
    public string Display { get; }
}

/// <summary>One word (or, in category:/id:, one whole keyword).</summary>
public sealed class TermNode : QueryLeaf
{
    internal TermNode(SearchField field, string term, string display) : base(field, display)
    {
        Term = term;
    }

    public string Term { get; }

    public override string ToString() => QueryFields.Name(Field) + ":" + Term;
}

/// <summary>A word with * (any run) or ? (one character), matched against every indexed word of the field.</summary>
public sealed class WildcardNode : QueryLeaf
{
    internal WildcardNode(SearchField field, string pattern, string display) : base(field, display)
    {
        Pattern = pattern;
    }

    public string Pattern { get; }

    public override string ToString() => QueryFields.Name(Field) + ":" + Pattern;
}

/// <summary>Words that must follow one another in one field; also what a hyphenated word like AM-Softmax
/// becomes.</summary>
public sealed class PhraseNode : QueryLeaf
{
    internal PhraseNode(SearchField field, IReadOnlyList<string> terms, string display) : base(field, display)
    {
        Terms = terms;
    }

    public IReadOnlyList<string> Terms { get; }

    public override string ToString() => QueryFields.Name(Field) + ":\"" + string.Join(" ", Terms) + "\"";
}

public sealed class AndNode : QueryNode
{
    internal AndNode(IReadOnlyList<QueryNode> children) { Children = children; }

    public IReadOnlyList<QueryNode> Children { get; }

    public override string ToString() => "(" + string.Join(" AND ", Children.Select(c => c.ToString())) + ")";
}

public sealed class OrNode : QueryNode
{
    internal OrNode(IReadOnlyList<QueryNode> children) { Children = children; }

    public IReadOnlyList<QueryNode> Children { get; }

    public override string ToString() => "(" + string.Join(" OR ", Children.Select(c => c.ToString())) + ")";
}

public sealed class NotNode : QueryNode
{
    internal NotNode(QueryNode child) { Child = child; }

    public QueryNode Child { get; }

    public override string ToString() => "NOT " + Child;
}

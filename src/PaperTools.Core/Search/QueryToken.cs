namespace PaperTools.Search;

internal enum QueryTokenKind
{
    Word,
    Phrase,
    Field,
    And,
    Or,
    Not,
    Minus,
    OpenParen,
    CloseParen,
    End,
}

/// <summary>One lexical piece of a query, with the 0-based offset it starts at (for error carets).</summary>
internal readonly struct QueryToken(QueryTokenKind kind, string? text, int position)
{
    public QueryTokenKind Kind { get; } = kind;

    /// <summary>The word, the phrase without quotes, or the field name; empty for operators.</summary>
    public string Text { get; } = text ?? string.Empty;

    public int Position { get; } = position;
}

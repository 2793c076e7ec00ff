#nullable enable
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
internal readonly struct QueryToken
{
    public QueryToken(QueryTokenKind kind, string? text, int position)
    {
        Kind = kind;
        Text = text ?? string.Empty;
        Position = position;
    }

    public QueryTokenKind Kind { get; }

    /// <summary>The word, the phrase without quotes, or the field name; empty for operators.</summary>
    public string Text { get; }

    public int Position { get; }
}

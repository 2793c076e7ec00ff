namespace PaperTools.Search;

/// <summary>Unwinds the lexer and parser at the first fault; <see cref="SearchQuery"/> turns it into a public
/// error.</summary>
internal sealed class QuerySyntaxException : Exception
{
    public QuerySyntaxException(QuerySyntaxError error) : base(error.Reason)
    {
        Error = error;
    }

    public QuerySyntaxError Error { get; }
}

using PaperTools.Diagnostics;

namespace PaperTools.Search;

/// <summary>Why a query cannot be read, and where: a 0-based offset into the query text.</summary>
public sealed class QuerySyntaxError
{
    public QuerySyntaxError(string query, int position, string reason)
    {
        Query = query ?? string.Empty;
        Position = Math.Max(0, Math.Min(position, Query.Length));
        Reason = reason;
    }

    public string Query { get; }
    public int Position { get; }
    public string Reason { get; }

    /// <summary>The reason, then the query with a caret under the offending character.</summary>
    public string Message
    {
        get
        {
            return $"Invalid query at column {Position + 1}: {Reason}{Environment.NewLine}" +
                   $"  {Shown}{Environment.NewLine}" +
                   $"  {new string(' ', Position)}^";
        }
    }

    /// <summary>
    /// The same on one line, quoting the query from the fault on, for where lines run together: PowerShell's
    /// error view joins the lines of an error raised in a script, which would leave the caret under nothing.
    /// </summary>
    public string InlineMessage
    {
        get
        {
            var at = Position < Shown.Length ? $"at column {Position + 1}, '{Shown.Substring(Position)}'"
                : $"at its end (column {Position + 1})";
            return $"Invalid query {at}: {Reason} The query: {Shown}";
        }
    }

    private string Shown => Query.Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');

    public PaperToolsException ToException(bool inline = false)
        => new PaperToolsException(ErrorIds.QuerySyntax, ProblemCategory.SyntaxError, inline ? InlineMessage : Message);

    public override string ToString() => Message;
}

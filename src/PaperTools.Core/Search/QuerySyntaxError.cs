using System;
using PaperTools.Diagnostics;

namespace PaperTools.Search
{
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
                var shown = Query.Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');
                return $"Invalid query at column {Position + 1}: {Reason}{Environment.NewLine}" +
                       $"  {shown}{Environment.NewLine}" +
                       $"  {new string(' ', Position)}^";
            }
        }

        public PaperToolsException ToException()
            => new PaperToolsException(ErrorIds.QuerySyntax, ProblemCategory.ParserError, Message);

        public override string ToString() => Message;
    }
}

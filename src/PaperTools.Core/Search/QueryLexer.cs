namespace PaperTools.Search;

/// <summary>
/// Cuts a query into tokens. Operators are the upper-case words AND, OR, NOT (lower-case "and" is a word);
/// "-" directly before a term negates it; a word of letters ending in ":" names a field.
/// </summary>
internal static class QueryLexer
{
    public static List<QueryToken> Tokenize(string query)
    {
        var tokens = new List<QueryToken>();
        var i = 0;
        while (i < query.Length)
        {
            var c = query[i];
            if (char.IsWhiteSpace(c)) i++;
            else if (c == '(') tokens.Add(new QueryToken(QueryTokenKind.OpenParen, null, i++));
            else if (c == ')') tokens.Add(new QueryToken(QueryTokenKind.CloseParen, null, i++));
            else if (c == '"') i = ReadPhrase(query, i, tokens);
            else if (c == '-')
            {
                if (i + 1 >= query.Length || IsBoundary(query[i + 1]) && query[i + 1] != '(' && query[i + 1] != '"')
                    throw Error(query, i, "'-' must be directly followed by the term it excludes, as in -face.");
                tokens.Add(new QueryToken(QueryTokenKind.Minus, null, i++));
            }
            else i = ReadWord(query, i, tokens);
        }
        tokens.Add(new QueryToken(QueryTokenKind.End, null, query.Length));
        return tokens;
    }

    private static int ReadPhrase(string query, int start, List<QueryToken> tokens)
    {
        var close = query.IndexOf('"', start + 1);
        if (close < 0) throw Error(query, start, "this quote is never closed.");
        var text = query.Substring(start + 1, close - start - 1);
        if (text.Trim().Length == 0) throw Error(query, start, "the quotes hold no words to search for.");
        tokens.Add(new QueryToken(QueryTokenKind.Phrase, text, start));
        return close + 1;
    }

    private static int ReadWord(string query, int start, List<QueryToken> tokens)
    {
        var end = start;
        while (end < query.Length && !IsBoundary(query[end])) end++;
        var word = query.Substring(start, end - start);
        switch (word)
        {
            case "AND": tokens.Add(new QueryToken(QueryTokenKind.And, null, start)); return end;
            case "OR": tokens.Add(new QueryToken(QueryTokenKind.Or, null, start)); return end;
            case "NOT": tokens.Add(new QueryToken(QueryTokenKind.Not, null, start)); return end;
        }
        var colon = word.IndexOf(':');
        if (colon > 0 && IsLetters(word, colon))
        {
            var name = word.Substring(0, colon);
            if (!QueryFields.TryParse(name, out _))
                throw Error(query, start,
                    $"'{name}:' is not a field; use title:, abstract:, author:, category: or id: (or quote the " +
                        "text to search for it).");
            tokens.Add(new QueryToken(QueryTokenKind.Field, name, start));
            return ReadFieldValue(query, start + colon + 1, name, tokens);
        }
        tokens.Add(new QueryToken(QueryTokenKind.Word, word, start));
        return end;
    }

    /// <summary>The value right after "field:": a group, a phrase, or a word taken whole (so id:arXiv:2401.01234 stays
    /// one value).</summary>
    private static int ReadFieldValue(string query, int start, string field, List<QueryToken> tokens)
    {
        if (start >= query.Length || char.IsWhiteSpace(query[start]) || query[start] == ')')
            throw Error(query, start,
                $"'{field}:' needs a value right after the colon, as in {field}:word or {field}:\"two words\".");
        var c = query[start];
        if (c == '(')
        {
            tokens.Add(new QueryToken(QueryTokenKind.OpenParen, null, start));
            return start + 1;
        }
        if (c == '"') return ReadPhrase(query, start, tokens);
        if (c == '-') throw Error(query, start, $"put the '-' before the field to exclude it, as in -{field}:word.");
        var end = start;
        while (end < query.Length && !IsBoundary(query[end])) end++;
        tokens.Add(new QueryToken(QueryTokenKind.Word, query.Substring(start, end - start), start));
        return end;
    }

    private static bool IsBoundary(char c) => char.IsWhiteSpace(c) || c == '(' || c == ')' || c == '"';

    private static bool IsLetters(string word, int count)
    {
        for (var i = 0; i < count; i++)
            if (!char.IsLetter(word[i])) return false;
        return true;
    }

    private static QuerySyntaxException Error(string query, int position, string reason)
        => new QuerySyntaxException(new QuerySyntaxError(query, position, reason));
}

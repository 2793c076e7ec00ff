namespace PaperTools.Search;

/// <summary>
/// Recursive descent over <see cref="QueryLexer"/> tokens. Precedence, loosest first: OR, then AND (also
/// implied between neighbouring terms), then NOT / -. A field prefix applies to one term, phrase or group.
/// Every fault throws <see cref="QuerySyntaxException"/> pointing at the token to blame.
/// </summary>
internal sealed class QueryParser
{
    /// <summary>Deep enough for any real query; keeps a pathological one from exhausting the stack.</summary>
    private const int MaxDepth = 32;

    private readonly string query;
    private readonly List<QueryToken> tokens;
    private readonly WordTokenizer words = new WordTokenizer();
    private int next;

    private QueryParser(string query)
    {
        this.query = query;
        tokens = QueryLexer.Tokenize(query);
    }

    public static QueryNode Parse(string query)
    {
        query = query ?? string.Empty;
        if (query.Trim().Length == 0) throw Error(query, 0, "the query is empty.");
        var parser = new QueryParser(query);
        var root = parser.ParseOr(SearchField.Any, 0);
        var stray = parser.Peek;
        if (stray.Kind != QueryTokenKind.End) throw parser.Error(stray.Position, "this ')' has no matching '('.");
        return root;
    }

    private QueryToken Peek => tokens[next];

    private QueryNode ParseOr(SearchField field, int depth)
    {
        var children = new List<QueryNode> { ParseAnd(field, depth) };
        while (Peek.Kind == QueryTokenKind.Or)
        {
            var op = tokens[next++];
            RequireOperand(op, "OR");
            children.Add(ParseAnd(field, depth));
        }
        return children.Count == 1 ? children[0] : new OrNode(children);
    }

    private QueryNode ParseAnd(SearchField field, int depth)
    {
        var children = new List<QueryNode> { ParseUnary(field, depth) };
        while (true)
        {
            if (Peek.Kind == QueryTokenKind.And)
            {
                var op = tokens[next++];
                RequireOperand(op, "AND");
            }
            else if (!StartsTerm(Peek.Kind)) break;
            children.Add(ParseUnary(field, depth));
        }
        return children.Count == 1 ? children[0] : new AndNode(children);
    }

    private QueryNode ParseUnary(SearchField field, int depth)
    {
        var token = Peek;
        if (token.Kind != QueryTokenKind.Not && token.Kind != QueryTokenKind.Minus) return ParsePrimary(field, depth);
        next++;
        if (token.Kind == QueryTokenKind.Not) RequireOperand(token, "NOT");
        if (depth >= MaxDepth) throw Error(token.Position, $"the query nests deeper than {MaxDepth} levels.");
        return new NotNode(ParseUnary(field, depth + 1));
    }

    private QueryNode ParsePrimary(SearchField field, int depth)
    {
        var token = tokens[next];
        switch (token.Kind)
        {
            case QueryTokenKind.OpenParen:
                return ParseGroup(field, depth);
            case QueryTokenKind.Field:
                if (field != SearchField.Any) throw Error(token.Position,
                    "a field cannot be named inside another field's parentheses.");
                next++;
                QueryFields.TryParse(token.Text, out var named);
                return Peek.Kind == QueryTokenKind.OpenParen ? ParseGroup(named, depth) : ParseLeaf(named);
            case QueryTokenKind.Word:
            case QueryTokenKind.Phrase:
                return ParseLeaf(field);
            case QueryTokenKind.And:
                throw Error(token.Position, "AND needs a term before it.");
            case QueryTokenKind.Or:
                throw Error(token.Position, "OR needs a term before it.");
            case QueryTokenKind.CloseParen:
                throw Error(token.Position, "this ')' has no matching '('.");
            default:
                throw Error(token.Position, "the query ends where a term was expected.");
        }
    }

    private QueryNode ParseGroup(SearchField field, int depth)
    {
        var open = tokens[next++];
        if (depth >= MaxDepth) throw Error(open.Position, $"the query nests deeper than {MaxDepth} levels.");
        if (Peek.Kind == QueryTokenKind.CloseParen) throw Error(open.Position, "the parentheses hold nothing.");
        if (Peek.Kind == QueryTokenKind.End) throw Error(open.Position, "this '(' is never closed.");
        var inner = ParseOr(field, depth + 1);
        if (Peek.Kind != QueryTokenKind.CloseParen) throw Error(open.Position, "this '(' is never closed.");
        next++;
        return inner;
    }

    private QueryNode ParseLeaf(SearchField field)
    {
        var token = tokens[next++];
        var isPhrase = token.Kind == QueryTokenKind.Phrase;
        var display = TextNormalizer.FoldDiacritics(isPhrase ? "\"" + token.Text.Trim() + "\"" : token.Text);
        if (QueryFields.IsKeyword(field))
        {
            var keyword = QueryFields.NormalizeKeyword(field, token.Text);
            if (!HasLetterOrDigit(keyword)) throw Error(token.Position,
                $"'{token.Text}' has no letters or digits to search for.");
            return !isPhrase && IsWildcard(keyword) ? (QueryNode)new WildcardNode(field, keyword, display)
                : new TermNode(field, keyword, display);
        }
        if (!isPhrase && IsWildcard(token.Text)) return ParseWildcard(field, token, display);
        var analysed = words.Words(token.Text);
        if (analysed.Count == 0) throw Error(token.Position, $"'{token.Text}' has no letters or digits to search for.");
        return analysed.Count == 1 ? (QueryNode)new TermNode(field, analysed[0], display)
            : new PhraseNode(field, analysed, display);
    }

    private QueryNode ParseWildcard(SearchField field, QueryToken token, string display)
    {
        var pattern = TextNormalizer.FoldDiacritics(token.Text);
        foreach (var c in pattern)
            if (!char.IsLetterOrDigit(c) && c != '*' && c != '?')
                throw Error(token.Position,
                    $"a wildcard term must be a single word of letters and digits, but '{token.Text}' holds '{c}'.");
        if (!HasLetterOrDigit(pattern)) throw Error(token.Position,
            "a wildcard needs at least one letter or digit beside it, as in gen*.");
        return new WildcardNode(field, pattern, display);
    }

    private void RequireOperand(QueryToken op, string name)
    {
        if (!StartsTerm(Peek.Kind)) throw Error(op.Position, $"{name} needs a term after it.");
    }

    private static bool StartsTerm(QueryTokenKind kind)
        => kind == QueryTokenKind.Word || kind == QueryTokenKind.Phrase || kind == QueryTokenKind.Field ||
           kind == QueryTokenKind.OpenParen || kind == QueryTokenKind.Not || kind == QueryTokenKind.Minus;

    private static bool IsWildcard(string text) => text.IndexOf('*') >= 0 || text.IndexOf('?') >= 0;

    private static bool HasLetterOrDigit(string text)
    {
        foreach (var c in text)
            if (char.IsLetterOrDigit(c)) return true;
        return false;
    }

    private QuerySyntaxException Error(int position, string reason) => Error(query, position, reason);

    private static QuerySyntaxException Error(string query, int position, string reason)
        => new QuerySyntaxException(new QuerySyntaxError(query, position, reason));
}

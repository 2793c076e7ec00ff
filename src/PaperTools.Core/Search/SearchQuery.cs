using System.Diagnostics.CodeAnalysis;
using PaperTools.Diagnostics;

namespace PaperTools.Search;

/// <summary>
/// A parsed Find-Paper query: terms, "phrases", AND / OR / NOT and -term, parentheses, field prefixes
/// (title: abstract: author: category: id:) and wildcards (gen*). Matching ignores case and diacritics and
/// meets plurals on their stem.
/// </summary>
public sealed class SearchQuery
{
    private SearchQuery(string text, QueryNode root)
    {
        Text = text;
        Root = root;
    }

    public string Text { get; }
    public QueryNode Root { get; }

    /// <summary>Parses text or throws a <see cref="PaperToolsException"/> with id <see
    /// cref="ErrorIds.QuerySyntax"/>.</summary>
    public static SearchQuery Parse(string text)
    {
        if (TryParse(text, out var query, out var error)) return query;
        throw error.ToException();
    }

    public static bool TryParse(string text, [NotNullWhen(true)] out SearchQuery? query,
        [NotNullWhen(false)] out QuerySyntaxError? error)
    {
        try
        {
            query = new SearchQuery(text, QueryParser.Parse(text));
            error = null;
            return true;
        }
        catch (QuerySyntaxException ex)
        {
            query = null;
            error = ex.Error;
            return false;
        }
    }

    /// <summary>
    /// The lower-case "and", "or", "not" the query searches as words (operators are upper case), so a caller can
    /// point out that "margin or softmax" asks for all three words; empty when there are none.
    /// </summary>
    public IReadOnlyList<string> LowerCaseOperatorWords
    {
        get
        {
            var tokens = QueryLexer.Tokenize(Text);
            // A word right after a field prefix (title:or) is asked for on purpose.
            return tokens.Where((t, i) => t.Kind == QueryTokenKind.Word
                                          && (t.Text == "and" || t.Text == "or" || t.Text == "not")
                                          && (i == 0 || tokens[i - 1].Kind != QueryTokenKind.Field))
                .Select(t => t.Text).Distinct().ToList();
        }
    }

    public override string ToString() => Root.ToString();
}

using PaperTools.Search;
using Xunit;

namespace PaperTools.Tests.Search;

public class QueryParserTests
{
    private static string Parse(string query) => SearchQuery.Parse(query).ToString();

    [Theory]
    [InlineData("margin", "any:margin")]
    [InlineData("margin loss", "(any:margin AND any:loss)")]
    [InlineData("margin AND loss", "(any:margin AND any:loss)")]
    [InlineData("margin OR loss", "(any:margin OR any:loss)")]
    [InlineData("a OR b c", "(any:a OR (any:b AND any:c))")]
    [InlineData("(a OR b) c", "((any:a OR any:b) AND any:c)")]
    [InlineData("NOT face", "NOT any:face")]
    [InlineData("-face", "NOT any:face")]
    [InlineData("NOT NOT face", "NOT NOT any:face")]
    [InlineData("-(a OR b)", "NOT (any:a OR any:b)")]
    [InlineData("margin and loss", "(any:margin AND any:and AND any:loss)")]
    public void Operators_and_precedence(string query, string expected)
    {
        Assert.Equal(expected, Parse(query));
    }

    [Fact]
    public void The_issue_query_parses_into_and_of_or_and_not()
    {
        Assert.Equal("(any:margin AND (any:loss OR any:softmax) AND NOT any:face)", Parse("margin AND (loss OR softmax) -face"));
    }

    [Theory]
    [InlineData("title:\"domain generalization\"", "title:\"domain generalization\"")]
    [InlineData("author:smith", "author:smith")]
    [InlineData("Title:Margin", "title:margin")]
    [InlineData("abstract:losses", "abstract:loss")]
    [InlineData("category:cs.LG", "category:cs.lg")]
    [InlineData("id:arXiv:2401.01234v2", "id:2401.01234")]
    [InlineData("id:2401.01234", "id:2401.01234")]
    [InlineData("title:(margin OR loss)", "(title:margin OR title:loss)")]
    [InlineData("-title:face", "NOT title:face")]
    [InlineData("title:\"domain generalization\" author:smith", "(title:\"domain generalization\" AND author:smith)")]
    public void Field_prefixes(string query, string expected)
    {
        Assert.Equal(expected, Parse(query));
    }

    [Theory]
    [InlineData("gen*", "any:gen*")]
    [InlineData("optim?ze", "any:optim?ze")]
    [InlineData("GEN*", "any:gen*")]
    [InlineData("author:smi*", "author:smi*")]
    [InlineData("category:cs.*", "category:cs.*")]
    public void Wildcards_are_kept_as_patterns(string query, string expected)
    {
        Assert.Equal(expected, Parse(query));
    }

    [Theory]
    [InlineData("Losses", "any:loss")]
    [InlineData("Łojasiewicz", "any:lojasiewicz")]
    [InlineData("AM-Softmax", "any:\"am softmax\"")]
    [InlineData("\"single\"", "any:single")]
    [InlineData("\"Additive Margins\"", "any:\"additive margin\"")]
    public void Terms_are_folded_stemmed_and_split_like_the_index(string query, string expected)
    {
        Assert.Equal(expected, Parse(query));
    }

    [Fact]
    public void Matches_note_shows_the_term_as_typed_lower_cased()
    {
        var leaf = Assert.IsType<TermNode>(SearchQuery.Parse("Losses").Root);
        Assert.Equal("losses", leaf.Display);
        Assert.Equal("loss", leaf.Term);
    }

    [Theory]
    [InlineData("margin or softmax", "or")]
    [InlineData("margin and softmax not face", "and,not")]
    [InlineData("margin OR softmax", "")]
    [InlineData("\"margin or softmax\"", "")]
    [InlineData("title:or", "")]
    [InlineData("order ORacle", "")]
    public void NamesTheLowerCaseOperatorsItSearchesAsWords(string query, string words)
        => Assert.Equal(words.Length == 0 ? new string[0] : words.Split(','), SearchQuery.Parse(query).LowerCaseOperatorWords);
}

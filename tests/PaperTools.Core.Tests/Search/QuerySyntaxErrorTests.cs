using System;
using PaperTools.Diagnostics;
using PaperTools.Search;
using Xunit;

namespace PaperTools.Tests.Search;

public class QuerySyntaxErrorTests
{
    [Theory]
    [InlineData("", 0, "empty")]
    [InlineData("   ", 0, "empty")]
    [InlineData("(margin", 0, "never closed")]
    [InlineData("margin (loss", 7, "never closed")]
    [InlineData("title:(margin", 6, "never closed")]
    [InlineData("margin)", 6, "no matching '('")]
    [InlineData("a) OR (b", 1, "no matching '('")]
    [InlineData(")", 0, "no matching '('")]
    [InlineData("()", 0, "hold nothing")]
    [InlineData("margin ()", 7, "hold nothing")]
    [InlineData("margin AND", 7, "AND needs a term after it")]
    [InlineData("AND margin", 0, "AND needs a term before it")]
    [InlineData("margin OR", 7, "OR needs a term after it")]
    [InlineData("OR margin", 0, "OR needs a term before it")]
    [InlineData("margin AND OR loss", 7, "AND needs a term after it")]
    [InlineData("(margin OR)", 8, "OR needs a term after it")]
    [InlineData("margin AND )", 7, "AND needs a term after it")]
    [InlineData("NOT", 0, "NOT needs a term after it")]
    [InlineData("margin NOT", 7, "NOT needs a term after it")]
    [InlineData("-", 0, "'-' must be directly followed")]
    [InlineData("margin - loss", 7, "'-' must be directly followed")]
    [InlineData("(margin -)", 8, "'-' must be directly followed")]
    [InlineData("\"\"", 0, "no words")]
    [InlineData("margin \"   \"", 7, "no words")]
    [InlineData("\"unclosed phrase", 0, "never closed")]
    [InlineData("margin \"loss", 7, "never closed")]
    [InlineData("foo:bar", 0, "'foo:' is not a field")]
    [InlineData("margin journal:nature", 7, "'journal:' is not a field")]
    [InlineData("title:", 6, "needs a value")]
    [InlineData("title: margin", 6, "needs a value")]
    [InlineData("(title:)", 7, "needs a value")]
    [InlineData("title:-face", 6, "put the '-' before the field")]
    [InlineData("title:(abstract:margin)", 7, "inside another field")]
    [InlineData("!!!", 0, "no letters or digits")]
    [InlineData("margin \"?!\"", 7, "no letters or digits")]
    [InlineData("category:!!", 9, "no letters or digits")]
    [InlineData("*", 0, "at least one letter")]
    [InlineData("margin ?*", 7, "at least one letter")]
    [InlineData("self-sup*", 0, "single word")]
    public void Malformed_queries_name_the_fault_and_its_position(string query, int position, string reason)
    {
        Assert.False(SearchQuery.TryParse(query, out var parsed, out var error));
        Assert.Null(parsed);
        Assert.Equal(position, error.Position);
        Assert.Contains(reason, error.Reason);

        var thrown = Assert.Throws<PaperToolsException>(() => SearchQuery.Parse(query));
        Assert.Equal(ErrorIds.QuerySyntax, thrown.ErrorId);
        Assert.Equal(ProblemCategory.SyntaxError, thrown.Category);
        Assert.Contains($"column {position + 1}", thrown.Message);
    }

    [Fact]
    public void The_caret_stands_under_the_fault_and_the_inline_form_quotes_it()
    {
        Assert.False(SearchQuery.TryParse("margin AND (loss", out _, out var error));
        var lines = error.Message.Split(Environment.NewLine);
        Assert.Equal(3, lines.Length);
        Assert.Equal("  margin AND (loss", lines[1]);
        Assert.Equal(lines[1].IndexOf('('), lines[2].IndexOf('^'));

        Assert.DoesNotContain(Environment.NewLine, error.InlineMessage);
        Assert.StartsWith("Invalid query at column 12, '(loss': ", error.InlineMessage);
        Assert.EndsWith("The query: margin AND (loss", error.InlineMessage);

        Assert.False(SearchQuery.TryParse("margin AND", out _, out var atEnd));
        Assert.Contains("column 8, 'AND'", atEnd.InlineMessage);
        Assert.False(SearchQuery.TryParse("", out _, out var empty));
        Assert.Contains("at its end (column 1)", empty.InlineMessage);
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_refused_not_a_stack_overflow()
    {
        var deep = new string('(', 40) + "margin" + new string(')', 40);
        Assert.False(SearchQuery.TryParse(deep, out _, out var error));
        Assert.Equal(32, error.Position);
        Assert.Contains("nests deeper", error.Reason);

        var negations = string.Concat(System.Linq.Enumerable.Repeat("NOT ", 100000)) + "face";
        Assert.False(SearchQuery.TryParse(negations, out _, out var notError));
        Assert.Contains("nests deeper", notError.Reason);
    }

    [Fact]
    public void Nesting_within_the_limit_parses()
    {
        var nested = new string('(', 10) + "margin" + new string(')', 10);
        Assert.Equal("any:margin", SearchQuery.Parse(nested).ToString());
    }

    [Fact]
    public void Message_shows_the_query_with_a_caret_under_the_fault()
    {
        var error = Assert.Throws<PaperToolsException>(() => SearchQuery.Parse("margin AND (loss OR softmax))"));
        var lines = error.Message.Split(new[] { Environment.NewLine }, StringSplitOptions.None);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("Invalid query at column 29: this ')' has no matching '('", lines[0]);
        Assert.Equal("  margin AND (loss OR softmax))", lines[1]);
        Assert.Equal("  " + new string(' ', 28) + "^", lines[2]);
    }

    [Fact]
    public void Line_breaks_in_the_query_do_not_misplace_the_caret()
    {
        var error = Assert.Throws<PaperToolsException>(() => SearchQuery.Parse("margin\nAND"));
        var lines = error.Message.Split(new[] { Environment.NewLine }, StringSplitOptions.None);
        Assert.Equal("  margin AND", lines[1]);
        Assert.Equal("         ^", lines[2]);
    }

    [Fact]
    public void Null_query_is_an_empty_query()
    {
        Assert.False(SearchQuery.TryParse(null, out _, out var error));
        Assert.Equal(0, error.Position);
        Assert.Contains("empty", error.Reason);
    }
}

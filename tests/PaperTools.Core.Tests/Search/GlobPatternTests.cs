using PaperTools.Search;
using Xunit;

namespace PaperTools.Tests.Search;

public class GlobPatternTests
{
    [Theory]
    [InlineData("gen*", "generalization", true)]
    [InlineData("gen*", "engine", false)]
    [InlineData("*gen*", "engine", false)]
    [InlineData("*gin*", "engine", true)]
    [InlineData("a*b*c", "axxbyyc", true)]
    [InlineData("a*b*c", "axxbyy", false)]
    [InlineData("a*b*c", "abcabc", true)]
    [InlineData("??", "ab", true)]
    [InlineData("??", "abc", false)]
    [InlineData("", "", true)]
    [InlineData("", "a", false)]
    [InlineData("*", "", true)]
    [InlineData("[abc]x", "bx", true)]
    [InlineData("[abc]x", "dx", false)]
    [InlineData("[0-9][0-9]", "42", true)]
    [InlineData("[a-", "[a-", true)]
    [InlineData("x[]", "x[]", true)]
    [InlineData("`*", "*", true)]
    [InlineData("`*", "a", false)]
    [InlineData("*`?", "why?", true)]
    [InlineData("*`?", "why", false)]
    [InlineData("FÖPPL*", "foppl beam", true)]
    [InlineData("*Ł*", "Lojasiewicz", true)]
    public void Matches_like_powershell_ignoring_case_and_diacritics(string pattern, string text, bool expected)
    {
        Assert.Equal(expected, new GlobPattern(pattern).IsMatch(text));
    }

    [Fact]
    public void Null_text_is_empty_text()
    {
        Assert.True(new GlobPattern("*").IsMatch(null));
        Assert.False(new GlobPattern("a*").IsMatch(null));
    }
}

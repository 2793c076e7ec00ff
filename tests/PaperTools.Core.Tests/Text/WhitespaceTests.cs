using Xunit;

namespace PaperTools.Core.Tests.Text;

/// <summary>Whitespace.Collapse folds every character .NET calls white space, and the no-break space, to one space.
/// </summary>
public class WhitespaceTests
{
    [Fact]
    public void EveryWhiteSpaceCharacterCollapses()
    {
        // Its quick path ("already collapsed") must know every such character, or a text holding one is kept as is.
        for (var code = 0; code <= char.MaxValue; code++)
        {
            var c = (char)code;
            var text = "a" + c + "b";
            var expected = c == ' ' || !Whitespace.IsSpace(c) ? text : "a b";
            Assert.Equal(expected, Whitespace.Collapse(text));
        }
    }

    [Theory]
    [InlineData("  A\u00A0 title\r\n\tin\u2009parts ", "A title in parts")]
    [InlineData("\u3000\u2028", null)]
    [InlineData("One line", "One line")]
    public void RunsOfWhiteSpaceBecomeOneSpace(string text, string expected)
        => Assert.Equal(expected, Whitespace.Collapse(text));
}

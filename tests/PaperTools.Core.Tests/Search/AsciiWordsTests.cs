#nullable enable
using System.Linq;
using System.Text;
using PaperTools.Search;
using Xunit;

namespace PaperTools.Tests.Search;

public class AsciiWordsTests
{
    [Fact]
    public void Counts_the_words_the_tokenizer_finds_in_every_ascii_text_of_the_real_digests()
    {
        var texts = Enumerable.Range(0, 5).SelectMany(i => Fixture.Import(Fixture.SharedDigest($"{i:000}")).Papers)
            .SelectMany(p => new[] { p.Title, p.Abstract }).Where(t => t != null && Ascii.IsValid(t)).ToList();
        Assert.True(texts.Count > 500, $"{texts.Count} texts");
        foreach (var text in texts) Assert.Equal(new WordTokenizer().Words(text!).Count, AsciiWords.Count(text!));
    }

    [Theory]
    [InlineData("")]
    [InlineData("a")]
    [InlineData(" ")]
    [InlineData("@[`{/:09AZaz")]                           // the characters on either side of each range
    [InlineData("abcdefghijklmnopq rstuvwxyz0123456 7")]    // words across the sixteen-character lanes
    [InlineData("x x x x x x x x x x x x x x x x x x x x x")]
    [InlineData("-----------------------------------------word")]
    [InlineData("\t\r\n\0\u007fA\u007fb\u001fc~d^e_f|g")]
    public void Counts_crafted_texts_as_the_tokenizer_does(string text)
        => Assert.Equal(new WordTokenizer().Words(text).Count, AsciiWords.Count(text));

    [Theory]
    [InlineData("é")]
    [InlineData("margin margin margin margin margin é")]  // after the vectorised lanes
    [InlineData("Łojasiewicz inequality in sixteen-character lanes")]
    [InlineData("a")]
    public void Says_a_text_with_other_characters_is_not_ascii(string text) => Assert.Equal(-1, AsciiWords.Count(text));
}

using PaperTools.Search;
using Xunit;

namespace PaperTools.Tests.Search;

public class WordTokenizerTests
{
    [Theory]
    [InlineData("losses", "loss")]
    [InlineData("loss", "loss")]
    [InlineData("classes", "class")]
    [InlineData("margins", "margin")]
    [InlineData("studies", "study")]
    [InlineData("approaches", "approach")]
    [InlineData("boxes", "box")]
    [InlineData("corpus", "corpus")]
    [InlineData("analysis", "analysis")]
    [InlineData("gas", "gas")]
    [InlineData("its", "its")]
    [InlineData("generalization", "generalization")]
    [InlineData("models", "model")]
    public void Stemming_only_strips_plurals(string word, string stem)
    {
        Assert.Equal(new[] { stem }, new WordTokenizer().Words(word));
    }

    [Fact]
    public void Words_are_lower_cased_folded_split_on_punctuation_and_stemmed()
    {
        var words = new WordTokenizer().Words("Łojasiewicz-type BOUNDS, via Föppl's AM-Softmax (2019) e\u0301te\u0301");
        Assert.Equal(new[] { "lojasiewicz", "type", "bound", "via", "foppl", "s", "am", "softmax", "2019", "ete" }, words);
    }

    [Fact]
    public void Overlong_runs_are_cut_identically_and_lone_marks_are_skipped()
    {
        var tokenizer = new WordTokenizer(stem: false);
        var words = tokenizer.Words(new string('a', 200) + " \u0301 \u0301\u0301 b");
        Assert.Equal(new[] { new string('a', WordTokenizer.MaxWordLength), "b" }, words);
        Assert.Empty(tokenizer.Words(null));
        Assert.Empty(tokenizer.Words("  ,;  "));
    }

    [Fact]
    public void Words_read_sixteen_characters_at_a_time_end_where_read_one_at_a_time()
    {
        // ASCII's neighbours of the letters and digits separate; words of 15, 16 and 17 characters, the first ending
        // inside a sixteen-character block and the others running past it, read the same with more text behind them.
        var tokenizer = new WordTokenizer(stem: false);
        var words = tokenizer.Words(
            "A@Z[a`z{0/9: ABCDEFGHIJKLMNO abcdefghijklmnoP AbcdefghijklmnopQ tail of the text here");
        Assert.Equal(new[]
        {
            "a", "z", "a", "z", "0", "9", "abcdefghijklmno", "abcdefghijklmnop", "abcdefghijklmnopq",
            "tail", "of", "the", "text", "here",
        }, words);
    }
}

using Xunit;

namespace PaperTools.Tests.Text;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("Łojasiewicz", "lojasiewicz")]
    [InlineData("Föppl", "foppl")]
    [InlineData("Týr-the-Pruner", "tyr-the-pruner")]
    [InlineData("Ørsted", "orsted")]
    public void FoldsDiacriticsAndCase(string text, string folded) => Assert.Equal(folded, TextNormalizer.FoldDiacritics(text));

    [Theory]
    [InlineData("UniHG: A Large-scale Dataset", "unihg a large scale dataset")]
    [InlineData("  PFGM++:  Unlocking   the Potential ", "pfgm unlocking the potential")]
    [InlineData("Who Said Neural Networks Aren't Linear?", "who said neural networks aren t linear")]
    [InlineData(null, "")]
    public void NormalizesTitles(string title, string normalized) => Assert.Equal(normalized, TextNormalizer.NormalizeTitle(title));
}

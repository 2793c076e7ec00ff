using PaperTools.BibTeX;
using PaperTools.Formats.BibTeX;
using Xunit;

namespace PaperTools.Tests.BibTeX;

public class CaseProtectionTests
{
    [Theory]
    [InlineData("BERT", true)]
    [InlineData("GPT", true)]
    [InlineData("PixArt", true)]
    [InlineData("LLaMA", true)]
    [InlineData("iPhone", true)]
    [InlineData("3D", true)]
    [InlineData("V100", true)]
    [InlineData("Q", true)]
    [InlineData("Gaussian", true)]
    [InlineData("Gödel", true)]
    [InlineData("A", false)]
    [InlineData("Attention", false)]
    [InlineData("learning", false)]
    [InlineData("2024", false)]
    public void ProtectsWordsWhoseCaseMatters(string word, bool expected) => Assert.Equal(expected, CaseProtection.NeedsProtection(word));
}

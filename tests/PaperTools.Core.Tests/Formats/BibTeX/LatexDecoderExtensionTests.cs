using Xunit;

namespace PaperTools.Tests.BibTeX;

/// <summary>What the BibTeX reader needs of the shared decoder: nested accents, the reserved-character commands, math kept.</summary>
public class LatexDecoderExtensionTests
{
    [Theory]
    [InlineData(@"Nguy{\~{\^e}}n", "Nguyễn")]
    [InlineData(@"{\'{\o}}", "ǿ")]
    [InlineData(@"{\textbackslash}input{\textbraceleft}x{\textbraceright}", @"\input{x}")]
    [InlineData(@"{\textasciitilde}2 and x{\textasciicircum}2", "~2 and x^2")]
    [InlineData(@"1-{}-10 and `{}`x'{}'", "1--10 and ``x''")]
    public void DecodesWhatTheWriterWrites(string latex, string expected) => Assert.Equal(expected, LatexDecoder.Decode(latex));

    [Theory]
    [InlineData(@"{$O(n^2)$} and $\alpha$", "$O(n^2)$ and α")]
    [InlineData(@"costs \$5 and \$10", "costs $5 and $10")]
    [InlineData(@"$\mathcal{L}$", @"$\mathcal{L}$")]
    public void KeepsMathWhenAsked(string latex, string expected) => Assert.Equal(expected, LatexDecoder.Decode(latex, keepMath: true));

    [Fact]
    public void DecodesMathByDefaultAsBefore() => Assert.Equal("O(n^2)", LatexDecoder.Decode("$O(n^2)$"));

    [Fact]
    public void DeepNestingNeitherThrowsNorOverflows()
    {
        var deep = string.Concat(System.Linq.Enumerable.Repeat(@"\'{", 20000)) + "e" + new string('}', 20000);
        Assert.NotNull(LatexDecoder.Decode(deep));
    }
}

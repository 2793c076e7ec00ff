using Xunit;

namespace PaperTools.Tests.Model;

public class ArxivIdentifierTests
{
    [Theory]
    [InlineData("2401.01234", "2401.01234", null)]
    [InlineData("2401.01234v2", "2401.01234", 2)]
    [InlineData("0704.0001", "0704.0001", null)]
    [InlineData("2401.0123a", "2401.0123", null)]
    [InlineData("arXiv:1706.03762v7", "1706.03762", 7)]
    [InlineData("oai:arXiv.org:2509.01234v1", "2509.01234", 1)]
    [InlineData("https://arxiv.org/abs/2312.00001v3", "2312.00001", 3)]
    [InlineData("https://arxiv.org/pdf/0704.0001", "0704.0001", null)]
    [InlineData("hep-th/9901001", "hep-th/9901001", null)]
    [InlineData("arXiv:hep-th/9901001v2", "hep-th/9901001", 2)]
    [InlineData("math.AG/0601001", "math.AG/0601001", null)]
    [InlineData("MATH.ag/0601001", "math.AG/0601001", null)]
    public void ParsesEveryCommonForm(string text, string id, int? version)
    {
        Assert.True(ArxivIdentifier.TryParse(text, out var parsed, out var parsedVersion));
        Assert.Equal(id, parsed);
        Assert.Equal(version, parsedVersion);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("10.1145/3292500.3330701")]
    [InlineData("version 1.2345")]
    [InlineData("12401.012345")]
    [InlineData("2401x01234")]
    [InlineData("240a.01234")]
    public void RejectsWhatIsNotAnId(string text) => Assert.False(ArxivIdentifier.TryParse(text, out _, out _));
}

using Xunit;

namespace PaperTools.Tests.Model;

public class PaperIdentityTests
{
    [Fact]
    public void IdPrefersArxivThenDoiThenTitle()
    {
        Assert.Equal("arxiv:1706.03762", new Paper { ArxivId = "1706.03762", Doi = "10.5555/X", Title = "Attention" }.Id);
        Assert.Equal("doi:10.5555/abc", new Paper { Doi = "10.5555/ABC", Title = "Attention" }.Id);
        Assert.Equal("title:attention is all you need", new Paper { Title = "Attention Is All You Need!" }.Id);
        Assert.Null(new Paper().Id);
    }

    [Fact]
    public void ToStringIsTheTitle() => Assert.Equal("A Title", new Paper { Title = "A Title" }.ToString());
}

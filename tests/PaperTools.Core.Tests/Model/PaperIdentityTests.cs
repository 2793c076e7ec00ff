using Xunit;

namespace PaperTools.Tests.Model
{
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
        public void SameWorkMatchesOnAnySharedIdentifier()
        {
            var preprint = new Paper { ArxivId = "1706.03762", Doi = "10.48550/arXiv.1706.03762", Title = "Attention Is All You Need" };
            Assert.True(PaperIdentity.SameWork(preprint, new Paper { Title = "attention is all you need" }));
            Assert.True(PaperIdentity.SameWork(preprint, new Paper { Doi = "10.48550/ARXIV.1706.03762" }));
            Assert.True(PaperIdentity.SameWork(preprint, new Paper { ArxivId = "1706.03762", Title = "Other words" }));
            Assert.False(PaperIdentity.SameWork(preprint, new Paper { Title = "Attention Is Not All You Need" }));
            Assert.False(PaperIdentity.SameWork(new Paper(), new Paper()));
        }

        [Fact]
        public void ToStringIsTheTitle() => Assert.Equal("A Title", new Paper { Title = "A Title" }.ToString());
    }
}

using Xunit;

namespace PaperTools.Tests.Model;

public class PublicationYearTests
{
    [Theory]
    [InlineData("Adv.Theor.Math.Phys. 2 (1998) 231-252", 1998)]
    [InlineData("Journal of Machine Learning Research 25 (2024) 1-38", 2024)]
    [InlineData("Proceedings of ACL 2024, pp. 112--130", 2024)]
    [InlineData("Phys. Rev. D 2011, 84 (2013) 1-10", 2013)]
    [InlineData("Nature 521, 436-444", null)]
    [InlineData(null, null)]
    public void ReadsTheJournalReferenceYear(string journalRef, int? year) => Assert.Equal(year, PublicationYear.FromJournalRef(journalRef));

    [Theory]
    [InlineData("2402.18001", 2024)]
    [InlineData("0704.0001", 2007)]
    [InlineData("hep-th/9901001", 1999)]
    [InlineData("math.AG/0601001", 2006)]
    [InlineData("2413.00001", null)]
    [InlineData(null, null)]
    public void ReadsTheArxivIdYear(string id, int? year) => Assert.Equal(year, PublicationYear.FromArxivId(id));

    [Fact]
    public void KeepsAStatedYearAndPrefersTheJournal()
    {
        Assert.Equal(2017, PublicationYear.Complete(new Paper { Year = 2017, ArxivId = "2402.18001" }).Year);
        Assert.Equal(1998, PublicationYear.Complete(new Paper { ArxivId = "hep-th/9711200", JournalRef = "Adv.Theor.Math.Phys. 2 (1998) 231-252" }).Year);
        Assert.Equal(2024, PublicationYear.Complete(new Paper { ArxivId = "2402.18001" }).Year);
        Assert.Null(PublicationYear.Complete(new Paper { Title = "A digest paper", DigestDate = new System.DateTime(2025, 8, 20) }).Year);
    }
}

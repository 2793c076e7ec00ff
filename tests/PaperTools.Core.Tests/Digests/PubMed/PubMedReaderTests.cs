using System;
using System.Linq;
using PaperTools.Diagnostics;
using Xunit;

namespace PaperTools.Tests.Digests.PubMed;

/// <summary>PubMed efetch XML, from Biopython's Tests/Entrez: every file opens with NLM's DOCTYPE, which is skipped unread.</summary>
public class PubMedReaderTests
{
    [Fact]
    public void ReadsEveryArticleOfAnEfetchReply()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("pubmed", "efetch_pubmed1.xml"));
        Assert.Empty(problems);
        Assert.Equal(2, papers.Count);
        Assert.All(papers, p => Assert.Equal(DigestFormat.PubMed, p.SourceFormat));
        Assert.Equal("The treatment of AIDS behind the walls of correctional facilities.", papers[0].Title);
        Assert.Equal(new[] { "Olivero, J Michael" }, papers[0].Authors);
        Assert.Equal(1990, papers[0].Year);
        Assert.Null(papers[0].Published);
        Assert.Null(papers[0].Doi);
        Assert.Equal("https://pubmed.ncbi.nlm.nih.gov/12091962/", papers[0].Url);
        Assert.Equal("Social justice (San Francisco, Calif.)", papers[0].Venue);
        Assert.Equal(new[] { "Health Care and Public Health", "Legal Approach" }, papers[0].Keywords);

        Assert.Equal("10.1016/0005-2795(76)90109-4", papers[1].Doi);
        Assert.Equal(new DateTime(1976, 9, 28), papers[1].Published);
        Assert.Equal(new[] { "Strekas, T C" }, papers[1].Authors);
        Assert.StartsWith("Electron paramagnetic resonance and magnetic susceptibility studies", papers[1].Abstract);
    }

    [Fact]
    public void ReadsTitlesWithMarkupAndGroupAuthors()
    {
        var markup = Assert.Single(Fixture.Import(Fixture.Path("pubmed", "efetch_pubmed6.xml")).Papers);
        Assert.Equal("A \"Blood Relationship\" Between the Overlooked Minimum Lactate Equivalent and Maximal Lactate Steady State in Trained Runners. Back to the Old Days?", markup.Title);
        Assert.Equal("10.3389/fphys.2018.01034", markup.Doi);
        Assert.Equal(2018, markup.Year);

        var group = Assert.Single(Fixture.Import(Fixture.Path("pubmed", "efetch_pubmed7.xml")).Papers);
        Assert.Equal("Guo, Fumin", group.Authors[0]);
        Assert.Equal("Canadian Respiratory Research Network", group.Authors.Last());
        Assert.Equal("10.1117/1.JMI.5.2.026002", group.Doi);
    }

    [Fact]
    public void AReplyCutShortKeepsTheArticlesBeforeTheCut()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("pubmed", "efetch_cut_in_second_article.xml"));
        Assert.Equal("10.1006/cryo.2001.2328", Assert.Single(papers).Doi);
        Assert.Equal(ErrorIds.DigestTruncated, Assert.Single(problems).ErrorId);
    }

    [Fact]
    public void ADoctypeWithItsOwnEntitiesIsRefused()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("pubmed", "efetch_internal_subset.xml"));
        Assert.Empty(papers);
        Assert.Equal(ErrorIds.DigestUnsafeXml, Assert.Single(problems).ErrorId);
    }
}

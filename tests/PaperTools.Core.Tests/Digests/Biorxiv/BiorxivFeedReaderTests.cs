using System;
using System.Linq;
using Xunit;

namespace PaperTools.Tests.Digests.Biorxiv;

public class BiorxivFeedReaderTests
{
    [Fact]
    public void ReadsTheBioRxivItemMinifluxKeeps()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("biorxiv", "bioengineering_2019-11-29.rdf"));
        Assert.Empty(problems);
        var paper = Assert.Single(papers);
        Assert.Equal(DigestFormat.BiorxivFeed, paper.SourceFormat);
        Assert.Equal("Microscale Collagen and Fibroblast Interactions Enhance Primary Human Hepatocyte Functions in 3-Dimensional Models", paper.Title);
        Assert.Equal(new[] { "Kukla, D.", "Crampton, A.", "Wood, D.", "Khetani, S." }, paper.Authors);
        Assert.Equal("10.1101/857789", paper.Doi);
        Assert.Equal("doi:10.1101/857789", paper.Id);
        Assert.Equal(new DateTime(2019, 11, 29), paper.Published);
        Assert.Equal(2019, paper.Year);
        Assert.Equal("bioRxiv", paper.Venue);
        Assert.Null(paper.ArxivId);
        Assert.StartsWith("Human liver models that are 3-dimensional", paper.Abstract);
    }

    [Fact]
    public void ReadsMedRxivNamesInPairsAndDatesOnlyTheFirstVersion()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("biorxiv", "medrxiv_crafted_2024-06-03.rdf"));
        Assert.Empty(problems);
        Assert.Equal(new[] { "Smith, J. A.", "Doe, B." }, papers[0].Authors);
        Assert.Equal(new[] { "García-López, M.", "COVID-19 Genomics UK Consortium", "van der Berg, H. J." }, papers[1].Authors);
        Assert.Equal(new DateTime(2024, 6, 3), papers[0].Published);
        Assert.Null(papers[1].Published);
        Assert.Null(papers[1].Year);
        Assert.Equal("medRxiv", papers[1].Venue);
        Assert.Equal("10.1101/2023.11.02.23297923", papers[1].Doi);
    }

    [Fact]
    public void AnArxivFeedIsStillAnArxivFeed()
        => Assert.All(Fixture.Import(Fixture.Path("arxiv-feed", "cs.LG.rss.xml")).Papers, p => Assert.Equal(DigestFormat.ArxivFeed, p.SourceFormat));
}

using System;
using PaperTools.Diagnostics;
using Xunit;

namespace PaperTools.Tests.Digests.HuggingFace;

public class HuggingFacePaperPageTests
{
    [Fact]
    public void ASavedPaperPageGivesItsPaper()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("huggingface-paper", "paper_2508.14001.html"));
        Assert.Empty(problems);
        var paper = Assert.Single(papers);
        Assert.Equal(DigestFormat.HuggingFaceHtml, paper.SourceFormat);
        Assert.Equal("Learning Theory for Kernel Bilevel Optimization", paper.Title);
        Assert.Equal(new[] { "Joan Solà", "Kenji Sato", "Yiwen Zhou", "Priya Natarajan" }, paper.Authors);
        Assert.Equal("2508.14001", paper.ArxivId);
        Assert.Equal(new DateTime(2025, 8, 19), paper.Published);
        Assert.Equal(new DateTime(2025, 8, 20), paper.DigestDate);
        Assert.Equal(59, paper.Upvotes);
        Assert.StartsWith("Bilevel optimization has emerged", paper.Abstract);
    }

    [Fact]
    public void APageSavedWithoutItsDataStillNamesThePaper()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("huggingface-paper", "paper_2508.14001_without_props.html"));
        Assert.Empty(problems);
        var paper = Assert.Single(papers);
        Assert.Equal("Learning Theory for Kernel Bilevel Optimization", paper.Title);
        Assert.Equal("2508.14001", paper.ArxivId);
        Assert.Empty(paper.Authors);
        Assert.Equal(2025, paper.Year);
    }

    [Fact]
    public void AHuggingFacePageWithNoPaperIsReported()
    {
        const string html = "<!doctype html><html><head><link rel=\"canonical\" href=\"https://huggingface.co/papers/trending\"/></head><body><h1>Trending</h1></body></html>";
        var (papers, problems) = Fixture.Import(Fixture.TempFile("trending.html", System.Text.Encoding.UTF8.GetBytes(html)));
        Assert.Empty(papers);
        Assert.Equal(ErrorIds.DigestEntryInvalid, Assert.Single(problems).ErrorId);
    }
}

using System;
using System.Linq;
using System.Text;
using PaperTools.Diagnostics;
using PaperTools.Digests;
using Xunit;

namespace PaperTools.Tests.Digests.HuggingFace;

public class HuggingFaceHtmlReaderTests
{
    private static readonly string Page = Fixture.Path("huggingface-html", "daily_papers_2025-08-25.html");

    [Fact]
    public void ReadsTheEmbeddedListOfTheDay()
    {
        var (papers, problems) = Fixture.Import(Page);
        Assert.Empty(problems);
        Assert.Equal(22, papers.Count);
        Assert.All(papers, p => Assert.Equal(DigestFormat.HuggingFaceHtml, p.SourceFormat));
        Assert.All(papers, p => Assert.Equal(new DateTime(2025, 8, 25), p.DigestDate));
        Assert.All(papers, p => Assert.Equal(23, p.SourceLine));
    }

    [Fact]
    public void ReadsEveryFieldOfAnEmbeddedItem()
    {
        var first = Fixture.Import(Page).Papers[0];
        Assert.Equal("The Price of Differential Privacy under Continual Observation", first.Title);
        Assert.NotNull(first.Abstract);
        Assert.Equal(new[] { "Jürgen Schmidhuber", "Olga Petrova" }, first.Authors);
        Assert.Equal("2508.17011", first.ArxivId);
        Assert.Equal(new DateTime(2025, 8, 24), first.Published);
        Assert.Equal(2025, first.Year);
        Assert.Equal(15, first.Upvotes);
        Assert.Equal(new[] { "differential", "privacy", "continual", "observation" }, first.Keywords);
        Assert.Equal("https://github.com/schmidhuber/the", first.CodeUrl);
        Assert.Equal("https://the.github.io/", first.ProjectUrl);
        Assert.Equal("https://arxiv.org/abs/2508.17011", first.Url);
        Assert.Equal("https://arxiv.org/pdf/2508.17011", first.PdfUrl);
    }

    [Fact]
    public void SkipsHiddenAuthors()
    {
        var third = Fixture.Import(Page).Papers[2];
        Assert.Equal("Which Invariance Should We Transfer? A Causal Minimax Learning Approach", third.Title);
        Assert.Equal(new[] { "Yuki Tanaka", "Olga Petrova", "Kenji Sato", "Emily Brown" }, third.Authors);
        Assert.Equal(18, third.Upvotes);
    }

    [Fact]
    public void FallsBackToTheVisibleCards()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("huggingface-html", "daily_papers_cards_only.html"));
        Assert.Empty(problems);
        Assert.Equal(20, papers.Count);
        var second = papers[1];
        Assert.Equal("ArcFace: Additive Angular Margin Loss for Deep Face Recognition", second.Title);
        Assert.Equal("2508.18058", second.ArxivId);
        Assert.Equal("https://arxiv.org/abs/2508.18058", second.Url);
        Assert.Equal("https://arxiv.org/pdf/2508.18058", second.PdfUrl);
        Assert.Equal(new DateTime(2025, 8, 26), second.DigestDate);
        Assert.Equal(25, second.SourceLine);
        Assert.Null(second.Abstract);
        Assert.Equal("RegMix: Data Mixing Augmentation for Regression", papers[19].Title);
    }

    [Fact]
    public void APageCutInsideTheEmbeddedListKeepsTheCompleteItems()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("huggingface-html", "daily_papers_truncated.html"));
        Assert.Equal(10, papers.Count);
        Assert.Equal("APP: Anytime Progressive Pruning", papers[9].Title);
        Assert.Equal(ErrorIds.DigestTruncated, Assert.Single(problems).ErrorId);
    }

    [Fact]
    public void APageCutAmongTheCardsIsReported()
    {
        var html = System.IO.File.ReadAllText(Fixture.Path("huggingface-html", "daily_papers_cards_only.html"));
        var cut = html.Substring(0, html.IndexOf("RegMix", StringComparison.Ordinal));
        var (papers, problems) = Fixture.Import(Fixture.TempFile("cut.html", Encoding.UTF8.GetBytes(cut)));
        Assert.Equal(20, papers.Count);
        Assert.Null(papers[19].Title);
        Assert.Equal("2508.18724", papers[19].ArxivId);
        Assert.Equal(ErrorIds.DigestTruncated, Assert.Single(problems).ErrorId);
    }
}

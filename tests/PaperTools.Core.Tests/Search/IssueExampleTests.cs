using System;
using System.Linq;
using PaperTools.Digests;
using PaperTools.Search;
using Xunit;

namespace PaperTools.Tests.Search;

/// <summary>The issue's three example calls, run on the real digests in tests/Fixtures/text.</summary>
public class IssueExampleTests
{
    private static bool HasWord(Paper paper, string stem)
    {
        var words = new WordTokenizer();
        return words.Words(paper.Title).Contains(stem) || words.Words(paper.Abstract).Contains(stem);
    }

    [Fact]
    public void Margin_and_loss_or_softmax_not_face_on_digest_002()
    {
        var papers = Fixture.Import(Fixture.SharedDigest("002")).Papers;
        var results = PaperIndex.Build(papers).Search(SearchQuery.Parse("margin AND (loss OR softmax) -face"));

        var expected = papers.Where(p => HasWord(p, "margin") && (HasWord(p, "loss") || HasWord(p, "softmax")) && !HasWord(p, "face")).ToHashSet();
        Assert.True(expected.Count >= 10);
        Assert.Equal(expected, results.Select(r => r.Paper).ToHashSet());
        Assert.DoesNotContain(results, r => r.Paper.Title.Contains("ArcFace"));
        // The two papers with "Margin Loss" in their title lead.
        Assert.All(results.Take(2), r => Assert.Contains("Margin Loss", r.Paper.Title));
        Assert.All(results.Take(2), r => Assert.StartsWith("title: margin, loss; abstract:", r.Matches));
    }

    [Fact]
    public void Title_phrase_on_digest_001_finds_exactly_the_titles_holding_it()
    {
        var papers = Fixture.Import(Fixture.SharedDigest("001")).Papers;
        var results = PaperIndex.Build(papers).Search(SearchQuery.Parse("title:\"domain generalization\""), SearchSort.Relevance, 10);

        var expected = papers.Where(p => TextNormalizer.NormalizeTitle(p.Title).Contains("domain generalization")).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected.ToHashSet(), results.Select(r => r.Paper).ToHashSet());
        Assert.All(results, r => Assert.Equal("title: \"domain generalization\"", r.Matches));
    }

    [Fact]
    public void Bilevel_title_since_a_date_on_digest_000()
    {
        var papers = Fixture.Import(Fixture.SharedDigest("000"), new DigestImportOptions { DigestDate = new DateTime(2025, 8, 20) }).Papers;
        var sinceAugust = new PaperFilter(titles: new[] { "*Bilevel*" }, since: new DateTime(2025, 8, 1));
        var found = Assert.Single(papers, sinceAugust.Matches);
        Assert.Equal("Learning Theory for Kernel Bilevel Optimization", found.Title);
        Assert.DoesNotContain(papers, new PaperFilter(titles: new[] { "*Bilevel*" }, since: new DateTime(2025, 9, 1)).Matches);
        // Plain-text digests carry no categories, so -Category cs.LG lets none through.
        Assert.DoesNotContain(papers, new PaperFilter(titles: new[] { "*Bilevel*" }, categories: new[] { "cs.LG" }).Matches);
    }

    [Fact]
    public void Lojasiewicz_finds_the_title_spelt_with_L_stroke_on_digest_003()
    {
        var papers = Fixture.Import(Fixture.SharedDigest("003")).Papers;
        var results = PaperIndex.Build(papers).Search(SearchQuery.Parse("title:Lojasiewicz"));
        var only = Assert.Single(results);
        Assert.Contains("Łojasiewicz", only.Paper.Title);
        // Unfielded, it also finds the abstract that writes it without the stroke, ranked below the title hit.
        var anywhere = PaperIndex.Build(papers).Search(SearchQuery.Parse("łojasiewicz"));
        Assert.Equal(2, anywhere.Count);
        Assert.Same(only.Paper, anywhere[0].Paper);
        Assert.Contains("Kurdyka-Lojasiewicz", anywhere[1].Paper.Abstract);
    }

    [Fact]
    public void Losses_finds_papers_that_only_say_loss()
    {
        var papers = Fixture.Import(Fixture.SharedDigest("002")).Papers;
        var index = PaperIndex.Build(papers);
        var losses = index.Search(SearchQuery.Parse("losses")).Select(r => r.Paper).ToList();
        Assert.Contains(losses, p => p.Title == "Asymmetric Loss For Multi-Label Classification" && !p.Abstract.Contains("losses"));
        Assert.Equal(losses, index.Search(SearchQuery.Parse("loss")).Select(r => r.Paper));
    }
}

using System;
using System.Linq;
using PaperTools.Diagnostics;
using Xunit;

namespace PaperTools.Tests.Digests.SemanticScholar;

/// <summary>Semantic Scholar Graph API replies, from the recorded responses danielnsilva/semanticscholar tests against.</summary>
public class SemanticScholarReaderTests
{
    [Fact]
    public void ReadsEveryPaperOfASearch()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("semantic-scholar", "search_turing.json"));
        Assert.Empty(problems);
        Assert.Equal(100, papers.Count);
        Assert.All(papers, p => Assert.Equal(DigestFormat.SemanticScholar, p.SourceFormat));
        Assert.Equal("Using DeepSpeed and Megatron to Train Megatron-Turing NLG 530B, A Large-Scale Generative Language Model", papers[0].Title);
        Assert.Equal("Turing patterns in multiplex networks.", papers[99].Title);
        Assert.Equal("https://www.semanticscholar.org/paper/7cbc2a7843411a1768ab762930707af0a3c33a19", papers[0].Url);
        Assert.All(papers, p => Assert.Null(p.Year));
    }

    [Fact]
    public void ReadsOnePaper()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("semantic-scholar", "paper_turing_1950.json"));
        Assert.Empty(problems);
        var paper = Assert.Single(papers);
        Assert.Equal("Computing Machinery and Intelligence", paper.Title);
        Assert.Equal(new[] { "A. Turing" }, paper.Authors);
        Assert.Equal(1950, paper.Year);
        Assert.Equal(new DateTime(1950, 10, 1), paper.Published);
        Assert.Equal("10.1093/MIND/LIX.236.433", paper.Doi);
        Assert.Equal("The Philosophy of Artificial Intelligence", paper.Venue);
    }

    [Fact]
    public void ABatchReportsTheIdsItDidNotFind()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("semantic-scholar", "batch_with_not_found.json"));
        Assert.Equal(new[] { "How Much Should We Trust Differences-in-Differences Estimates?", "The Miracle of Microfinance? Evidence from a Randomized Evaluation", "Improving Third-Party Audits and Regulatory Compliance in India" }, papers.Select(p => p.Title));
        Assert.Equal(new[] { "Marianne Bertrand", "E. Duflo", "S. Mullainathan" }, papers[0].Authors);
        Assert.Equal(new int?[] { 2001, 2013, 2023 }, papers.Select(p => p.Year));
        Assert.Equal(ErrorIds.DigestEntryInvalid, Assert.Single(problems).ErrorId);
    }

    [Fact]
    public void ABatchCutShortKeepsTheCompletePapers()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("semantic-scholar", "batch_cut_mid_item.json"));
        Assert.NotEmpty(papers);
        Assert.Contains(problems, p => p.ErrorId == ErrorIds.DigestTruncated);
    }

    [Fact]
    public void WrongTypesAndHugeValuesAreNamedAndTheRestRead()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("semantic-scholar", "hostile_wrong_types.json"));
        Assert.Equal(3, papers.Count);
        Assert.Equal(1950, papers[0].Year);
        Assert.Null(papers[1].Title);
        Assert.Equal("1706.03762", papers[1].ArxivId);
        Assert.Equal(2017, papers[1].Year);
        Assert.Equal(100000, papers[2].Authors.Single().Length);
        Assert.Equal(new[] { ErrorIds.DigestEntryInvalid, ErrorIds.DigestEntryInvalid, ErrorIds.DigestEntryInvalid }, problems.Select(p => p.ErrorId));
        Assert.Contains(problems, p => p.Message.Contains("99999999999"));
    }
}

using System;
using System.Linq;
using PaperTools.Diagnostics;
using Xunit;

namespace PaperTools.Tests.Digests.OpenAlex;

/// <summary>OpenAlex works: the one the research_assistant client tests against (W2741809807), alone and in a list reply.</summary>
public class OpenAlexReaderTests
{
    [Fact]
    public void ReadsOneWork()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("openalex", "work_W2741809807.json"));
        var paper = Assert.Single(papers);
        Assert.Equal(DigestFormat.OpenAlex, paper.SourceFormat);
        Assert.Equal("The state of OA: a large-scale analysis of the prevalence and impact of Open Access articles", paper.Title);
        Assert.Equal(9, paper.Authors.Length);
        Assert.Equal("Heather A. Piwowar", paper.Authors[0]);
        Assert.Equal("Vincent Larivière", paper.Authors[2]);
        Assert.Equal(2018, paper.Year);
        Assert.Equal(new DateTime(2018, 2, 13), paper.Published);
        Assert.Equal("10.7717/peerj.4375", paper.Doi);
        Assert.Equal("PeerJ", paper.Venue);
        Assert.Equal("https://peerj.com/articles/4375.pdf", paper.PdfUrl);
        // The client's copy keeps only four words of the index: a cut index gives no abstract, and says so.
        Assert.Null(paper.Abstract);
        Assert.Equal(ErrorIds.DigestEntryInvalid, Assert.Single(problems).ErrorId);
    }

    [Fact]
    public void ReadsAListReplyAndNamesItsDamagedWorks()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("openalex", "works_list_with_hostile_items.json"));
        Assert.Equal(new[] { "The state of OA: a large-scale analysis of the prevalence and impact of Open Access articles", "Inverted index with absurd positions", "Year out of range" }, papers.Select(p => p.Title));
        Assert.Equal(2020, papers[1].Year);
        Assert.Null(papers[1].Abstract);
        Assert.Null(papers[2].Year);
        Assert.Empty(papers[2].Authors);
        Assert.Equal(4, problems.Count);
        Assert.All(problems, p => Assert.Equal(ErrorIds.DigestEntryInvalid, p.ErrorId));
    }

    [Fact]
    public void PutsAnIntactIndexBackInOrder()
    {
        const string json = "{\"id\":\"https://openalex.org/W9\",\"title\":\"T\",\"abstract_inverted_index\":{\"world\":[1],\"Hello\":[0],\"again\":[3],\"hello\":[2]}}";
        var (papers, problems) = Fixture.Import(Fixture.TempFile("work.json", System.Text.Encoding.UTF8.GetBytes(json)));
        Assert.Empty(problems);
        Assert.Equal("Hello world hello again", Assert.Single(papers).Abstract);
    }

    [Fact]
    public void AListCutShortKeepsTheCompleteWorks()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("openalex", "works_list_cut.json"));
        Assert.Single(papers);
        Assert.Contains(problems, p => p.ErrorId == ErrorIds.DigestTruncated);
    }
}

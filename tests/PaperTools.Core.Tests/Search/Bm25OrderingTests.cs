using System.Collections.Generic;
using System.Linq;
using PaperTools.Search;
using Xunit;

namespace PaperTools.Tests.Search;

public class Bm25OrderingTests
{
    /*
     * Query "margin" over four papers (k1 = 1.2, b = 0.75, title weight 2.5, abstract weight 1):
     *   A  title "Margin methods"        abstract "We study one margin here."            (title tf 1, abstract tf 1)
     *   B  title "Speaker verification"  abstract "Margin, margin and margin again."     (abstract tf 3, 5 words)
     *   C  title "Image retrieval"       abstract of 18 words ending in "margin"         (abstract tf 1, long)
     *   D  title "Graph networks"        abstract without the word                        (no match)
     * Title: "margin" is in 1 of 4 titles, idf = ln(1 + (4 - 1 + 0.5) / 1.5) = 1.204; abstract: 3 of 4, idf = ln(1 + 1.5 / 3.5) = 0.357.
     * Average abstract length (5 + 5 + 18 + 4) / 4 = 8 words; average title length 2.
     *   A = 2.5 * 1.204 * (1 * 2.2 / (1 + 1.2 * (0.25 + 0.75 * 2/2)))        = 2.5 * 1.204 * 1.0     = 3.010
     *     + 0.357 * (2.2 / (1 + 1.2 * (0.25 + 0.75 * 5/8)))                    = 0.357 * 1.181         = 0.421   -> 3.431
     *   B = 0.357 * (3 * 2.2 / (3 + 1.2 * (0.25 + 0.75 * 5/8)))                = 0.357 * 1.709         = 0.610
     *   C = 0.357 * (2.2 / (1 + 1.2 * (0.25 + 0.75 * 18/8)))                   = 0.357 * 0.662         = 0.236
     * So A (the title hit) first, then B (three hits in a short abstract), then C (one hit in a long one); D absent.
     */
    private static readonly List<Paper> Corpus = new List<Paper>
    {
        Papers.Make("Margin methods", "We study one margin here."),
        Papers.Make("Speaker verification", "Margin, margin and margin again."),
        Papers.Make("Image retrieval", "We test retrieval with embeddings over many public datasets and report strong results on every benchmark and margin."),
        Papers.Make("Graph networks", "Nothing relevant at all."),
    };

    [Fact]
    public void Title_hit_beats_repeated_abstract_hits_which_beat_a_single_hit_in_a_long_abstract()
    {
        var results = PaperIndex.Build(Corpus).Search(SearchQuery.Parse("margin"));
        Assert.Equal(new[] { Corpus[0], Corpus[1], Corpus[2] }, results.Select(r => r.Paper));
        Assert.Equal(3.431, results[0].Score, 2);
        Assert.Equal(0.610, results[1].Score, 2);
        Assert.Equal(0.236, results[2].Score, 2);
        Assert.Equal("title: margin; abstract: margin", results[0].Matches);
        Assert.Equal("abstract: margin", results[1].Matches);
    }

    [Fact]
    public void A_rare_word_outweighs_a_common_one()
    {
        // "loss" is in every abstract (idf ~0.13), "softmax" in one (idf ~1.20): the softmax paper ranks first.
        var papers = new List<Paper>
        {
            Papers.Make("One", "loss loss"),
            Papers.Make("Two", "loss softmax"),
            Papers.Make("Three", "loss"),
            Papers.Make("Four", "loss"),
        };
        var results = PaperIndex.Build(papers).Search(SearchQuery.Parse("loss OR softmax"));
        Assert.Same(papers[1], results[0].Paper);
        Assert.Same(papers[0], results[1].Paper);
        Assert.Equal(results[2].Score, results[3].Score);
        Assert.Equal(new[] { papers[2], papers[3] }, results.Skip(2).Select(r => r.Paper)); // ties keep input order
    }

    [Fact]
    public void Scores_are_in_descending_order_under_relevance()
    {
        var digest = Fixture.Import(Fixture.SharedDigest("002")).Papers;
        var scores = PaperIndex.Build(digest).Search(SearchQuery.Parse("margin OR loss OR softmax")).Select(r => r.Score).ToList();
        Assert.True(scores.Count > 10);
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        Assert.All(scores, s => Assert.True(s > 0));
    }
}

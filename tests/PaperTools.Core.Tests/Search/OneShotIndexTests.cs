#nullable enable
using System.Collections.Generic;
using System.Linq;
using PaperTools.Search;
using Xunit;

namespace PaperTools.Tests.Search;

/// <summary>
/// The index built for one query (what Find-Paper builds) against the full index: the same papers, in the same order,
/// with the same scores and Matches notes, over real digests and crafted papers.
/// </summary>
public class OneShotIndexTests
{
    /// <summary>The shared text digests and every reader fixture: real titles, abstracts, authors.</summary>
    private static readonly List<Paper> RealPapers = Enumerable.Range(0, 5)
        .SelectMany(i => Fixture.Import(Fixture.SharedDigest($"{i:000}")).Papers)
        .Concat(Fixture.ReaderFixturePapers())
        .ToList();

    /// <summary>The benchmark's queries, then words, phrases, AND/OR/NOT, fields, wildcards, stems.</summary>
    private static readonly string[] QueryTexts =
    {
        "margin", "margin AND (loss OR softmax) -face", "learning model", "\"margin loss\" OR \"learning loss\"",
        "\"margin softmax\"", "\"learning model\"", "title:\"contrastive learning\" speaker",
        "language", "models", "model", "studies", "diffusion OR video", "reasoning AND agent", "reasoning -agent",
        "NOT language", "-(model OR learning)", "\"large language models\"",
        "\"language model\" OR \"vision language\"",
        "\"the the\"", "\"of the model\"", "title:video", "abstract:video -title:video", "title:(agent OR agents)",
        "author:wang", "author:\"wang\" OR author:li", "author:zh*", "category:cs.*",
        "category:cs.CV OR category:cs.LG",
        "id:2508*", "gen* AND model", "*former", "reason?ng", "multi*", "\"state of the art\"", "state-of-the-art",
        "nonexistentwordxyz", "nonexistentwordxyz OR diffusion", "łojasiewicz OR naive OR naïve",
        "(diffusion AND (image OR video)) OR (language AND -vision) OR title:benchmark*",
    };

    public static TheoryData<string> Queries()
    {
        var data = new TheoryData<string>();
        foreach (var query in QueryTexts) data.Add(query);
        return data;
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void Answers_as_the_full_index_does_over_real_digests(string query)
    {
        var parsed = SearchQuery.Parse(query);
        var full = PaperIndex.Build(RealPapers);
        var oneShot = PaperIndex.BuildFor(RealPapers, parsed);
        var orders = new (SearchSort, int?)[]
        {
            (SearchSort.Relevance, null), (SearchSort.Relevance, 7), (SearchSort.Date, 5), (SearchSort.Title, null),
        };
        foreach (var (sort, top) in orders)
            Assert.Equal(Results(RealPapers, full, parsed, sort, top), Results(RealPapers, oneShot, parsed, sort, top));
    }

    [Fact]
    public void The_queries_find_papers_in_the_real_digests()
    {
        // Equal empty answers prove nothing: most queries must match, and many papers in all.
        var full = PaperIndex.Build(RealPapers);
        var counts = QueryTexts.Select(query => full.Search(SearchQuery.Parse(query)).Count).ToList();
        Assert.True(RealPapers.Count > 100, $"{RealPapers.Count} papers");
        Assert.True(counts.Count(c => c > 0) >= QueryTexts.Length - 6, string.Join(",", counts));
        Assert.True(counts.Sum() > 1000, string.Join(",", counts));
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void Built_in_parallel_runs_answers_as_the_full_index_built_in_one(string query)
    {
        var parsed = SearchQuery.Parse(query);
        var expected = Results(RealPapers, PaperIndex.Build(RealPapers, 1, null, default), parsed);
        foreach (var runs in new[] { 3, 17 })
            Assert.Equal(expected, Results(RealPapers, PaperIndex.Build(RealPapers, runs, parsed, default), parsed));
    }

    [Theory]
    [InlineData("\"margin loss\"")]           // the phrase's words with a left-out word between them: no match
    [InlineData("\"smith ana\"")]             // two authors end to end: no phrase spans them
    [InlineData("author:\"smith ana\"")]
    [InlineData("\"loss loss\" OR \"margin margin margin\"")]
    [InlineData("title:margin* abstract:\"angular margin\"")]
    [InlineData("category:cs.sd OR id:2401.01234 OR id:10.1000/xyz.42")]
    [InlineData("nunez OR núñez OR author:nunez")]
    [InlineData("-margin")]
    [InlineData("margin OR study")]                 // anchors inside words, at either end, by digits, upper case
    [InlineData("\"angular margin loss\" OR \"margin study\"")]
    [InlineData("margin2 OR 2margin OR lossless")]
    public void Answers_as_the_full_index_does_on_crafted_papers(string query)
    {
        var papers = new List<Paper?>
        {
            Papers.Make("Margin loss", "margin softmax loss loss, margin margin margin.",
                        new[] { "John Smith", "Ana Núñez" }, new[] { "cs.SD" }, "2401.01234v2"),
            Papers.Make("Margin of a loss", "an angular margin, the angular   margin; margin big loss",
                        new[] { "Ana Smith" }),
            null,
            Papers.Make("", null, null, new[] { new string('c', 300) }, null, null, null, "10.1000/XYZ.42"),
            Papers.Make("Margins", "Lossless margin\u0301s loss", new[] { "Smith" }),
            Papers.Make("MARGIN-based Studies", "submargin 2margin margin2 Margin, margins; study studies studying " +
                        "margin" + new string('x', 70) + " angular  margin loss lossless margin study margin"),
        }!;
        var parsed = SearchQuery.Parse(query);
        var expected = Results(papers!, PaperIndex.Build(papers!), parsed);
        Assert.Equal(expected, Results(papers!, PaperIndex.BuildFor(papers!, parsed), parsed));
    }

    private static List<(int Paper, double Score, string Matches)> Results(IList<Paper> papers, PaperIndex index,
        SearchQuery query, SearchSort sort = SearchSort.Relevance, int? top = null)
        => index.Search(query, sort, top).Select(r => (papers.IndexOf(r.Paper), r.Score, r.Matches)).ToList();
}

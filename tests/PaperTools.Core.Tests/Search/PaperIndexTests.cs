using System;
using System.Collections.Generic;
using System.Linq;
using PaperTools.Search;
using Xunit;

namespace PaperTools.Tests.Search;

public class PaperIndexTests
{
    private static readonly List<Paper> Corpus = new List<Paper>
    {
        Papers.Make("Margin loss for speakers", "We add an angular margin to the softmax loss.", new[] { "John Smith", "Ana Núñez" }, new[] { "cs.SD", "eess.AS" }, "2401.01234", new DateTime(2024, 1, 3)),
        Papers.Make("Face recognition with margins", "ArcFace adds a margin for face embeddings and a loss.", new[] { "Wei Smithson" }, new[] { "cs.CV" }, "1801.07698", new DateTime(2018, 1, 23)),
        Papers.Make("Softmax margins", "A margin in the softmax.", new[] { "Grace Hopper" }, new[] { "cs.LG" }, null, null, new DateTime(2025, 8, 20), "10.1000/XYZ.42"),
        Papers.Make("Graph networks", "Nothing about it, but domain generalization studies.", new[] { "Łukasz Kaiser" }, new[] { "cs.LG", "stat.ML" }, "2508.00001", new DateTime(2025, 8, 1)),
        Papers.Make("Generative models of a domain", "Generalization of the domain is hard; we optimize and optimise losses.", null, new[] { "cs.LGX" }),
    };

    private static readonly PaperIndex Index = PaperIndex.Build(Corpus);

    private static int[] Find(string query, SearchSort sort = SearchSort.Relevance, int? top = null)
        => Index.Search(SearchQuery.Parse(query), sort, top).Select(r => Corpus.IndexOf(r.Paper)).ToArray();

    private static int[] Sorted(string query) => Find(query).OrderBy(i => i).ToArray();

    [Theory]
    [InlineData("margin", new[] { 0, 1, 2 })]
    [InlineData("margin AND (loss OR softmax) -face", new[] { 0, 2 })]
    [InlineData("margin AND (loss OR softmax) NOT face", new[] { 0, 2 })]
    [InlineData("-face", new[] { 0, 2, 3, 4 })]
    [InlineData("NOT margin", new[] { 3, 4 })]
    [InlineData("margin OR graph", new[] { 0, 1, 2, 3 })]
    [InlineData("margin graph", new int[0])]
    [InlineData("MARGIN Softmax", new[] { 0, 2 })]
    [InlineData("-(margin OR graph)", new[] { 4 })]
    [InlineData("nonexistentword", new int[0])]
    [InlineData("nonexistentword OR graph", new[] { 3 })]
    public void Boolean_matching(string query, int[] expected)
    {
        Assert.Equal(expected, Sorted(query));
    }

    [Theory]
    [InlineData("losses", new[] { 0, 1, 4 })]
    [InlineData("loss", new[] { 0, 1, 4 })]
    [InlineData("margins", new[] { 0, 1, 2 })]
    [InlineData("study", new[] { 3 })]
    [InlineData("NUNEZ", new int[0])]
    [InlineData("author:nunez", new[] { 0 })]
    [InlineData("author:Núñez", new[] { 0 })]
    [InlineData("author:lukasz", new[] { 3 })]
    public void Plurals_case_and_diacritics_meet(string query, int[] expected)
    {
        Assert.Equal(expected, Sorted(query));
    }

    [Theory]
    [InlineData("gen*", new[] { 3, 4 })]
    [InlineData("title:gen*", new[] { 4 })]
    [InlineData("optimi?e", new[] { 4 })]
    [InlineData("marg?n", new[] { 0, 1, 2 })]
    [InlineData("*ftmax", new[] { 0, 2 })]
    [InlineData("zzz*", new int[0])]
    [InlineData("author:smith*", new[] { 0, 1 })]
    [InlineData("category:cs.*", new[] { 0, 1, 2, 3, 4 })]
    [InlineData("category:cs.l?", new[] { 2, 3 })]
    public void Wildcards(string query, int[] expected)
    {
        Assert.Equal(expected, Sorted(query));
    }

    [Theory]
    [InlineData("\"domain generalization\"", new[] { 3 })]
    [InlineData("\"generalization domain\"", new int[0])]
    [InlineData("domain generalization", new[] { 3, 4 })]
    [InlineData("\"angular margin\"", new[] { 0 })]
    [InlineData("\"margin angular\"", new int[0])]
    [InlineData("\"the softmax\"", new[] { 0, 2 })]
    [InlineData("title:\"margin loss\"", new[] { 0 })]
    [InlineData("abstract:\"margin loss\"", new int[0])]
    [InlineData("author:\"john smith\"", new[] { 0 })]
    [InlineData("author:\"smith john\"", new int[0])]
    [InlineData("author:\"smith ana\"", new int[0])]
    [InlineData("\"margin to the softmax loss\"", new[] { 0 })]
    [InlineData("\"margin margin\"", new int[0])]
    public void Phrases_need_the_words_in_order_within_one_field(string query, int[] expected)
    {
        Assert.Equal(expected, Sorted(query));
    }

    [Theory]
    [InlineData("title:margin", new[] { 0, 1, 2 })]
    [InlineData("title:loss", new[] { 0 })]
    [InlineData("abstract:loss", new[] { 0, 1, 4 })]
    [InlineData("title:face", new[] { 1 })]
    [InlineData("author:smith", new[] { 0 })]
    [InlineData("smith", new int[0])]
    [InlineData("category:cs.LG", new[] { 2, 3 })]
    [InlineData("category:\"stat.ML\"", new[] { 3 })]
    [InlineData("id:2401.01234", new[] { 0 })]
    [InlineData("id:arXiv:2401.01234v3", new[] { 0 })]
    [InlineData("id:10.1000/xyz.42", new[] { 2 })]
    [InlineData("id:2401.0123", new int[0])]
    [InlineData("id:2401.*", new[] { 0 })]
    public void Field_prefixes_restrict_where_a_term_may_hit(string query, int[] expected)
    {
        Assert.Equal(expected, Sorted(query));
    }

    [Fact]
    public void Phrases_with_repeated_words_and_longer_than_64_words()
    {
        var papers = new List<Paper>
        {
            Papers.Make("a a b", null),
            Papers.Make("a b a", null),
            Papers.Make(string.Join(" ", Enumerable.Range(0, 70).Select(i => "w" + i)), null),
        };
        var index = PaperIndex.Build(papers);
        Assert.Equal(new[] { papers[0] }, index.Search(SearchQuery.Parse("\"a a b\"")).Select(r => r.Paper));
        Assert.Equal(new[] { papers[0], papers[1] }, index.Search(SearchQuery.Parse("\"a b\"")).Select(r => r.Paper).OrderBy(papers.IndexOf));
        var longPhrase = "\"" + string.Join(" ", Enumerable.Range(2, 66).Select(i => "w" + i)) + "\"";
        Assert.Equal(new[] { papers[2] }, index.Search(SearchQuery.Parse(longPhrase)).Select(r => r.Paper));
        Assert.Empty(index.Search(SearchQuery.Parse("\"w1 w3\"")));
    }

    [Fact]
    public void A_phrase_is_only_found_where_a_word_starts_even_among_multi_byte_term_ids()
    {
        // Words w0..w699 take term ids in that order; id 644 is stored as the bytes 85 05 and id 4 as 05, so the bytes
        // of "w4 w7" (05 08) stand inside "w4 w644 w7" (05 85 05 08), one byte into a word: that is no match.
        var papers = Enumerable.Range(0, 700).Select(i => Papers.Make("w" + i, null)).ToList();
        papers.Add(Papers.Make("w4 w644 w7", null));
        papers.Add(Papers.Make("w4 w7", null));
        foreach (var runs in new[] { 1, 3 })
        {
            var index = PaperIndex.Build(papers, runs, default);
            Assert.Equal(new[] { papers[701] }, index.Search(SearchQuery.Parse("\"w4 w7\"")).Select(r => r.Paper));
            Assert.Equal(new[] { papers[700] }, index.Search(SearchQuery.Parse("\"w644 w7\"")).Select(r => r.Paper));
        }
    }

    [Theory]
    [InlineData("\"studies show\"", new[] { 0, 1 })]
    [InlineData("\"study shows\"", new[] { 0, 1 })]
    [InlineData("\"margin loss\"", new[] { 2, 4 })]
    [InlineData("\"MARGIN-LOSS\"", new[] { 2, 4 })]
    [InlineData("\"lojasiewicz gradient\"", new[] { 3 })]
    [InlineData("\"gradient inequality\"", new[] { 3 })]
    [InlineData("\"box loss\"", new[] { 5 })]
    public void Phrases_find_every_written_form_of_their_words(string query, int[] expected)
    {
        var papers = new List<Paper>
        {
            Papers.Make("Studies show it", null),
            Papers.Make("A study shows", null),
            Papers.Make("xmargin loss, then Margin Losses", null),  // the first "margin" is inside a word
            Papers.Make("Łojasiewicz Gradient Inequality", null),    // not ASCII: read word by word
            Papers.Make("margin-loss", null),
            Papers.Make("Boxes loss", null),
        };
        var index = PaperIndex.Build(papers);
        Assert.Equal(expected, index.Search(SearchQuery.Parse(query)).Select(r => papers.IndexOf(r.Paper)).OrderBy(i => i));
    }

    [Fact]
    public void Matches_note_lists_fields_and_terms_that_hit()
    {
        var results = Index.Search(SearchQuery.Parse("margin AND (loss OR softmax) -face author:smith"));
        var only = Assert.Single(results);
        Assert.Same(Corpus[0], only.Paper);
        Assert.Equal("title: margin, loss; abstract: margin, loss, softmax; author: smith", only.Matches);
    }

    [Fact]
    public void Negated_terms_neither_score_nor_appear_in_matches()
    {
        var withNot = Index.Search(SearchQuery.Parse("margin -graph")).ToDictionary(r => r.Paper, r => r.Score);
        var without = Index.Search(SearchQuery.Parse("margin")).ToDictionary(r => r.Paper, r => r.Score);
        Assert.Equal(without, withNot);
        Assert.All(Index.Search(SearchQuery.Parse("-face")), r => Assert.Equal(0, r.Score));
        Assert.All(Index.Search(SearchQuery.Parse("-face")), r => Assert.Equal(string.Empty, r.Matches));
    }

    [Fact]
    public void Author_category_and_id_terms_match_without_scoring()
    {
        var results = Index.Search(SearchQuery.Parse("category:cs.LG"));
        Assert.Equal(new[] { Corpus[2], Corpus[3] }, results.Select(r => r.Paper));
        Assert.All(results, r => Assert.Equal(0, r.Score));
        Assert.Equal("category: cs.lg", results[0].Matches);
    }

    [Fact]
    public void Top_keeps_the_best()
    {
        var all = Find("margin");
        Assert.Equal(all.Take(2), Find("margin", top: 2));
        Assert.Equal(all, Find("margin", top: 100));
    }

    [Fact]
    public void Sort_by_date_is_newest_first_using_published_else_digest_date_undated_last()
    {
        // 0: published 2024-01-03, 1: 2018-01-23, 2: digest 2025-08-20, 3: published 2025-08-01, 4: undated.
        Assert.Equal(new[] { 2, 3, 0, 1, 4 }, Find("-nonexistentword", SearchSort.Date));
        Assert.Equal(new[] { 2, 3 }, Find("-nonexistentword", SearchSort.Date, 2));
    }

    [Fact]
    public void Sort_by_title_is_alphabetical_ignoring_case()
    {
        Assert.Equal(new[] { 1, 4, 3, 0, 2 }, Find("-nonexistentword", SearchSort.Title));
    }

    [Fact]
    public void Empty_and_null_entries_do_not_break_the_index()
    {
        var papers = new List<Paper> { null, new Paper(), Papers.Make("Margin", null), Papers.Make(null, "margin") };
        var index = PaperIndex.Build(papers);
        var results = index.Search(SearchQuery.Parse("margin"));
        Assert.Equal(new[] { papers[2], papers[3] }.ToHashSet(), results.Select(r => r.Paper).ToHashSet());
        Assert.Empty(PaperIndex.Build(new List<Paper>()).Search(SearchQuery.Parse("margin")));
        Assert.Equal(4, index.Search(SearchQuery.Parse("-margin OR margin")).Count);
    }

    [Fact]
    public void Build_stops_when_cancelled()
    {
        using var cancelled = new System.Threading.CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => PaperIndex.Build(Corpus, cancelled.Token));
    }

    [Theory]
    [InlineData("margin AND (loss OR softmax) -face")]
    [InlineData("\"domain generalization\" OR gen*")]
    [InlineData("author:smith* OR category:cs.* OR id:2401.01234")]
    [InlineData("-margin")]
    public void Building_in_parallel_runs_gives_the_same_index_as_one_run(string query)
    {
        // Runs of different sizes, including runs where a word is absent and runs of one paper.
        var papers = Enumerable.Range(0, 2000).Select(i => Corpus[(i * 7) % Corpus.Count]).Concat(Corpus).ToList();
        var parsed = SearchQuery.Parse(query);
        var single = PaperIndex.Build(papers, 1, default).Search(parsed).Select(r => (papers.IndexOf(r.Paper), r.Score, r.Matches)).ToList();
        foreach (var runs in new[] { 2, 3, 7, 2005 })
        {
            var merged = PaperIndex.Build(papers, runs, default).Search(parsed).Select(r => (papers.IndexOf(r.Paper), r.Score, r.Matches)).ToList();
            Assert.Equal(single, merged);
        }
        Assert.NotEmpty(single);
    }

    [Fact]
    public void Many_papers_keep_postings_and_document_numbers_straight()
    {
        // Enough papers that postings grow, gaps need multi-byte varints, and bitmaps span many words.
        var papers = Enumerable.Range(0, 5000).Select(i => Papers.Make($"Paper {i} about {(i % 3 == 0 ? "margin" : "graph")}",
            string.Join(" ", Enumerable.Repeat(i % 7 == 0 ? "loss" : "other", 1 + i % 5)))).ToList();
        var index = PaperIndex.Build(papers, 4, default);
        var expected = Enumerable.Range(0, 5000).Where(i => i % 3 == 0 && i % 7 == 0).ToHashSet();
        var found = index.Search(SearchQuery.Parse("margin loss")).Select(r => papers.IndexOf(r.Paper)).ToHashSet();
        Assert.Equal(expected, found);
        Assert.Equal(5000 - 5000 / 3 - 1, index.Search(SearchQuery.Parse("-margin")).Count);
        Assert.Single(index.Search(SearchQuery.Parse("title:4999")));
    }
}

using System;
using PaperTools.Search;
using Xunit;

namespace PaperTools.Tests.Search;

public class PaperFilterTests
{
    private static readonly Paper Bilevel = Papers.Make("Learning Theory for Kernel Bilevel Optimization", "abs", new[] { "Fares El Khoury", "Edouard Pauwels" },
        new[] { "cs.LG", "stat.ML" }, "2502.08457", new DateTime(2025, 8, 1, 15, 30, 0));
    private static readonly Paper Lojasiewicz = Papers.Make("Generalization Bounds via Łojasiewicz Gradient Inequality", null, new[] { "Łukasz Nowak" },
        new[] { "math.OC" }, null, null, new DateTime(2025, 7, 31));
    private static readonly Paper Undated = Papers.Make("Undated bilevel note");

    [Theory]
    [InlineData("*Bilevel*", true)]
    [InlineData("*bilevel*", true)]
    [InlineData("*BILEVEL OPT*", true)]
    [InlineData("Learning*", true)]
    [InlineData("learning theory for kernel bilevel optimization", true)]
    [InlineData("Bilevel", false)]
    [InlineData("*Bilevel", false)]
    [InlineData("*Optimization", true)]
    [InlineData("*Kern?l*", true)]
    [InlineData("*[jk]ernel*", true)]
    [InlineData("*[a-c]ilevel*", true)]
    [InlineData("*[x-z]ilevel*", false)]
    [InlineData("*Trilevel*", false)]
    public void Title_wildcards_behave_like_powershell_like(string pattern, bool expected)
    {
        Assert.Equal(expected, new PaperFilter(titles: new[] { pattern }).Matches(Bilevel));
    }

    [Fact]
    public void Title_and_author_wildcards_fold_diacritics()
    {
        Assert.True(new PaperFilter(titles: new[] { "*lojasiewicz*" }).Matches(Lojasiewicz));
        Assert.True(new PaperFilter(titles: new[] { "*Łojasiewicz*" }).Matches(Lojasiewicz));
        Assert.True(new PaperFilter(authors: new[] { "lukasz*" }).Matches(Lojasiewicz));
        Assert.False(new PaperFilter(titles: new[] { "*lojasiewicz*" }).Matches(Bilevel));
    }

    [Fact]
    public void Any_of_several_patterns_passes()
    {
        var filter = new PaperFilter(titles: new[] { "*trilevel*", "*bilevel*" });
        Assert.True(filter.Matches(Bilevel));
        Assert.False(filter.Matches(Lojasiewicz));
    }

    [Theory]
    [InlineData("*Pauwels", true)]
    [InlineData("Edouard*", true)]
    [InlineData("Pauwels", false)]
    [InlineData("*Smith*", false)]
    public void Author_pattern_must_match_one_whole_author(string pattern, bool expected)
    {
        Assert.Equal(expected, new PaperFilter(authors: new[] { pattern }).Matches(Bilevel));
    }

    [Fact]
    public void Dates_use_published_else_digest_date_whole_days_inclusive_and_drop_undated_papers()
    {
        var august = new PaperFilter(since: new DateTime(2025, 8, 1));
        Assert.True(august.Matches(Bilevel));          // published 2025-08-01 15:30, since the start of that day
        Assert.False(august.Matches(Lojasiewicz));     // digest date 2025-07-31
        Assert.False(august.Matches(Undated));
        var july = new PaperFilter(until: new DateTime(2025, 7, 31));
        Assert.True(july.Matches(Lojasiewicz));
        Assert.False(july.Matches(Bilevel));
        Assert.True(new PaperFilter(until: new DateTime(2025, 8, 1)).Matches(Bilevel)); // until the end of that day
        Assert.False(new PaperFilter(since: new DateTime(2025, 8, 2), until: new DateTime(2025, 7, 1)).Matches(Bilevel));
    }

    [Theory]
    [InlineData("cs.LG", true)]
    [InlineData("CS.lg", true)]
    [InlineData("stat.*", true)]
    [InlineData("cs", false)]
    [InlineData("cs.CV", false)]
    public void Category_matches_any_category_whole(string category, bool expected)
    {
        Assert.Equal(expected, new PaperFilter(categories: new[] { category }).Matches(Bilevel));
    }

    [Fact]
    public void HasArxivId_true_and_false()
    {
        Assert.True(new PaperFilter(hasArxivId: true).Matches(Bilevel));
        Assert.False(new PaperFilter(hasArxivId: true).Matches(Lojasiewicz));
        Assert.True(new PaperFilter(hasArxivId: false).Matches(Lojasiewicz));
        Assert.False(new PaperFilter(hasArxivId: false).Matches(Bilevel));
    }

    [Fact]
    public void All_criteria_must_hold()
    {
        var filter = new PaperFilter(titles: new[] { "*Bilevel*" }, since: new DateTime(2025, 8, 1), categories: new[] { "cs.LG" });
        Assert.True(filter.Matches(Bilevel));
        Assert.False(filter.Matches(Undated));
        Assert.False(new PaperFilter(titles: new[] { "*Bilevel*" }, categories: new[] { "math.OC" }).Matches(Bilevel));
    }

    [Fact]
    public void Empty_filter_passes_every_paper_but_never_null()
    {
        var filter = new PaperFilter(titles: new string[0], authors: new[] { "" });
        Assert.True(filter.Matches(Undated));
        Assert.True(filter.Matches(new Paper { Title = null, Authors = null, Categories = null }));
        Assert.False(filter.Matches(null));
    }

    [Fact]
    public void Papers_without_the_filtered_value_do_not_match_and_do_not_throw()
    {
        var bare = new Paper { Title = null, Authors = null, Categories = null };
        Assert.False(new PaperFilter(titles: new[] { "*" }).Matches(bare));
        Assert.False(new PaperFilter(authors: new[] { "*" }).Matches(bare));
        Assert.False(new PaperFilter(categories: new[] { "*" }).Matches(bare));
    }
}

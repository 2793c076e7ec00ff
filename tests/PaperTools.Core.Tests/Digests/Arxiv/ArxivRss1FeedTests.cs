using System;
using System.Linq;
using PaperTools.Diagnostics;
using Xunit;

namespace PaperTools.Tests.Digests.Arxiv;

/// <summary>
/// arXiv's RSS 1.0/RDF feeds from before 2024 (kept as test data by PhysBiblio) and rss.arxiv.org's TeX names:
/// the title suffix becomes version, category and announce type, HTML leaves the abstract with its entities
/// decoded, the channel's dc:date is the digest date, linked names are the authors and "et al." is not one.
/// </summary>
public class ArxivRss1FeedTests
{
    private static readonly string Feed2018 = Fixture.Path("arxiv-rss1", "hep-ex_2018-05-23.rdf");
    private static readonly string Feed2021 = Fixture.Path("arxiv-rss1", "hep-ex_2021-07-08.rdf");

    [Fact]
    public void ReadsEveryItemOfTheFeed()
    {
        var (papers, problems) = Fixture.Import(Feed2018);
        Assert.Empty(problems);
        Assert.Equal(new[] { "1805.08875", "1805.09166", "1805.06430" }, papers.Select(p => p.ArxivId));
        Assert.All(papers, p => Assert.Equal(DigestFormat.ArxivFeed, p.SourceFormat));
        Assert.All(papers, p => Assert.Equal(new DateTime(2018, 5, 23), p.DigestDate));
        Assert.All(papers, p => Assert.Null(p.Published));
        Assert.All(papers, p => Assert.Equal(2018, p.Year));
        Assert.Equal(new[] { 38, 58, 66 }, papers.Select(p => p.SourceLine));
    }

    [Fact]
    public void TheTitleSuffixBecomesVersionCategoryAndAnnounceType()
    {
        var papers = Fixture.Import(Feed2018).Papers;
        Assert.Equal(new[] { "Measurement of Transverse Single Spin Asymmetries", "Recent Top quark results from the Tevatron", "New Perspective on Hybrid Mesons" }, papers.Select(p => p.Title));
        Assert.Equal(new int?[] { 1, 1, 2 }, papers.Select(p => p.ArxivVersion));
        Assert.Equal(new[] { "new", "cross", "replace-cross" }, papers.Select(p => p.AnnounceType));
        Assert.Equal(new[] { "hep-ex", "hep-ex", "nucl-th" }, papers.Select(p => p.Categories.Single()));
        Assert.DoesNotContain(papers, p => p.Title.Contains("arXiv:") || p.Title.Contains("CROSS LISTED"));
    }

    [Fact]
    public void HtmlLeavesTheAbstractAndItsEntitiesAreDecoded()
    {
        var first = Fixture.Import(Feed2018).Papers[0];
        Assert.StartsWith("In 2015 the first collisions between polarized protons", first.Abstract);
        Assert.Contains("forward psuedorapidity range of $2.6<\\eta<4$.", first.Abstract);
        Assert.EndsWith("those in $p+A$ production.", first.Abstract);
        Assert.DoesNotContain("<p>", first.Abstract);
        Assert.DoesNotContain("&lt;", first.Abstract);
    }

    [Fact]
    public void LinkedNamesAreTheAuthorsAndNeitherAffiliationsNorEtAlAre()
    {
        var papers = Fixture.Import(Feed2018).Papers;
        Assert.Equal(new[] { "Christopher Dilks" }, papers[0].Authors);
        Assert.Equal(new[] { "Shu-Sheng Xu", "Zhu-Fang Cui", "Lei Chang", "Joannis Papavassiliou", "Craig D. Roberts", "Hong-Shi Zong" }, papers[2].Authors);

        var lhcb = Fixture.Import(Feed2021).Papers[0];
        Assert.Equal(new[] { "LHCb collaboration", "R. Aaij" }, lhcb.Authors);
        Assert.Equal(@"Observation of excited $\Omega_c^0$ baryons in $\Omega_b^- \to \Xi_c^+ K^-\pi^-$ decays", lhcb.Title);
    }

    [Fact]
    public void AnUpdatedPaperFromTheFeedsOwnSubjectIsAReplacement()
    {
        var papers = Fixture.Import(Feed2021).Papers;
        Assert.Equal(new[] { "new", "cross", "replace-cross" }, papers.Select(p => p.AnnounceType));
        Assert.Equal(2020, papers[2].Year);
        Assert.Equal(new DateTime(2021, 7, 8), papers[2].DigestDate);
    }

    [Fact]
    public void ItemsMissingTheirTitleOrAuthorsStillComeThrough()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("arxiv-rss1", "hep-ex_2021-07-08_missing_fields.rdf"));
        Assert.Empty(problems);
        Assert.Equal(3, papers.Count);
        Assert.Null(papers[0].Title);
        Assert.Equal("2107.03419", papers[0].ArxivId);
        Assert.Null(papers[0].ArxivVersion);
        Assert.Equal(new DateTime(2021, 7, 8), papers[0].DigestDate);
        Assert.Null(papers[1].Abstract);
        Assert.Empty(papers[2].Authors);
    }

    [Fact]
    public void TeXInNamesIsDecoded()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("arxiv-feed-tex", "tex_names_2023-10-25.rss.xml"));
        Assert.Empty(problems);
        Assert.Equal(new[] { "Daniel Pérez Herrera", "Zheng Chen", "Erik G. Larsson" }, papers[0].Authors);
        Assert.Equal(new[] { "Benjamin Rémy", "M. Kuźniak", "J. Šiměček", "A. Müller" }, papers[1].Authors);
        Assert.Equal("replace-cross", papers[1].AnnounceType);
    }
}

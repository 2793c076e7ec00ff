#nullable enable
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;
using PaperTools.Diagnostics;
using PaperTools.Digests;
using PaperTools.Digests.JournalToc;
using PaperTools.Tests.Robustness;
using Xunit;

namespace PaperTools.Tests.Digests.JournalToc;

/// <summary>
/// Journal TOC feeds (tests/Fixtures/journal-toc): one real Atypon feed and feeds crafted in Nature's, OJS',
/// Wiley's, ScienceDirect's and JournalTOCs' shapes, each carrying an untidy case real feeds have.
/// </summary>
public class JournalTocReaderTests
{
    private static (List<Paper> Papers, List<Problem> Problems) Import(string file)
        => Fixture.Import(Fixture.Path("journal-toc", file));

    [Fact]
    public void ReadsTheRealAtyponFeed()
    {
        var (papers, problems) = Import("jpeds_atypon_2018-12-17.rdf");
        Assert.Empty(problems);
        var paper = Assert.Single(papers);
        Assert.Equal(DigestFormat.JournalToc, paper.SourceFormat);
        Assert.Equal(
            "HIV Exposure and Formula Feeding Predict Under-2 Mortality in HIV-Uninfected Children, Botswana",
            paper.Title);
        Assert.Equal(13, paper.Authors.Length);
        Assert.Equal("Gbolahan Ajibola", paper.Authors[0]);
        Assert.Equal("Erik van Widenfelt", paper.Authors[3]);
        Assert.Equal("Shahin Lockman", paper.Authors[12]);
        Assert.Equal("10.1016/j.jpeds.2018.08.009", paper.Doi);
        Assert.Equal("https://www.jpeds.com/article/S0022-3476(18)31119-3/fulltext?rss=yes", paper.Url);
        Assert.Equal("The Journal of Pediatrics", paper.Venue);
        Assert.Equal("The Journal of Pediatrics 203, 68-75.e2 (2018)", paper.JournalRef);
        Assert.Equal(new DateTime(2018, 10, 11), paper.Published);
        Assert.Equal(2018, paper.Year);
        Assert.StartsWith("To prospectively assess rates", paper.Abstract);
        Assert.Equal(22, paper.SourceLine);
    }

    [Fact]
    public void KeepsTheIssnAndPublisherTheChannelStates()
    {
        var item = ReadItems("jpeds_atypon_2018-12-17.rdf").Single();
        Assert.Equal("0022-3476", item.Issn);
        Assert.Null(item.EIssn);
        Assert.Equal("Elsevier Inc.", item.Publisher);
        Assert.Equal(("203", (string?)null, "68", "75.e2"), (item.Volume, item.Issue, item.FirstPage, item.LastPage));
        Assert.Equal(new CoverDate(2018, 10, 11), item.CoverDate);
    }

    [Fact]
    public void ReadsANatureFeedWithItsJournalAndCitation()
    {
        var (papers, problems) = Import("nature_crafted_2026-05-14.rdf");
        Assert.Empty(problems);
        Assert.Equal(3, papers.Count);
        var issue = papers[0];
        Assert.Equal("Nature", issue.Venue);
        Assert.Equal("Nature 633(8031), 112-118 (2026)", issue.JournalRef);
        Assert.Equal(new DateTime(2026, 5, 14), issue.Published);
        Assert.Equal(new[] { "Maria Schmidt", "Kenji Watanabe", "Aoife Byrne" }, issue.Authors);
        Assert.Equal("10.1038/s41586-026-10001-2", issue.Doi);
        Assert.Equal(
            "Single fermionic atoms are imaged in reconfigurable arrays of optical tweezers, with site-resolved "
            + "detection of spin correlations.",
            issue.Abstract);
        Assert.All(papers, p => Assert.DoesNotContain("Published online", p.Abstract));
    }

    [Fact]
    public void APublicationNameThatIsTheItemTitleGivesWayToTheSource()
    {
        var online = Import("nature_crafted_2026-05-14.rdf").Papers[1];
        Assert.Equal("Efficient robot navigation inspired by honeybee learning flights", online.Title);
        Assert.Equal("Nature", online.Venue);
        Assert.Null(online.JournalRef);
        Assert.Equal(new DateTime(2026, 5, 13), online.Published);

        var toc = Assert.Single(Import("journaltocs_crafted_2025-02.rdf").Papers);
        Assert.Equal("Journal of Documentation", toc.Venue);
        Assert.Equal("Journal of Documentation 81(2), 301-320 (2025)", toc.JournalRef);
        Assert.Equal("10.1108/JD-01-2025-0001", toc.Doi);
        Assert.Equal(new[] { "Smith, J. A.", "Doe, B." }, toc.Authors);
    }

    [Fact]
    public void TheNatureChannelStatesIssnsAndPublisher()
    {
        var item = ReadItems("nature_crafted_2026-05-14.rdf")[0];
        Assert.Equal(("0028-0836", "1476-4687", "Nature Publishing Group"), (item.Issn, item.EIssn, item.Publisher));
    }

    [Fact]
    public void TitlesEscapedAsHtmlArriveAsText()
    {
        var (papers, problems) = Import("ojs_escaped_titles_2025-03.rdf");
        Assert.Empty(problems);
        Assert.Equal(
            new[] { "Reading lists & reserves: what students open", "Cataloguing in situ" },
            papers.Select(p => p.Title));
        Assert.Equal(
            "We logged how 2,400 students opened course readings. Most opened fewer than half of them.",
            papers[0].Abstract);
        Assert.Equal(new[] { "Ana Souza", "Tomás Ruiz" }, papers[0].Authors);
        Assert.Equal(new[] { "Okafor, Chinedu", "Lindqvist, Maja", "van den Berg, Pieter" }, papers[1].Authors);
        Assert.Equal("Journal of Information Studies 12(3), 45-67 (2025)", papers[0].JournalRef);
        Assert.Equal("Journal of Information Studies 12(3), 68-80 (2025)", papers[1].JournalRef);
        Assert.Equal("Journal of Information Studies", papers[1].Venue);
        Assert.Equal("10.12345/jis.v12i3.101", papers[0].Doi);
        Assert.Equal("https://journals.example.edu/index.php/jis/article/view/102", papers[1].Url);
    }

    [Fact]
    public void ACoverDateOfAMonthOrAYearGainsNoDay()
    {
        var papers = Import("ojs_escaped_titles_2025-03.rdf").Papers;
        Assert.All(papers, p => Assert.Null(p.Published));
        Assert.All(papers, p => Assert.Equal(2025, p.Year));
        var items = ReadItems("ojs_escaped_titles_2025-03.rdf");
        Assert.Equal(
            new CoverDate?[] { new CoverDate(2025, 3, null), new CoverDate(2025, null, null) },
            items.Select(i => i.CoverDate));
    }

    [Fact]
    public void ReadsAnOjsAtomFeed()
    {
        var (papers, problems) = Import("ojs_crafted_2025-03.atom.xml");
        Assert.Empty(problems);
        var paper = Assert.Single(papers);
        Assert.Equal(DigestFormat.JournalToc, paper.SourceFormat);
        Assert.Equal("Reading lists & reserves: what students open", paper.Title);
        Assert.Equal(new[] { "Ana Souza", "Tomás Ruiz" }, paper.Authors);
        Assert.Equal("Journal of Information Studies", paper.Venue);
        Assert.Equal(new DateTime(2025, 3, 28), paper.Published);
        Assert.Equal("https://journals.example.edu/index.php/jis/article/view/101", paper.Url);
        Assert.Null(paper.Doi);
    }

    [Fact]
    public void AFeedServedWithBlankLinesBeforeItsDeclarationStillReads()
    {
        var (papers, problems) = Import("wiley_blank_line_2025-03-17.rdf");
        Assert.Empty(problems);
        var paper = Assert.Single(papers);
        Assert.Equal("Light‐Driven C−H Activation with a Copper Photocatalyst", paper.Title);
        Assert.Equal("10.1002/anie.202500001", paper.Doi);
        Assert.Equal(new[] { "Hannah Becker", "Yusuf Demir", "Li Wei" }, paper.Authors);
        Assert.Equal("Angewandte Chemie International Edition", paper.Venue);
        Assert.Equal("Angewandte Chemie International Edition 64(12) (2025)", paper.JournalRef);
        Assert.Equal(
            "A copper complex absorbs visible light and activates C−H bonds at room temperature.", paper.Abstract);
        Assert.Equal(18, paper.SourceLine); // the line the file has it on: the blank lines are kept
    }

    [Fact]
    public void VolumeIssueAndPagesOnlyInTheDescriptionAreRead()
    {
        var (papers, problems) = Import("sciencedirect_crafted_2024-12.rss.xml");
        Assert.Empty(problems);
        Assert.All(papers, p => Assert.Equal(DigestFormat.JournalToc, p.SourceFormat));
        Assert.Equal(
            new[] { "Journal of Hydrology 645 (2024)", "Journal of Hydrology 12(3), 45-67 (2024)" },
            papers.Select(p => p.JournalRef));
        Assert.All(papers, p => Assert.Equal("Journal of Hydrology", p.Venue));
        Assert.Equal(new[] { "Priya Nair", "Jonas Weber", "Elena Petrova" }, papers[0].Authors);
        Assert.Equal(new[] { "Marco Bianchi" }, papers[1].Authors);
        Assert.Equal(new DateTime(2024, 12, 1), papers[0].Published);
        Assert.Null(papers[1].Published);
        Assert.Equal(2024, papers[1].Year);
        Assert.All(papers, p => Assert.Null(p.Abstract));
    }

    [Fact]
    public void AFeedDeclaringAnEntityIsRefused()
    {
        var (papers, problems) = Import("xxe_crafted.rdf");
        Assert.Empty(papers);
        Assert.Equal(ErrorIds.DigestUnsafeXml, Assert.Single(problems).ErrorId);
    }

    [Fact]
    public void ATruncatedFeedKeepsTheItemsBeforeTheCut()
    {
        var (papers, problems) = Import("truncated_crafted.rdf");
        Assert.Equal("Reading lists & reserves: what students open", Assert.Single(papers).Title);
        Assert.Equal(ErrorIds.DigestTruncated, Assert.Single(problems).ErrorId);
    }

    [Fact]
    public void ThousandsOfNestedTagsInAnItemAreTooDeep()
    {
        var feed = File.ReadAllText(Fixture.Path("journal-toc", "ojs_escaped_titles_2025-03.rdf"));
        var at = feed.IndexOf("<dc:creator>Okafor", StringComparison.Ordinal);
        var hostile = feed.Insert(at, string.Concat(Enumerable.Repeat("<x>", 100_000)));
        var (papers, problems) = TimeBudget.Within(
            hostile.Length, () => DigestRun.Read(hostile), "100,000 nested tags in an item");
        Assert.Single(papers);
        var problem = Assert.Single(problems);
        Assert.Equal(ErrorIds.DigestTooDeep, problem.ErrorId);
        Assert.Equal(ProblemCategory.LimitsExceeded, problem.Category);
    }

    [Fact]
    public void AHugeFeedStreamsWithinBudget()
    {
        var feed = File.ReadAllText(Fixture.Path("journal-toc", "nature_crafted_2026-05-14.rdf"));
        var start = feed.IndexOf("    <item ", StringComparison.Ordinal);
        var end = feed.LastIndexOf("</rdf:RDF>", StringComparison.Ordinal);
        var items = feed.Substring(start, end - start);
        var huge = feed.Substring(0, start) + string.Concat(Enumerable.Repeat(items, 4_000)) + "</rdf:RDF>\n";
        var (papers, problems) = TimeBudget.Within(huge.Length, () => DigestRun.Read(huge), "a feed of 12,000 items");
        Assert.Empty(problems);
        Assert.Equal(12_000, papers.Count);
    }

    [Fact]
    public void AnItemWithNeitherTitleNorDoiIsNamedAndTheOthersRead()
    {
        var feed = File.ReadAllText(Fixture.Path("journal-toc", "journaltocs_crafted_2025-02.rdf"))
            .Replace("</channel>", "</channel>\n<item><dc:creator>Nobody</dc:creator></item>");
        var (papers, problems) = DigestRun.Read(feed);
        Assert.Single(papers);
        Assert.Equal(ErrorIds.DigestEntryInvalid, Assert.Single(problems).ErrorId);
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel><title>Lab news</title><item/></channel></rss>",
        DigestFormat.JournalToc)]
    [InlineData(
        "<rdf:RDF xmlns:prism=\"http://prismstandard.org/namespaces/basic/2.0/\">"
        + "<item><description>As arXiv:2401.00001 showed</description></item></rdf:RDF>",
        DigestFormat.JournalToc)]
    [InlineData("<rss version=\"2.0\"><channel><title>cs.LG updates on arXiv.org</title></channel></rss>",
        DigestFormat.ArxivFeed)]
    public void ArxivFeedsStayArxivAndOtherFeedsAreJournalToc(string head, DigestFormat expected)
        => Assert.Equal(expected, DigestImporter.Detect(head));

    [Theory]
    [InlineData("$a<b$ and $c>d$", "$a<b$ and $c>d$")]
    [InlineData("<p>First.</p><p>Second.</p>", "First. Second.")]
    [InlineData("H<sub>2</sub>O &amp; CO<sub>2</sub>", "H2O & CO2")]
    [InlineData("line<br/>break", "line break")]
    [InlineData("Caf&eacute; &#8211; 1", "Café – 1")]
    public void FeedTextDropsMarkupOnly(string value, string expected) => Assert.Equal(expected, FeedText.Plain(value));

    // The items of a fixture as the mapping reads them, with the channel noted first as the reader notes it.
    private static List<TocItem> ReadItems(string file)
    {
        var feed = XDocument.Load(Fixture.Path("journal-toc", file));
        var channel = new TocChannel();
        var channelFields = feed.Root!.Descendants()
            .Where(e => TocChannel.FieldNames.Contains(e.Name.LocalName) && !e.Ancestors().Any(IsItem));
        foreach (var field in channelFields) channel.Note(field);
        return feed.Root.Descendants().Where(IsItem).Select(e => JournalTocMapping.Read(e, channel)).ToList();
    }

    private static bool IsItem(XElement e) => e.Name.LocalName is "item" or "entry";
}

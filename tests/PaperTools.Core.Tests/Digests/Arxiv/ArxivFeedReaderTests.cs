using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using PaperTools.Diagnostics;
using PaperTools.Digests;
using Xunit;

namespace PaperTools.Tests.Digests.Arxiv;

public class ArxivFeedReaderTests
{
    private static readonly string Rss = Fixture.Path("arxiv-feed", "cs.LG.rss.xml");
    private static readonly string Atom = Fixture.Path("arxiv-feed", "cs.CL.atom.xml");

    [Fact]
    public void ReadsEveryRssItem()
    {
        var (papers, problems) = Fixture.Import(Rss);
        Assert.Empty(problems);
        Assert.Equal(24, papers.Count);
        Assert.All(papers, p => Assert.Equal(DigestFormat.ArxivFeed, p.SourceFormat));
        Assert.All(papers, p => Assert.Equal(new DateTime(2024, 3, 4), p.DigestDate));
        Assert.Equal(new[] { 12, 5, 4, 3 }, new[] { "new", "cross", "replace", "replace-cross" }.Select(t => papers.Count(p => p.AnnounceType == t)));
    }

    [Fact]
    public void ReadsEveryFieldOfANewRssItem()
    {
        var first = Fixture.Import(Rss).Papers[0];
        Assert.Equal("Threshold-Consistent Margin Loss for Open-World Deep Metric Learning", first.Title);
        Assert.StartsWith("Existing losses used in deep metric learning (DML)", first.Abstract);
        Assert.EndsWith("ess in practical DML settings.", first.Abstract);
        Assert.Equal(new[] { "Łukasz Kaiser", "Samuel Vaiter", "Minh Nguyen", "Ahmed Hassan" }, first.Authors);
        Assert.Equal("2403.01001", first.ArxivId);
        Assert.Equal(1, first.ArxivVersion);
        Assert.Equal(new[] { "cs.LG", "cs.CV" }, first.Categories);
        Assert.Equal("new", first.AnnounceType);
        Assert.Equal(new DateTime(2024, 3, 4), first.Published);
        Assert.Equal(2024, first.Year);
        Assert.Equal("https://arxiv.org/abs/2403.01001", first.Url);
        Assert.Equal("https://arxiv.org/pdf/2403.01001", first.PdfUrl);
        Assert.Null(first.Doi);
        Assert.Null(first.JournalRef);
        Assert.Equal(17, first.SourceLine);
    }

    [Fact]
    public void ACrossListKeepsItsOwnPrimaryCategoryFirst()
    {
        var cross = Fixture.Import(Rss).Papers[12];
        Assert.Equal("cross", cross.AnnounceType);
        Assert.Equal("Margin-aware Preference Optimization for Aligning Diffusion Models without Reference", cross.Title);
        Assert.Equal(new[] { "stat.ML", "cs.LG" }, cross.Categories);
        Assert.Equal("Núria Pérez", cross.Authors[0]);
        Assert.Null(cross.Published);
        Assert.Equal(new DateTime(2024, 3, 4), cross.DigestDate);
    }

    [Fact]
    public void AReplacementIsNotDatedByItsAnnouncement()
    {
        var replaced = Fixture.Import(Rss).Papers[17];
        Assert.Equal("replace", replaced.AnnounceType);
        Assert.Equal("2403.01630", replaced.ArxivId);
        Assert.Equal(3, replaced.ArxivVersion);
        Assert.Null(replaced.Published);
        // The year its identifier states (first submitted 2024-03), not the announcement date.
        Assert.Equal(2024, replaced.Year);
        Assert.Equal(new DateTime(2024, 3, 4), replaced.DigestDate);
    }

    [Fact]
    public void ReadsOldStyleIdentifiersDoiAndJournal()
    {
        var old = Fixture.Import(Rss).Papers[18];
        Assert.Equal("math/0601001", old.ArxivId);
        Assert.Equal(2, old.ArxivVersion);
        Assert.Equal("replace-cross", old.AnnounceType);
        Assert.Equal(new[] { "math.PR", "cs.LG" }, old.Categories);
        Assert.Equal("10.48550/tmlr.math.0601001", old.Doi);
        Assert.Equal("Transactions on Machine Learning Research (2024)", old.JournalRef);
        Assert.Equal("https://arxiv.org/abs/math/0601001", old.Url);
        Assert.Equal(new[] { "Andrés Muñoz", "Samuel Vaiter", "Fatima Al-Sayed" }, old.Authors);
    }

    [Fact]
    public void ReadsEveryAtomEntry()
    {
        var (papers, problems) = Fixture.Import(Atom);
        Assert.Empty(problems);
        Assert.Equal(22, papers.Count);
        var first = papers[0];
        Assert.Equal("Towards Understanding Generalization of Macro-AUC in Multi-label Learning", first.Title);
        Assert.StartsWith("Macro-AUC is the arithmetic mean of the class-wise", first.Abstract);
        Assert.Equal(new[] { "Jürgen Schmidhuber", "Aisha Bello", "Hannah Becker", "Priya Natarajan", "Samuel Vaiter" }, first.Authors);
        Assert.Equal("2403.01001", first.ArxivId);
        Assert.Equal(1, first.ArxivVersion);
        Assert.Equal(new[] { "cs.CL", "q-bio.NC" }, first.Categories);
        Assert.Equal(new DateTime(2024, 3, 5), first.Published);
        Assert.Equal(2024, first.Year);
        Assert.Equal("https://arxiv.org/abs/2403.01001", first.Url);
        Assert.Equal(8, first.SourceLine);

        var replaced = papers[16];
        Assert.Equal("P+: Extended Textual Conditioning in Text-to-Image Generation", replaced.Title);
        Assert.Equal("replace", replaced.AnnounceType);
        Assert.Equal(3, replaced.ArxivVersion);
        Assert.Equal("10.18653/v1/2024.acl-long.23", replaced.Doi);
        Assert.Equal("Proceedings of ACL 2024, pp. 112--130", replaced.JournalRef);
        Assert.Null(replaced.Published);

        var last = papers[21];
        Assert.Equal("2310.17782", last.ArxivId);
        Assert.Equal(4, last.ArxivVersion);
        Assert.Equal("replace-cross", last.AnnounceType);
        Assert.Equal("Zoë Ingram", last.Authors[0]);
    }

    [Fact]
    public void ReadsTheExportApiAtom()
    {
        const string api = @"<?xml version=""1.0"" encoding=""UTF-8""?>
<feed xmlns=""http://www.w3.org/2005/Atom"" xmlns:arxiv=""http://arxiv.org/schemas/atom"">
  <entry>
    <id>http://arxiv.org/abs/hep-th/9901001v2</id>
    <published>1999-01-04T12:00:00Z</published>
    <title>An  Old
      Paper</title>
    <summary>  Some abstract. </summary>
    <author><name>Ann Author</name></author>
    <author><name>Bob Writer</name></author>
    <arxiv:doi>10.1000/xyz</arxiv:doi>
    <arxiv:comment>12 pages</arxiv:comment>
    <arxiv:journal_ref>Phys. Lett. B 450 (1999) 1</arxiv:journal_ref>
    <link href=""http://arxiv.org/abs/hep-th/9901001v2"" rel=""alternate"" type=""text/html""/>
    <link title=""pdf"" href=""http://arxiv.org/pdf/hep-th/9901001v2"" rel=""related"" type=""application/pdf""/>
    <arxiv:primary_category term=""hep-th""/>
    <category term=""gr-qc""/>
    <category term=""hep-th""/>
  </entry>
</feed>";
        var (papers, problems) = Fixture.Import(Fixture.TempFile("api.xml", Encoding.UTF8.GetBytes(api)));
        Assert.Empty(problems);
        var paper = Assert.Single(papers);
        Assert.Equal("An Old Paper", paper.Title);
        Assert.Equal("Some abstract.", paper.Abstract);
        Assert.Equal(new[] { "Ann Author", "Bob Writer" }, paper.Authors);
        Assert.Equal("hep-th/9901001", paper.ArxivId);
        Assert.Equal(2, paper.ArxivVersion);
        Assert.Equal(new[] { "hep-th", "gr-qc" }, paper.Categories);
        Assert.Equal("10.1000/xyz", paper.Doi);
        Assert.Equal("12 pages", paper.Comments);
        Assert.Equal("Phys. Lett. B 450 (1999) 1", paper.JournalRef);
        Assert.Equal(1999, paper.Year);
        Assert.Null(paper.AnnounceType);
        Assert.Null(paper.DigestDate);
    }

    [Theory]
    [InlineData("xxe.atom.xml")]
    [InlineData("billion_laughs.rss.xml")]
    public void AFeedDeclaringEntitiesIsRefusedAtOnce(string name)
    {
        var watch = Stopwatch.StartNew();
        var (papers, problems) = Fixture.Import(Fixture.Path("arxiv-feed", name));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5));
        Assert.Empty(papers);
        var problem = Assert.Single(problems);
        Assert.Equal(ErrorIds.DigestUnsafeXml, problem.ErrorId);
        Assert.Contains(name, problem.Message);
    }

    [Fact]
    public void ADoctypeBeyondTheOpeningIsStillRefused()
    {
        var xml = "<?xml version=\"1.0\"?>\n<!--" + new string('x', 40000) + "-->\n<!DOCTYPE rss [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<rss version=\"2.0\"><channel><item><title>&e;</title></item></channel></rss>";
        var (papers, problems) = Fixture.Import(Fixture.TempFile("late-doctype.xml", Encoding.UTF8.GetBytes(xml)), new DigestImportOptions { Format = DigestFormat.ArxivFeed });
        Assert.Empty(papers);
        Assert.Equal(ErrorIds.DigestUnsafeXml, Assert.Single(problems).ErrorId);
    }

    [Fact]
    public void ATruncatedFeedKeepsTheCompleteItems()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("arxiv-feed", "truncated.rss.xml"));
        Assert.Equal(6, papers.Count);
        Assert.Equal(ErrorIds.DigestTruncated, Assert.Single(problems).ErrorId);
    }

    [Fact]
    public void AnEmptyFeedGivesNothingAndNoError()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("arxiv-feed", "empty.rss.xml"));
        Assert.Empty(papers);
        Assert.Empty(problems);
    }
}

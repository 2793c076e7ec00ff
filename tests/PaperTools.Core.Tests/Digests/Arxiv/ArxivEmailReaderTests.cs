using System;
using System.Linq;
using System.Text;
using PaperTools.Diagnostics;
using PaperTools.Digests;
using Xunit;

namespace PaperTools.Tests.Digests.Arxiv;

public class ArxivEmailReaderTests
{
    private static readonly string Listing = Fixture.Path("arxiv-email", "cs_listing_2024-02-29.txt");

    [Fact]
    public void ReadsEveryEntryAndTellsTheSectionsApart()
    {
        var (papers, problems) = Fixture.Import(Listing);
        Assert.Empty(problems);
        Assert.Equal(23, papers.Count);
        Assert.All(papers, p => Assert.Equal(DigestFormat.ArxivEmail, p.SourceFormat));
        Assert.All(papers, p => Assert.Equal(new DateTime(2024, 2, 29), p.DigestDate));
        Assert.Equal(new[] { 12, 5, 4, 2 }, new[] { "new", "cross", "replace", "replace-cross" }.Select(t => papers.Count(p => p.AnnounceType == t)));
    }

    [Fact]
    public void ReadsEveryFieldOfANewEntryAndDecodesTeXNames()
    {
        var first = Fixture.Import(Listing).Papers[0];
        Assert.Equal("AlignIT: Enhancing Prompt Alignment in Customization of Text-to-Image Models", first.Title);
        Assert.Equal(new[] { "Joan Solà", "Balázs Kégl", "Wei Zhang" }, first.Authors);
        Assert.StartsWith("We consider the problem of customizing text-to-image diffusion models with user-supplied reference images.", first.Abstract);
        Assert.EndsWith("while retaining the customization quality.", first.Abstract);
        Assert.Equal("2402.18001", first.ArxivId);
        Assert.Null(first.ArxivVersion);
        Assert.Equal(new[] { "cs.CL" }, first.Categories);
        Assert.Equal("9 pages; code at https://github.com/example/repo", first.Comments);
        Assert.Equal(new DateTime(2024, 2, 28), first.Published);
        Assert.Equal(2024, first.Year);
        Assert.Equal("new", first.AnnounceType);
        Assert.Equal("https://arxiv.org/abs/2402.18001", first.Url);
        Assert.Equal("https://arxiv.org/pdf/2402.18001", first.PdfUrl);
        Assert.Null(first.Doi);
        Assert.Null(first.JournalRef);
        Assert.Equal(14, first.SourceLine);
    }

    [Fact]
    public void DecodesTeXInTitlesAndJoinsContinuationLines()
    {
        var second = Fixture.Import(Listing).Papers[1];
        Assert.Equal("Scaling Laws for α-Divergence Minimisation in Gödel Machines", second.Title);
        Assert.Equal(new[] { "Paul Erdős", "Aisha Bello", "Ahmed Hassan", "Grace Kim", "Emily Brown", "Edouard Pauwels" }, second.Authors);
    }

    [Fact]
    public void ReadsACrossList()
    {
        var cross = Fixture.Import(Listing).Papers[12];
        Assert.Equal("cross", cross.AnnounceType);
        Assert.Equal("2402.18445", cross.ArxivId);
        Assert.Equal("Bounds on the conditional and average treatment effect with unobserved confounding factors", cross.Title);
        Assert.Equal(new[] { "cs.CV", "cs.CL" }, cross.Categories);
        Assert.Equal(new DateTime(2024, 2, 24), cross.Published);
        Assert.Equal(360 - 1, cross.SourceLine);
    }

    [Fact]
    public void ReadsAReplacementWithAnOldStyleId()
    {
        var replaced = Fixture.Import(Listing).Papers[18];
        Assert.Equal("replace", replaced.AnnounceType);
        Assert.Equal("hep-th/9901001", replaced.ArxivId);
        Assert.Equal("Quantifying Infra-Marginality and Its Trade-off with Group Fairness", replaced.Title);
        Assert.Equal(new[] { "Ravi Kumar", "Yiwen Zhou", "Hannah Becker", "Minh Nguyen", "Priya Natarajan", "Chen Li" }, replaced.Authors);
        Assert.Equal(new[] { "hep-th", "cs.LG" }, replaced.Categories);
        Assert.Equal("12 pages, 5 figures", replaced.Comments);
        Assert.Equal("Journal of Machine Learning Research 25 (2024) 1-38", replaced.JournalRef);
        Assert.Equal("10.5555/jmlr.2024.118", replaced.Doi);
        Assert.Null(replaced.Abstract);
        Assert.Null(replaced.Published);
        // The journal reference's year wins over the 1999 the old-style identifier encodes.
        Assert.Equal(2024, replaced.Year);
        Assert.Equal("https://arxiv.org/abs/hep-th/9901001", replaced.Url);
    }

    [Fact]
    public void ReadsAReplacedCrossList()
    {
        var last = Fixture.Import(Listing).Papers[22];
        Assert.Equal("replace-cross", last.AnnounceType);
        Assert.Equal("2311.03486", last.ArxivId);
        Assert.Equal(new[] { "Joan Solà", "Jonas Lindqvist" }, last.Authors);
        Assert.Equal("Accepted at CVPR 2024", last.Comments);
    }

    [Fact]
    public void AffiliationsAndTheOlderPaperLineAreUnderstood()
    {
        const string text = "\\\\\nPaper (*cross-listing*): hep-th/9901001v3\nDate: Fri, 1 Jan 1999 00:00:00 GMT   (12kb)\n\n" +
                            "Title: Old\nAuthors: A. Author (1), B. Writer (2) ((1) MIT, (2) CMU)\nCategories: hep-th\n\\\\\n  Short.\n\\\\ ( https://arxiv.org/abs/hep-th/9901001 ,  12kb)\n";
        var (papers, problems) = Fixture.Import(Fixture.TempFile("old.txt", Encoding.UTF8.GetBytes(text)));
        Assert.Empty(problems);
        var paper = Assert.Single(papers);
        Assert.Equal(new[] { "A. Author", "B. Writer" }, paper.Authors);
        Assert.Equal("hep-th/9901001", paper.ArxivId);
        Assert.Equal(3, paper.ArxivVersion);
        Assert.Equal("cross", paper.AnnounceType);
        Assert.Equal(1999, paper.Year);
        Assert.Equal("Short.", paper.Abstract);
    }

    [Fact]
    public void AnEntryWithoutIdOrTitleIsReportedAndTheRestRead()
    {
        var text = "\\\\\narXiv:2402.00001\nDate: Thu, 29 Feb 2024 00:00:00 GMT\n\nTitle: Good\nAuthors: A\nCategories: cs.LG\n\\\\ ( https://arxiv.org/abs/2402.00001 ,  1kb)\n" +
                   "------------------------------------------------------------------------------\n\\\\\nnothing useful here\n" +
                   "------------------------------------------------------------------------------\n\\\\\narXiv:2402.00002\nTitle: Also good\n\\\\ ( https://arxiv.org/abs/2402.00002 ,  1kb)\n";
        var (papers, problems) = Fixture.Import(Fixture.TempFile("listing.txt", Encoding.UTF8.GetBytes(text)));
        Assert.Equal(new[] { "Good", "Also good" }, papers.Select(p => p.Title));
        Assert.Equal(ErrorIds.DigestEntryInvalid, Assert.Single(problems).ErrorId);
    }

    [Fact]
    public void AHugeLineIsSkippedAndReported()
    {
        var text = "\\\\\narXiv:2402.00001\nTitle: Kept\n\\\\\n" + new string('x', 5000) + "\n  Abstract.\n\\\\ ( https://arxiv.org/abs/2402.00001 ,  1kb)\n";
        var (papers, problems) = Fixture.Import(Fixture.TempFile("long.txt", Encoding.UTF8.GetBytes(text)), new DigestImportOptions { MaxLineLength = 1000 });
        var paper = Assert.Single(papers);
        Assert.Equal("Kept", paper.Title);
        Assert.Equal("Abstract.", paper.Abstract);
        var problem = Assert.Single(problems);
        Assert.Equal(ErrorIds.DigestLineTooLong, problem.ErrorId);
        Assert.Equal(5, problem.Line);
    }
}

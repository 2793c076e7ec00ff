using System;
using System.Linq;
using PaperTools.Diagnostics;
using PaperTools.Digests;
using Xunit;

namespace PaperTools.Tests.Digests.PlainText;

/// <summary>
/// The five real Hugging Face digests in tests/Fixtures/text (copied from shared/digests).
/// Expected counts were established by reading the files:
///  000: 19 non-blank lines, no blank-line separation. Line 1 "Technology" is a section heading;
///       lines 2-11 are five title/abstract pairs; 12 is a PDF file name whose text (13) follows;
///       14 "Appendices776" heads the appendix text on 15; 16/17 is a sixth paper ("ATechnical Report
///       on Erasing the Invisible"); 18/19 is a news story whose body repeats its headline.
///       So 6 papers and 4 non-paper entries covering lines 1, 12-13, 14-15, 18-19.
///  001: blank-line layout; 118 non-blank lines = 6 lines of page chrome and date ("Aug 20") + 56 pairs.
///  002: line-by-line layout; 502 lines = 2 header lines + 250 pairs (the first title glued to "Subscribe").
///       Line 78 is a 303-character abstract, the shortest, still paired with title 77.
///  003: line-by-line; 428 lines = 2 header lines + 213 pairs.
///  004: blank-line layout; 114 non-blank lines = 6 lines of chrome and date ("Sep 4") + 54 pairs.
/// </summary>
public class SharedDigestTests
{
    [Theory]
    [InlineData("000", 6, 4)]
    [InlineData("001", 56, 0)]
    [InlineData("002", 250, 0)]
    [InlineData("003", 213, 0)]
    [InlineData("004", 54, 0)]
    public void CountsPapersAndNonPapers(string digest, int papers, int nonPapers)
    {
        var (read, problems) = Fixture.Import(Fixture.SharedDigest(digest), new DigestImportOptions { Year = 2025 });
        Assert.Empty(problems);
        Assert.Equal(papers, read.Count(p => p.IsPaper));
        Assert.Equal(nonPapers, read.Count(p => !p.IsPaper));
        Assert.All(read, p => Assert.Equal(DigestFormat.Text, p.SourceFormat));
    }

    [Theory]
    [InlineData("001")]
    [InlineData("002")]
    [InlineData("003")]
    [InlineData("004")]
    public void EveryPaperHasItsAbstractOnTheNextContentLine(string digest)
    {
        var path = Fixture.SharedDigest(digest);
        var lines = System.IO.File.ReadAllLines(path);
        var (papers, _) = Fixture.Import(path);
        foreach (var paper in papers)
        {
            Assert.NotNull(paper.Abstract);
            var next = lines.Skip(paper.SourceLine).First(l => l.Trim().Length > 0).Trim();
            Assert.Equal(next, paper.Abstract);
        }
    }

    [Fact]
    public void FirstAndLastEntriesOfEachLayoutArePaired()
    {
        var (p001, _) = Fixture.Import(Fixture.SharedDigest("001"));
        Assert.Equal("One Perturbation is Enough: On Generating Universal Adversarial Perturbations against Vision-Language Pre-training Models", p001[0].Title);
        Assert.Equal(13, p001[0].SourceLine);
        Assert.StartsWith("Vision-Language Pre-training (VLP) models have exhibited", p001[0].Abstract);
        Assert.Equal("Robustifying State-space Models for Long Sequences via Approximate Diagonalization", p001[^1].Title);
        Assert.StartsWith("State-space models (SSMs) have recently emerged", p001[^1].Abstract);

        var (p002, _) = Fixture.Import(Fixture.SharedDigest("002"));
        Assert.Equal("Experimenting with Additive Margins for Contrastive Self-Supervised Speaker Verification", p002[0].Title);
        Assert.Equal(3, p002[0].SourceLine);
        var angle = p002.Single(p => p.Title == "A New Angle on L2 Regularization");
        Assert.Equal(77, angle.SourceLine);
        Assert.StartsWith("Imagine two high-dimensional clusters", angle.Abstract);
        Assert.Equal("Superclass-Guided Representation Disentanglement for Spurious Correlation Mitigation", p002[^1].Title);

        var (p003, _) = Fixture.Import(Fixture.SharedDigest("003"));
        Assert.Equal("Primal-Dual Mesh Convolutional Neural Networks", p003[0].Title);
        Assert.Equal("Tutorial on amortized optimization", p003[^1].Title);
    }

    [Fact]
    public void PageChromeNeverBecomesAPaper()
    {
        var chrome = new[] { "new", "Subscribe", "Daily Papers", "byAK and the research community", "Get trending papers in your email inbox!", "Get trending papers in your email inbox once a day!", "Aug 20", "Sep 4" };
        foreach (var digest in new[] { "000", "001", "002", "003", "004" })
        {
            var (papers, _) = Fixture.Import(Fixture.SharedDigest(digest));
            Assert.DoesNotContain(papers, p => chrome.Contains(p.Title) || p.Title.StartsWith("Subscribe", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void EveryNonPaperLineOf000IsClassified()
    {
        var (entries, _) = Fixture.Import(Fixture.SharedDigest("000"));
        var nonPapers = entries.Where(p => !p.IsPaper).Select(p => (p.SourceLine, p.NonPaperReason)).ToArray();
        Assert.Equal(new[]
        {
            (1, "section heading"),
            (12, "PDF file name"),
            (14, "appendix fragment"),
            (18, "news story"),
        }, nonPapers);
        // Each non-paper entry owns the line after it where it has one: 13, 15 and 19 are their texts.
        Assert.Null(entries.Single(p => p.SourceLine == 1).Abstract);
        Assert.StartsWith("LCDB 1.1", entries.Single(p => p.SourceLine == 12).Abstract);
        Assert.StartsWith("ALimitations777", entries.Single(p => p.SourceLine == 14).Abstract);
        Assert.StartsWith("Starmer to confirm", entries.Single(p => p.SourceLine == 18).Abstract);
    }

    [Fact]
    public void PapersOf000AreTheSixRealOnes()
    {
        var (entries, _) = Fixture.Import(Fixture.SharedDigest("000"));
        Assert.Equal(new[]
        {
            "Learning Theory for Kernel Bilevel Optimization",
            "Localizing Knowledge in Diffusion Transformers",
            "UniHG: ALarge-scale Universal Heterogeneous Graph Dataset and Benchmark for Representation Learning and Cross-Domain Transferring",
            "Estimating cognitive biases with attention-aware inverse planning",
            "Intermediate Domain Alignment and Morphology Analogy for Patent-Product Image Retrieval",
            "ATechnical Report on \" Erasing the Invisible \": The 2024 NeurIPS Competition on Stress Testing Image Watermarks",
        }, entries.Where(p => p.IsPaper).Select(p => p.Title));
    }

    [Fact]
    public void RepairsWindows874MojibakeAndDropsTheFootnoteMark()
    {
        var (entries, _) = Fixture.Import(Fixture.SharedDigest("000"));
        var localizing = entries.Single(p => p.Title == "Localizing Knowledge in Diffusion Transformers");
        Assert.Contains("PixArt-α, FLUX, and SANA", localizing.Abstract);
        Assert.DoesNotContain("ฮ", localizing.Abstract);
        Assert.EndsWith("controllable model editing.", localizing.Abstract);
    }

    [Fact]
    public void KeepsGenuineUnicodeIntact()
    {
        var (papers, _) = Fixture.Import(Fixture.SharedDigest("003"));
        Assert.Contains(papers, p => p.Title == "From Optimization Dynamics to Generalization Bounds via Łojasiewicz Gradient Inequality");
        Assert.Contains(papers, p => p.Title == "Optimal design of plane elastic membranes using the convexified Föppl's model");
        Assert.Contains(papers, p => p.Title.StartsWith("Týr-the-Pruner", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadsTheDigestDateWithTheYearGiven()
    {
        var (p001, _) = Fixture.Import(Fixture.SharedDigest("001"), new PaperTools.Digests.DigestImportOptions { Year = 2025 });
        Assert.All(p001, p => Assert.Equal(new DateTime(2025, 8, 20), p.DigestDate));
        var (p004, _) = Fixture.Import(Fixture.SharedDigest("004"), new PaperTools.Digests.DigestImportOptions { Year = 2025 });
        Assert.All(p004, p => Assert.Equal(new DateTime(2025, 9, 4), p.DigestDate));
    }

    [Fact]
    public void DigestDateOptionOverridesTheFile()
    {
        var date = new DateTime(2024, 1, 2);
        var (p001, _) = Fixture.Import(Fixture.SharedDigest("001"), new PaperTools.Digests.DigestImportOptions { DigestDate = date });
        Assert.All(p001, p => Assert.Equal(date, p.DigestDate));
    }

    [Fact]
    public void DigestsWithoutADateLineHaveNoDigestDate()
    {
        var (p002, _) = Fixture.Import(Fixture.SharedDigest("002"));
        Assert.All(p002, p => Assert.Null(p.DigestDate));
    }

    [Fact]
    public void NeverInventsAuthorsOrYears()
    {
        foreach (var digest in new[] { "000", "001", "002", "003", "004" })
        {
            var (papers, _) = Fixture.Import(Fixture.SharedDigest(digest));
            Assert.All(papers, p =>
            {
                Assert.Empty(p.Authors);
                Assert.Null(p.Year);
                Assert.Null(p.Published);
            });
        }
    }

    [Fact]
    public void DuplicatesAcrossFilesShareTheirId()
    {
        var (p001, _) = Fixture.Import(Fixture.SharedDigest("001"));
        var (p002, _) = Fixture.Import(Fixture.SharedDigest("002"));
        var shared = p001.Select(p => p.Id).Intersect(p002.Select(p => p.Id)).ToList();
        Assert.Contains("title:an efficient tester learner for halfspaces", shared);
        Assert.Contains("title:pac generalization via invariant representations", shared);
    }

    [Fact]
    public void ProvenanceNamesTheFile()
    {
        var path = Fixture.SharedDigest("004");
        var (papers, _) = Fixture.Import(path);
        Assert.All(papers, p => Assert.Equal(path, p.Source));
        Assert.Equal(13, papers[0].SourceLine);
    }

    [Fact]
    public void ADateLineWithoutAYearTakenFromTheFileDateIsAWarningNamingTheYear()
    {
        var path = Fixture.TempFile("copied.txt", System.IO.File.ReadAllBytes(Fixture.SharedDigest("001")));
        System.IO.File.SetLastWriteTime(path, new System.DateTime(2026, 1, 15));

        var (read, problems) = Fixture.Import(path);

        var guessed = Assert.Single(problems);
        Assert.Equal(ErrorIds.DigestYearGuessed, guessed.ErrorId);
        Assert.Equal(11, guessed.Line);
        Assert.Contains("2025 was taken from the file's date (2026-01-15)", guessed.Message);
        Assert.All(read, p => Assert.Equal(new System.DateTime(2025, 8, 20), p.DigestDate));
        Assert.Equal(ProblemSeverity.Warning, guessed.Severity);
        Assert.Empty(Fixture.Import(path, new DigestImportOptions { Year = 2025 }).Problems);
    }
}

using System.Collections.Generic;
using System.IO;
using System.Linq;
using PaperTools.BibTeX;
using PaperTools.Formats.BibTeX;
using PaperTools.Diagnostics;
using PaperTools.Identity;
using Xunit;

namespace PaperTools.Tests.BibTeX;

public class BibTeXRoundTripTests
{
    public static IEnumerable<object[]> Settings()
    {
        foreach (var dialect in new[] { BibTeXDialect.BibTeX, BibTeXDialect.BibLaTeX })
            foreach (var escaping in new[] { BibTeXEscaping.Latex, BibTeXEscaping.Unicode })
                foreach (var source in new[] { "digests", "fixtures", "crafted", "hostile" })
                    yield return new object[] { dialect, escaping, source };
    }

    internal static List<Paper> Papers(string source)
    {
        switch (source)
        {
            case "digests": return SamplePapers.AllDigests();
            case "fixtures": return SamplePapers.AllReaderFixtures();
            case "crafted": return SamplePapers.All().ToList();
            default: return HostilePapers.All().ToList();
        }
    }

    [Theory]
    [MemberData(nameof(Settings))]
    public void ExportImportExportIsByteIdentical(BibTeXDialect dialect, BibTeXEscaping escaping, string source)
    {
        var options = new BibTeXExportOptions { Dialect = dialect, Escaping = escaping };
        var dir = BibTeXTestFiles.NewFolder();
        var first = Path.Combine(dir, "first.bib");
        var second = Path.Combine(dir, "second.bib");
        var problems = new List<PaperTools.Diagnostics.Problem>();
        BibTeXTestFiles.Export(first, Papers(source), options, problems: problems);
        var readBack = BibTeXTestFiles.Import(first);
        BibTeXTestFiles.Export(second, readBack, options, problems: problems);
        Assert.Equal(File.ReadAllText(first), File.ReadAllText(second));
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        // Besides characters LaTeX cannot spell: values of RIS and CSL-JSON items kept in the note (fixtures).
        var expected = source == "fixtures"
            ? new[] { ErrorIds.BibTeXUnmappableCharacter, ErrorIds.BibTeXItemValueInNote }
            : new[] { ErrorIds.BibTeXUnmappableCharacter };
        Assert.All(problems, p => Assert.Contains(p.ErrorId, expected));
    }

    [Fact]
    public void ReadBackPapersAreTheSameWorksWithTheirFields()
    {
        var dir = BibTeXTestFiles.NewFolder();
        var path = Path.Combine(dir, "lib.bib");
        var originals = SamplePapers.All().ToList();
        BibTeXTestFiles.Export(path, originals, new BibTeXExportOptions());
        var read = BibTeXTestFiles.Import(path);
        Assert.Equal(originals.Count, read.Count);
        for (var i = 0; i < originals.Count; i++)
        {
            Assert.True(SameWork.Compare(originals[i], read[i]).IsSameWork);
            Assert.Equal(originals[i].Id, read[i].Id);
            Assert.Equal(originals[i].Authors, read[i].Authors);
            Assert.Equal(originals[i].Year, read[i].Year);
            Assert.Equal(originals[i].ArxivId, read[i].ArxivId);
            Assert.Equal(originals[i].Abstract, read[i].Abstract);
        }
        Assert.Equal("Gradient Flows and the Łojasiewicz Inequality: Convergence of Gödel-style Arguments", read[1].Title);
        Assert.Equal(new[] { "Stanisław Łojasiewicz", "Kurt Gödel", "Pál Erdős", "Jiří Šimeček" }, read[1].Authors);
    }

    [Fact]
    public void DigestPapersReadBackWithTitleAndAbstractIntact()
    {
        var dir = BibTeXTestFiles.NewFolder();
        var path = Path.Combine(dir, "digests.bib");
        var index = new SameWorkIndex();
        var originals = new List<Paper>();
        foreach (var paper in SamplePapers.AllDigests())
        {
            if (index.FindSameWork(paper) != null) continue;
            index.Add(paper);
            originals.Add(paper);
        }
        BibTeXTestFiles.Export(path, originals, new BibTeXExportOptions { Escaping = BibTeXEscaping.Unicode });
        var read = BibTeXTestFiles.Import(path);
        Assert.Equal(originals.Count, read.Count);
        for (var i = 0; i < originals.Count; i++)
        {
            // Text that already holds LaTeX (na\"ive, 61.2\%) reads back decoded; the rest reads back as it was.
            if (!originals[i].Title.Contains('\\')) Assert.Equal(Collapse(originals[i].Title), read[i].Title);
            if (originals[i].Abstract != null && !originals[i].Abstract.Contains('\\')) Assert.Equal(Collapse(originals[i].Abstract), read[i].Abstract);
            Assert.Empty(read[i].Authors);
            Assert.Null(read[i].Year);
        }
    }

    [Theory]
    [InlineData("Error falls by ≈7% and ×2 in memory, ≤5 ms.")]
    [InlineData("A gain of ≥10 points at α=0.05, costing $5.")]
    public void MathSymbolsBeforeDigitsReadBackAsWritten(string text)
    {
        // The reader takes a "$" before a digit as a price, so the writer must not end math right before one.
        var path = Path.Combine(BibTeXTestFiles.NewFolder(), "math.bib");
        var paper = new Paper { ArxivId = "2401.00001", Title = text, Abstract = text };
        BibTeXTestFiles.Export(path, new[] { paper }, new BibTeXExportOptions { Escaping = BibTeXEscaping.Latex });
        var read = Assert.Single(BibTeXTestFiles.Import(path));
        Assert.Equal(text, read.Abstract);
        Assert.Equal(text, read.Title);
    }

    private static string Collapse(string text) => text == null ? null : System.Text.RegularExpressions.Regex.Replace(text.Trim(), @"\s+", " ");
}

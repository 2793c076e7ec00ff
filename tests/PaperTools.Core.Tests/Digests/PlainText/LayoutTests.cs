using System.Linq;
using System.Text;
using PaperTools.Digests;
using Xunit;

namespace PaperTools.Tests.Digests.PlainText;

/// <summary>Crafted variations of the two real layouts: missing abstracts, stray blank lines, line endings.</summary>
public class LayoutTests
{
    private const string AbstractA = "We study how additive margins change contrastive objectives for speaker verification. Our experiments show that margins reduce false positives and improve separability across several benchmarks.";
    private const string AbstractB = "We propose a bilevel method with provable guarantees. The method converges at a linear rate and outperforms strong baselines on three standard tasks in our experiments.";

    private static (System.Collections.Generic.List<Paper> Papers, System.Collections.Generic.List<PaperTools.Diagnostics.Problem> Problems) Read(string text, Encoding encoding = null)
        => Fixture.Import(Fixture.TempFile("digest.txt", (encoding ?? new UTF8Encoding(false)).GetBytes(text)));

    [Fact]
    public void TitleWithoutAbstractDoesNotShiftTheNextPair()
    {
        var (papers, _) = Read($"Title Without Abstract Here\nMargins for Speakers\n{AbstractA}\nBilevel Methods Revisited\n{AbstractB}\n");
        Assert.Equal(new[] { "Title Without Abstract Here", "Margins for Speakers", "Bilevel Methods Revisited" }, papers.Select(p => p.Title));
        Assert.Null(papers[0].Abstract);
        Assert.Equal(AbstractA, papers[1].Abstract);
        Assert.Equal(AbstractB, papers[2].Abstract);
    }

    [Fact]
    public void ExtraBlankLinesAreIgnored()
    {
        var (papers, _) = Read($"\n\nMargins for Speakers\n\n\n\n{AbstractA}\n\n\nBilevel Methods Revisited\n{AbstractB}\n\n");
        Assert.Equal(2, papers.Count);
        Assert.Equal(AbstractA, papers[0].Abstract);
        Assert.Equal(3, papers[0].SourceLine);
    }

    [Fact]
    public void LastTitleWithoutAbstractIsKept()
    {
        var (papers, _) = Read($"Margins for Speakers\n{AbstractA}\nA Final Title With No Abstract");
        Assert.Equal(2, papers.Count);
        Assert.Null(papers[1].Abstract);
        Assert.True(papers[1].IsPaper);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void ReadsOtherLineEndings(string newline)
    {
        var (papers, _) = Read(string.Join(newline, "Margins for Speakers", AbstractA, "Bilevel Methods Revisited", AbstractB) + newline);
        Assert.Equal(2, papers.Count);
        Assert.Equal("Margins for Speakers", papers[0].Title);
        Assert.Equal(AbstractA, papers[0].Abstract);
        Assert.Equal(3, papers[1].SourceLine);
    }

    [Fact]
    public void ReadsUtf8WithBom()
    {
        var (papers, problems) = Read("Łojasiewicz Inequalities Revisited\n" + AbstractB, new UTF8Encoding(true));
        Assert.Empty(problems);
        Assert.Equal("Łojasiewicz Inequalities Revisited", papers.Single().Title);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(true, false)]
    public void ReadsUtf16(bool bigEndian, bool withBom)
    {
        var (papers, problems) = Read("Föppl Membranes and PixArt-α\r\n" + AbstractB + "\r\n", new UnicodeEncoding(bigEndian, withBom));
        Assert.Empty(problems);
        Assert.Equal("Föppl Membranes and PixArt-α", papers.Single().Title);
        Assert.Equal(AbstractB, papers.Single().Abstract);
    }

    [Fact]
    public void RepairsWindows1252Mojibake()
    {
        var (papers, _) = Read("CafÃ© Models for RÃ©sumÃ© Parsing\nWeâ€™re proposing a model for rÃ©sumÃ©s. Our experiments show that it works well on several benchmarks in practice.\n");
        Assert.Equal("Café Models for Résumé Parsing", papers.Single().Title);
        Assert.StartsWith("We’re proposing a model for résumés.", papers.Single().Abstract);
    }

    [Fact]
    public void DateLineWithYearIsReadAsIs()
    {
        var (papers, _) = Read($"Daily Papers\nSeptember 4, 2023\nMargins for Speakers\n{AbstractA}\n");
        Assert.Equal(new System.DateTime(2023, 9, 4), papers.Single().DigestDate);
    }
}

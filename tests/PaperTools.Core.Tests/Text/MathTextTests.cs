#nullable enable
using System.Linq;
using PaperTools.Formats.CslJson;
using Xunit;

namespace PaperTools.Tests.Text;

/// <summary>
/// Inline math of real .bib titles and abstracts as text for RIS and CSL-JSON: exact renderings replace the TeX, the
/// rest stays as written; the Paper's title keeps its TeX, so the .bib road and the title keys are unchanged.
/// </summary>
public class MathTextTests
{
    private static Paper Entry(string file, string key) => Fixture.RealBibPaper(file, key);

    [Theory]
    [InlineData("Alexeev2020", "Antiproton over proton and K⁻ over K⁺ multiplicity ratios at high z in DIS")]
    [InlineData("Mannel2020", "CP Violation in Three-body B Decays: A Model Ansatz")]
    [InlineData("Choi2020", "Connecting between inflation and dark matter in models with gauged Z₃ symmetry")]
    [InlineData("Lu2020", "Horndeski Gravity as D→4 Limit of Gauss-Bonnet")]
    [InlineData("Povoroznyk2019",
        "Experimental observation of neutron-neutron correlations in nucleus ⁶He from ³H(α,pα)nn reaction")]
    [InlineData("Ruijsenaars2020", "On Razamat's A₂ and A₃ kernel identities")]
    public void ARealTitlesMathIsWrittenAsText(string key, string expected)
    {
        var paper = Entry("jabref-testjabref.bib", key);
        Assert.Contains("$", paper.Title);
        Assert.Equal(expected, MathText.ToPlain(paper.Title));
    }

    [Fact]
    public void OperatorNamesAreWordsAndSpacingCommandsSpaces()
    {
        var tidy = Fixture.BibPapers(Fixture.Path("bibtex", "real", "bibtex-tidy-example.bib"))
            .First(p => p.Title?.StartsWith("An $O(n", System.StringComparison.Ordinal) == true);
        Assert.Equal("An O(n log n / log log n) Sorting Algorithm", MathText.ToPlain(tidy.Title));
        Assert.Equal("e=mc²", MathText.ToPlain(Entry("citation-js-math.bib", "math").Title));
        var abstractText = Entry("jabref-testjabref.bib", "Dovgoshey2009a").Abstract;
        Assert.Contains("an arbitrary metric space X has a unique pretangent space at the marked point a∈X.",
            MathText.ToPlain(abstractText));
    }

    [Fact]
    public void MathWithoutAnExactRenderingStaysAsWritten()
    {
        var wonder = Fixture.BibPapers(Fixture.Path("bibtex", "real", "biber-examples.bib"))
            .Single(p => p.Title == "Signs of W$\\frac{o}{a}$nder");
        Assert.Equal(wonder.Title, MathText.ToPlain(wonder.Title));
        Assert.Equal("at $\\sqrt{s_{NN}}=200$ GeV", MathText.ToPlain("at $\\sqrt{s_{NN}}=200$ GeV"));
        // A subscript of capitals has no Unicode characters: plain text keeps the TeX, rich text lowers it.
        Assert.Equal("a $U(1)_{B-L}$ gauge extension", MathText.ToPlain("a $U(1)_{B-L}$ gauge extension"));
        Assert.Equal("a U(1)<sub>B-L</sub> gauge extension",
            MathText.ToRichText("a $U(1)_{B-L}$ gauge extension", t => CslRichText.Escape(t)!));
        Assert.Equal("costs $5 and $10", MathText.ToPlain("costs $5 and $10"));
    }

    [Fact]
    public void RichTextEscapesTheWordsAroundTheMath()
    {
        Assert.Equal("K⁻ and p<sub>T</sub> in a &lt;b> tag",
            MathText.ToRichText("K$^-$ and $p_T$ in a <b> tag", t => CslRichText.Escape(t)!));
    }
}

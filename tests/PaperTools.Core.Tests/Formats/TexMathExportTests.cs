#nullable enable
using System.Linq;
using Xunit;

namespace PaperTools.Tests.Formats;

/// <summary>
/// RIS and CSL-JSON, which are not TeX, get a title's inline math as text where that is exact (Zotero reads K$^-$ of
/// a .bib as K⁻ too), CSL-JSON a script Unicode lacks as rich text; a RIS or CSL-JSON record's own dollars stay.
/// </summary>
public class TexMathExportTests
{
    [Fact]
    public void ABibTitlesMathIsTextInRisAndCslJson()
    {
        var paper = Fixture.BibPapers(Fixture.Path("bibtex", "real", "jabref-testjabref.bib"))
            .Single(p => p.CitationKey == "Alexeev2020");
        Assert.Equal("Antiproton over proton and K$^-$ over K$^+$ multiplicity ratios at high $z$ in DIS", paper.Title);
        const string text = "Antiproton over proton and K⁻ over K⁺ multiplicity ratios at high z in DIS";
        Assert.Contains("TI  - " + text + "\r\n", ItemFormats.Write("ris", paper));
        Assert.Contains("\"title\": \"" + text + "\"", ItemFormats.Write("csl", paper));
    }

    [Fact]
    public void AnArxivTitlesSubscriptIsRichTextInCslJsonAndStaysTexInRis()
    {
        var paper = Fixture.Import(Fixture.Path("arxiv-rss1", "hep-ex_2021-07-08.rdf")).Papers
            .Single(p => p.ArxivId == "2107.03419");
        Assert.Contains("\"title\": \"Observation of excited Ω<sub>c</sub>⁰ baryons in Ω<sub>b</sub>⁻ → "
            + "Ξ<sub>c</sub>⁺ K⁻π⁻ decays\"", ItemFormats.Write("csl", paper));
        Assert.Contains("TI  - " + paper.Title + "\r\n", ItemFormats.Write("ris", paper));
    }

    [Fact]
    public void ARisRecordsDollarsAreItsOwn()
    {
        var (papers, _) = ItemFormats.Read("ris", "TY  - JOUR\r\nTI  - Why $z$ costs $5\r\nER  - \r\n");
        var paper = Assert.Single(papers);
        Assert.Contains("TI  - Why $z$ costs $5\r\n", ItemFormats.Write("ris", paper));
        Assert.Contains("\"title\": \"Why $z$ costs $5\"", ItemFormats.Write("csl", paper));
    }
}

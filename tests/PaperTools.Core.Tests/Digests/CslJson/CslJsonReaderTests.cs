using System;
using System.Linq;
using PaperTools.Diagnostics;
using Xunit;

namespace PaperTools.Tests.Digests.CslJson;

/// <summary>CSL-JSON from Better BibTeX's Zotero exports and the CSL processor test suite, and crafted items.</summary>
public class CslJsonReaderTests
{
    [Fact]
    public void ReadsAZoteroExport()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("csl-json", "zotero_bbt_pandoc_citation.csl.json"));
        Assert.Empty(problems);
        Assert.All(papers, p => Assert.Equal(DigestFormat.CslJson, p.SourceFormat));
        Assert.Equal(new[] { "Adams2001", "Berndt1994", "Dunning2016", "Wordsworth1883" }, papers.Select(p => p.CitationKey));
        // CSL rich text leaves the titles: <b>, <i>, <sub> and the nocase span.
        Assert.Equal("The physical volcanology of the 1600 eruption of Huaynaputina, southern Peru", papers[0].Title);
        Assert.Equal("Skizze zur Auslegungsgeschichte der Bücher Prouerbia und Ecclesiastes in der abendländischen Kirche", papers[1].Title);
        Assert.Equal("Samuel Presbiter: Notes from the school of William de Montibus. Collecta ex diuersis auditis in scola magistri Willelmi de Monte", papers[2].Title);
        Assert.Equal(7, papers[0].Authors.Length);
        Assert.Equal("Adams, Nancy K", papers[0].Authors[0]);
        Assert.Equal(new int?[] { 2014, 1994, 2016, 1883 }, papers.Select(p => p.Year));
        Assert.Equal(new DateTime(2014, 12, 31), papers[0].Published);
        Assert.Equal("10.1484/J.SE.2.303788", papers[1].Doi);
        // The Gospel has an editor and no author: the editor is not made one.
        Assert.Empty(papers[3].Authors);
    }

    [Fact]
    public void ALoneSurrogateEscapeIsReadAsReplacementWithAWarningAndEveryItemRead()
    {
        var json = System.IO.File.ReadAllText(Fixture.Path("csl-json", "zotero_bbt_pandoc_citation.csl.json"));
        Assert.Contains("Skizze zur", json);

        var (papers, problems) = PaperTools.Tests.Robustness.DigestRun.Read(json.Replace("Skizze zur", "Skizze \\ud800zur"));

        Assert.Equal(4, papers.Count);
        Assert.StartsWith("Skizze \uFFFDzur", papers[1].Title);
        var warning = Assert.Single(problems);
        Assert.Equal(ErrorIds.DigestInvalidCharacter, warning.ErrorId);
        Assert.Equal(papers[1].SourceLine, warning.Line);
    }

    [Fact]
    public void ReadsParticlesAndYearsWrittenAsStrings()
    {
        var particles = Fixture.Import(Fixture.Path("csl-json", "test-suite_disambiguate_PrimaryNameWithNonDroppingParticle.json")).Papers;
        Assert.Equal("dos Santos, Rafael G", particles[0].Authors[0]);
        // A dropping particle ends the given name, where Zotero keeps it and bibtex reads it as given.
        Assert.Equal("Oliveira, Regina Célia de", particles[1].Authors[1]);

        var hang = Fixture.Import(Fixture.Path("csl-json", "test-suite_bugreports_ProcessorHang1.json")).Papers;
        Assert.Equal(3, hang.Count);
        Assert.Equal("Biodiversity loss in Latin American coffee landscapes: review of the evidence on ants, birds, and trees", hang[0].Title);
        Assert.Equal(14, hang[0].Authors.Length);
        Assert.Equal(new int?[] { 2008, 2008, 2008 }, hang.Select(p => p.Year));
        Assert.Equal("10.1111/j.1523-1739.2008.01029.x", hang[0].Doi);
    }

    [Fact]
    public void ReadsAZoteroShapedPreprint()
    {
        var paper = Assert.Single(Fixture.Import(Fixture.Path("csl-json", "zotero_shaped_arxiv_preprint.csl.json")).Papers);
        Assert.Equal("2303.09681", paper.ArxivId);
        Assert.Null(paper.Doi);
        Assert.Equal("arxiv:2303.09681", paper.Id);
        Assert.Equal(2023, paper.Year);
        Assert.Null(paper.Published);
        Assert.Equal("Zou, Shihao", paper.Authors[0]);
    }

    [Fact]
    public void ItemsWithoutATitleAreReadAsZoteroReadsThem()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("csl-json", "test-suite_name_ParticlesDemoteNonDroppingNever.json"));
        Assert.Empty(problems);
        Assert.Equal(61, papers.Count);
        Assert.All(papers, p => Assert.Null(p.Title));
        Assert.Equal(new[] { "Familyname, Givenname al" }, papers[0].Authors);
        Assert.Equal("book", papers[0].Item?.Type);
    }

    [Fact]
    public void WrongTypesAndHugeValuesAreNamedAndTheRestRead()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("csl-json", "hostile_items.csl.json"));
        // "wrongtypes" states its year as CSL 1.0.2's EDTF string ("2019"), the one value of the right type it has.
        Assert.Equal(new[] { "good", "hugeyear", "wrongtypes", "notitle", "raw", "season" },
            papers.Select(p => p.CitationKey));
        Assert.Equal("A kept title", papers[0].Title);
        Assert.Equal(new[] { "Kept, Author", "LHCb Collaboration" }, papers[0].Authors);
        Assert.Equal(new DateTime(2019, 5, 17), papers[0].Published);
        Assert.Null(papers[1].Year);
        Assert.Equal((2019, null), (papers[2].Year, papers[2].Title));
        Assert.Empty(papers[2].Authors);
        Assert.Equal(new[] { "Only, Author" }, papers[3].Authors);
        Assert.Equal(new DateTime(2017, 6, 12), papers[4].Published);
        Assert.Equal(2017, papers[5].Year);
        Assert.Equal(2, problems.Count);
    }

    [Fact]
    public void AFileCutShortKeepsTheCompleteItems()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("csl-json", "cut_in_third_item.csl.json"));
        Assert.Equal(new[] { "Adams2001", "Berndt1994" }, papers.Select(p => p.CitationKey));
        Assert.Equal(ErrorIds.DigestTruncated, Assert.Single(problems).ErrorId);
    }
}

#nullable enable
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PaperTools.Diagnostics;
using Xunit;

namespace PaperTools.Tests.Export;

/// <summary>
/// What RIS or CSL-JSON has no tag or variable for is written in the record's note, "name: value", and named by an
/// ExportItemValueInNote warning at the record's source line; the rest of the record, and the other records, are
/// written as before, and the file reads back and writes again byte for byte.
/// </summary>
public class ItemValueInNoteTests
{
    // biblatex's own examples: the 'Higher-Dimensional Algebra V' article states a version (none in RIS); 'The LaTeX
    // Companion' its pagetotal = {528}, which a book's SP holds (Zotero reads it as the number of pages), not its note.
    [Fact]
    public void ABibVersionIsARisNoteNamedByAWarningAndABooksPageCountItsSP()
    {
        var source = Fixture.Path("bibtex", "real", "biblatex-biblatex-examples.bib");
        // Its @set entry states nothing a reader takes back: left out, so the file reads back whole.
        var papers = Fixture.BibPapers(source).Where(p => p.Title != null).ToList();
        var (text, problems) = Write("ris", papers);
        Assert.Contains("N1  - version: 3\r\n", text);
        Assert.DoesNotContain("number-of-pages", text);
        Assert.All(problems, p => Assert.Equal((ErrorIds.ExportItemValueInNote, ProblemSeverity.Warning),
            (p.ErrorId, p.Severity)));
        var companion = papers.Single(p => p.Title == "The LaTeX Companion");
        Assert.Contains("TI  - The LaTeX Companion\r\n", text);
        Assert.Matches(@"TI  - The LaTeX Companion\r\n(?:[A-Z][A-Z0-9]  - .*\r\n)*?SP  - 528\r\n", text);
        Assert.DoesNotContain(problems, p => p.Line == companion.SourceLine && p.Message.Contains("pages"));
        var algebra = papers.First(p => p.Title == "Higher-Dimensional Algebra V: 2-Groups");
        // Its annotation (CSL annote, a RIS note too) and its version.
        Assert.StartsWith("annote, version of ", Assert.Single(problems, p => p.Line == algebra.SourceLine).Message);
        Assert.Equal(papers.Count, Count(text, "ER  - "));
        AssertRewrittenAsIs("ris", text);
    }

    // A .bib field no mapping reads (biblatex's maintitle and part of a volume of collected works) is the RIS and
    // CSL-JSON note, named; fields about the entry rather than the work (langid, indextitle; JabRef's owner,
    // timestamp and groups) are not.
    [Fact]
    public void ABibFieldNoMappingReadsIsTheNoteAndBookkeepingIsNot()
    {
        var coleridge = Fixture.RealBibPaper("biblatex-biblatex-examples.bib", "coleridge");
        var jabref = Fixture.RealBibPaper("zotero-better-bibtex-bbt_does_not_import_groups_from_jabref_5.1__1641.bib",
            "Bogadottir2012");
        foreach (var format in new[] { "ris", "csl" })
        {
            var (text, problems) = Write(format, new[] { coleridge, jabref });
            Assert.Contains("BibTeX:maintitle: The collected works of Samuel Taylor Coleridge", text);
            Assert.Contains("BibTeX:part: 2", text);
            foreach (var entryField in new[] { "langid", "indextitle", "owner", "timestamp", "groups", "napoletano" })
                Assert.DoesNotContain(entryField, text);
            Assert.Contains(problems, p => p.ErrorId == ErrorIds.ExportItemValueInNote
                && p.Line == coleridge.SourceLine && p.Message.Contains("BibTeX:maintitle, BibTeX:part"));
            Assert.DoesNotContain(problems, p => p.Line == jabref.SourceLine);
        }
    }

    // Zotero's RIS case 07 is a Citavi export: its H1/H2 (library and call number) and TS tags have no CSL variable.
    [Fact]
    public void RisTagsWithoutCslVariableAreCslNotesNamedByAWarning()
    {
        var (papers, _) = Fixture.Import(Fixture.Path("ris", "real", "zotero-translators-RIS-case07.ris"));
        var (text, problems) = Write("csl", papers);
        Assert.Contains("\"note\": \"RIS:H1: UB Leipzig; RIS:H2: PL 415 D419; RIS:TS: BibTeX\"", text);
        var warning = Assert.Single(problems);
        Assert.Equal(ErrorIds.ExportItemValueInNote, warning.ErrorId);
        Assert.StartsWith("RIS:H1, RIS:H2, RIS:TS of 'Eigentumsverfassung und Finanzkrise' have no CSL-JSON",
            warning.Message);
        AssertRewrittenAsIs("csl", text);
    }

    // A role neither format has (Zotero's bill sponsor) is a note in both, where CSL-JSON wrote it as a contributor.
    [Theory]
    [InlineData("ris", "N1  - sponsor: Doe, Jane\r\n")]
    [InlineData("csl", "\"note\": \"sponsor: Doe, Jane\"")]
    public void ARoleTheFormatLacksIsANote(string format, string note)
    {
        var paper = new Paper
            { Title = "An Act", Source = "crafted", SourceLine = 3, Item = new BibItem { Type = "bill" } };
        paper.Item.Creators.Add(new BibCreator("sponsor", "Doe, Jane"));
        var (text, problems) = Write(format, new[] { paper });
        Assert.Contains(note, text);
        Assert.DoesNotContain("contributor", text);
        Assert.Equal(("crafted", 3), (Assert.Single(problems).Target, problems[0].Line));
    }

    // A digest paper has no item: nothing to name.
    [Theory]
    [InlineData("ris")]
    [InlineData("csl")]
    public void ADigestPaperIsWrittenWithoutWarning(string format)
    {
        var (_, problems) = Write(format, ExportFiles.Papers("digests"));
        Assert.Empty(problems);
    }

    private static (string Text, List<Problem> Problems) Write(string format, IEnumerable<Paper> papers)
    {
        var path = ExportFiles.NewFile(format);
        var problems = new List<Problem>();
        ExportFiles.Export(path, papers, format, problems: problems);
        return (File.ReadAllText(path), problems);
    }

    // Read back and written again, the file is the same: the note is the record's note now.
    private static void AssertRewrittenAsIs(string format, string text)
    {
        var path = ExportFiles.NewFile(format);
        File.WriteAllText(path, text);
        var (again, _) = Write(format, Fixture.Import(path).Papers);
        Assert.Equal(text, again);
    }

    private static int Count(string text, string what) => text.Split(what).Length - 1;
}

#nullable enable
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PaperTools.Diagnostics;
using PaperTools.Formats;
using PaperTools.Formats.BibTeX;
using PaperTools.Tests.BibTeX;
using PaperTools.Tests.Export;
using Xunit;

namespace PaperTools.Tests.Formats;

/// <summary>
/// Real .bib files (biblatex's own examples, bibtex-tidy's, JabRef's) exported as RIS and CSL-JSON and read back:
/// every entry is written (none merged with another on its title), with its type, editors and translators, and
/// every variable the target format's table holds; a month without a day stays a month.
/// </summary>
public class ItemRoundTripTests
{
    public static IEnumerable<object[]> Sets()
        => from file in new[] { "biblatex-biblatex-examples.bib", "bibtex-tidy-example.bib", "jabref-complex.bib", "biber-examples.bib" }
           from format in new[] { "ris", "csl" }
           select new object[] { format, file };

    [Theory]
    [MemberData(nameof(Sets))]
    public void EveryEntryKeepsItsItemThroughRisAndCslJson(string format, string file)
    {
        var all = Fixture.BibPapers(Fixture.Path("bibtex", "real", file)).ToList();
        var path = ExportFiles.NewFile(format);
        var problems = new List<Problem>();
        var plan = ExportFiles.Export(path, all, format, problems: problems);
        // Every work is written, one without title or identifier too, and read back as Zotero reads it; PaperTools'
        // readers name only a record that states nothing at all. A @set is not a work (EntryNotAWorkTests).
        var works = all.Where(p => !string.Equals(p.EntryType, "set", System.StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Equal(works, plan.Written.Select(r => r.Key));
        // What the format has no tag or variable for is named, and kept in the note (ItemValueInNoteTests).
        Assert.All(problems.Where(p => p.ErrorId != ErrorIds.ExportEntryNotAWork),
            p => Assert.Equal(ErrorIds.ExportItemValueInNote, p.ErrorId));
        // Each is written with what it inherits through crossref and xdata (InheritedFieldsTests).
        var inheritance = new BibTeXInheritance();
        all.ForEach(inheritance.Add);
        var papers = works.Select(inheritance.Resolve)
            .Where(p => !Items.StatesNothing(p, Items.Of(p) ?? new BibItem())).ToList();
        var (read, readProblems) = Fixture.Import(path);
        Assert.Equal(works.Count - papers.Count, readProblems.Count);
        Assert.All(readProblems, p => Assert.Equal(ErrorIds.DigestEntryInvalid, p.ErrorId));
        Assert.Equal(papers.Count, read.Count);
        var table = format == "ris" ? PaperTools.Formats.Ris.RisMapping.Table : PaperTools.Formats.CslJson.CslMapping.Table;
        for (var i = 0; i < papers.Count; i++)
        {
            var before = Items.Of(papers[i]);
            var after = read[i].Item;
            var what = $"{file} '{papers[i].CitationKey}' through {format}";
            if (before?.Type != null) Assert.True(before.Type == after?.Type, $"{what}: type {before.Type} came back as {after?.Type}");
            Assert.Equal(Creators(before), Creators(after));
            foreach (var variable in before?.Variables.Keys.Where(v => v == "page" || table.Fields.Any(r => r.Target == v)) ?? Enumerable.Empty<string>())
                Assert.True(before![variable] == after?[variable], $"{what}: {variable} '{before[variable]}' came back as '{after?[variable]}'");
            Assert.Equal(Items.Issued(papers[i], before), Items.Issued(read[i], after));
        }
    }

    // Names as every writer writes them: "Family, Given".
    private static IEnumerable<BibCreator> Creators(BibItem? item)
        => (item?.Creators ?? new List<BibCreator>()).Select(c => c with { Name = PersonName.Parse(c.Name)!.ToSortedForm() });

    [Fact]
    public void EntriesOfOneTitleAreNotMergedAndAMonthStaysAMonth()
    {
        var bib = "@article{a, title = {Editor's introduction}, journal = {J}, volume = {1}, year = {1980}, month = oct}\n"
                  + "@article{b, title = {Editor's introduction}, journal = {J}, volume = {2}, year = {1981}, month = oct}\n"
                  + "@misc{c, note = {nothing to cite but a note}}\n";
        var path = Path.Combine(BibTeXTestFiles.NewFolder(), "same.bib");
        File.WriteAllText(path, bib);
        var papers = BibTeXTestFiles.Import(path);
        foreach (var format in new[] { "ris", "csl" })
        {
            var target = ExportFiles.NewFile(format);
            var plan = ExportFiles.Export(target, papers, format);
            Assert.Equal(3, plan.Written.Count);
            var text = File.ReadAllText(target);
            var compact = System.Text.RegularExpressions.Regex.Replace(text, @"\s+", string.Empty);
            Assert.Contains(format == "ris" ? "DA  - 1980/10\r\n" : "\"date-parts\":[[1980,10]]", format == "ris" ? text : compact);
            Assert.Contains(format == "ris" ? "VL  - 2\r\n" : "\"volume\":\"2\"", format == "ris" ? text : compact);
            // The entry with only a note is the user's too: written with its note.
            var note = "nothing to cite but a note";
            Assert.Contains(format == "ris" ? "N1  - " + note + "\r\n" : "\"note\": \"" + note + "\"", text);
        }
    }

    // BibLaTeX's subtitle joins the title as Zotero's BibTeX import joins it: ": ", or a space after punctuation.
    [Theory]
    [InlineData("ris", "The True Frontier", "Confronting and Avoiding", "The True Frontier: Confronting and Avoiding")]
    [InlineData("csl", "The True Frontier", "Confronting and Avoiding", "The True Frontier: Confronting and Avoiding")]
    [InlineData("ris", "Why?", "Because", "Why? Because")]
    [InlineData("csl", "Elements --", "A Study", "Elements – A Study")]
    [InlineData("ris", "Elements", "{\\textendash} A Study", "Elements – A Study")]
    public void ASubtitleIsWrittenAsPartOfTheTitle(string format, string title, string subtitle, string written)
    {
        var paper = ItemFormats.ReadBib($"@book{{k, title = {{{title}}}, subtitle = {{{subtitle}}}, year = 2001}}\n");
        Assert.Equal(written, ItemFormats.Through(format, paper).Title);
    }

    [Theory]
    [InlineData("ris")]
    [InlineData("csl")]
    public void EveryRealEntryWithASubtitleKeepsIt(string format)
    {
        var file = Fixture.Path("bibtex", "real", "biblatex-biblatex-examples.bib");
        var all = Fixture.BibPapers(file).Where(p => p.Title != null && p.Fields.Contains("subtitle")).ToList();
        Assert.True(all.Count >= 10, $"{all.Count} entries with a subtitle");
        foreach (var paper in all)
        {
            var back = ItemFormats.Through(format, paper).Title!;
            Assert.StartsWith(paper.Title!, back);
            Assert.EndsWith(Items.Of(paper)!["subtitle"]!, back);
        }
    }
}

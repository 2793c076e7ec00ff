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
        var all = PaperTools.BibTeX.BibTeXLibrary.Read(Fixture.Path("bibtex", "real", file), _ => { }).Papers.ToList();
        var path = ExportFiles.NewFile(format);
        var problems = new List<Problem>();
        var plan = ExportFiles.Export(path, all, format, problems: problems);
        // Every entry is written but those with nothing these formats can cite, which are named.
        var papers = all.Where(Items.Citable).ToList();
        Assert.Equal(papers, plan.Written.Select(r => r.Paper));
        Assert.Equal(all.Count - papers.Count, problems.Count(p => p.ErrorId == ErrorIds.ExportPaperIncomplete));
        var (read, readProblems) = Fixture.Import(path);
        Assert.Empty(readProblems);
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
            Assert.Equal(2, plan.Written.Count);
            var text = File.ReadAllText(target);
            var compact = System.Text.RegularExpressions.Regex.Replace(text, @"\s+", string.Empty);
            Assert.Contains(format == "ris" ? "DA  - 1980/10\r\n" : "\"date-parts\":[[1980,10]]", format == "ris" ? text : compact);
            Assert.Contains(format == "ris" ? "VL  - 2\r\n" : "\"volume\":\"2\"", format == "ris" ? text : compact);
            Assert.DoesNotContain(format == "ris" ? "N1  - " : "\"note\"", text);
        }
    }
}

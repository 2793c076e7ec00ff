#nullable enable
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PaperTools.BibTeX;
using PaperTools.Formats.BibTeX;
using PaperTools.Diagnostics;
using PaperTools.Formats;
using PaperTools.Tests.BibTeX;
using Xunit;

namespace PaperTools.Tests.Formats;

/// <summary>
/// Real RIS and CSL-JSON files (the reader fixtures) written to .bib through their items, in both dialects, and read
/// back: each record's type, editors and translators, every variable the dialect has a field for, and the date with
/// its precision come back; what the dialect, or biblatex's data model for the entry's type, has no field for is in
/// the entry's note, with a named warning.
/// </summary>
public class ItemToBibTeXTests
{
    public static IEnumerable<object[]> Sets()
        => from file in new[]
           {
               "ris/example_full.ris", "ris/example_urls.ris", "ris/example_utf_chars.ris",
               "csl-json/zotero_bbt_pandoc_citation.csl.json", "csl-json/test-suite_bugreports_ProcessorHang1.json",
           }
           from dialect in new[] { BibTeXDialect.BibTeX, BibTeXDialect.BibLaTeX }
           select new object[] { file, dialect };

    [Theory]
    [MemberData(nameof(Sets))]
    public void EveryRecordKeepsItsItemThroughTheBib(string file, BibTeXDialect dialect)
    {
        var (papers, _) = Fixture.Import(Fixture.Path(file.Split('/')));
        Assert.Contains(papers, p => p.Item != null);
        var path = Path.Combine(BibTeXTestFiles.NewFolder(), "items.bib");
        var problems = new List<Problem>();
        var options = new BibTeXExportOptions { Dialect = dialect };
        var plan = BibTeXTestFiles.Export(path, papers, options, problems: problems);
        // Records of one work (example_urls.ris: four copies of Shannon's paper) are merged by the export session.
        papers = plan.Written.Select(w => w.Key).ToList();
        var named = new[] { ErrorIds.BibTeXItemValueInNote, ErrorIds.BibTeXUnmappableCharacter };
        Assert.All(problems, p => Assert.Contains(p.ErrorId, named));
        var read = BibTeXTestFiles.Import(path);
        var table = BibTeXMapping.For(dialect);
        for (var i = 0; i < papers.Count; i++)
        {
            var before = papers[i].Item;
            if (before == null) continue;
            var after = BibTeXMapping.Read(read[i]);
            var what = $"{file} '{papers[i].Title}' in {dialect}";
            var type = Items.CslType(papers[i], before);
            if (table.Types.Any(t => t.Target == type))
                Assert.True(BibTeXMapping.Table.CslType(table.TypeFor(type)) == after?.Type,
                    $"{what}: {type} came back as {after?.Type}");
            var held = before.Creators
                .Where(c => table.RoleField(c.Role) != null && BibTeXMapping.Holds(read[i].EntryType!, c.Role));
            Assert.Equal(held, after?.Creators ?? new List<BibCreator>());
            var note = read[i].Fields["note"] ?? string.Empty;
            foreach (var variable in before.Variables)
            {
                if (variable.Key == "note") continue;
                // A CSL title's markup (<i>, <b>) is the title field's LaTeX (\textit, \textbf), not a note.
                if (variable.Key == "title" && (dialect == BibTeXDialect.BibLaTeX || before["subtitle"] == null))
                {
                    Assert.DoesNotContain("title: ", note);
                    Assert.DoesNotContain("<", read[i].Fields["title"]);
                    continue;
                }
                // As the rule reads what it wrote; a page range "1-5" is BibTeX's "1--5", read back as "1\u20135", as
                // Zotero's BibTeX import reads it.
                if (table.Fields.FirstOrDefault(r => BibTeXMapping.Variable(r, read[i].EntryType!) == variable.Key)
                        is MappingRule rule
                    && BibTeXMapping.Holds(read[i].EntryType!, variable.Key))
                    Assert.True(Dashed(rule.Read(variable.Value)) == Dashed(after?[variable.Key]),
                        $"{what}: {variable.Key} '{variable.Value}' came back as '{after?[variable.Key]}'");
                else Assert.Contains(variable.Key + ": ", note);
            }
            Assert.All(before.Unknown, u => Assert.Contains(u.Key + ": ", note));
            Assert.Equal(Items.Issued(papers[i], before), Items.Issued(read[i], after));
        }
    }

    [Theory]
    [MemberData(nameof(Dialects))]
    public void ExportImportExportOfRisRecordsIsByteIdentical(BibTeXDialect dialect)
    {
        var papers = Fixture.Files("ris").SelectMany(f => Fixture.Import(f).Papers).ToList();
        var folder = BibTeXTestFiles.NewFolder();
        var (first, second) = (Path.Combine(folder, "first.bib"), Path.Combine(folder, "second.bib"));
        var options = new BibTeXExportOptions { Dialect = dialect };
        BibTeXTestFiles.Export(first, papers, options, problems: new List<Problem>());
        BibTeXTestFiles.Export(second, BibTeXTestFiles.Import(first), options);
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    public static IEnumerable<object[]> Dialects() => MappingTableTests.Dialects();

    [Fact]
    public void AThesisABookChapterAndAMonthAreWrittenAsEachDialectHoldsThem()
    {
        var (papers, _) = ItemFormats.Read("ris", string.Join("\r\n",
            "TY  - THES", "TI  - Flows on graphs", "AU  - Smith, Ann", "PY  - 1980", "DA  - 1980/10//", "PB  - MIT",
            "M3  - Master's thesis", "CY  - Cambridge, MA", "ER  - ",
            "TY  - CHAP", "TI  - A chapter", "AU  - Doe, Jan", "ED  - Bell, II, Edwin V.", "T2  - The book",
            "PY  - 2001", "SP  - 12", "EP  - 15", "PB  - Springer", "SN  - 978-3-16-148410-0", "CN  - QA76",
            "ER  - ", ""));
        var problems = new List<Problem>();
        var (bibtex, _) = ItemFormats.ThroughBib(papers[0], BibTeXDialect.BibTeX);
        Assert.StartsWith("@mastersthesis{", bibtex);
        Assert.Matches(@"\n  month +?= oct,", bibtex);
        Assert.All(new[] { "school        = {MIT}", "address       = {Cambridge, MA}" }, f => Assert.Contains(f, bibtex));
        var (biblatex, _) = ItemFormats.ThroughBib(papers[0], BibTeXDialect.BibLaTeX);
        Assert.StartsWith("@thesis{", biblatex);
        Assert.All(new[]
        {
            "institution   = {MIT}", "location      = {Cambridge, MA}", "type          = {Master's thesis}",
            "date          = {1980-10}",
        }, f => Assert.Contains(f, biblatex));

        var (chapter, back) = ItemFormats.ThroughBib(papers[1], BibTeXDialect.BibTeX, problems);
        Assert.StartsWith("@incollection{", chapter);
        // A call number has no BibTeX field: it is kept in the note, and the warning names it.
        Assert.All(new[]
        {
            "booktitle     = {The book}", "editor        = {Bell, II, Edwin V.}", "pages         = {12--15}",
            "isbn          = {978-3-16-148410-0}", "note          = {call-number: QA76}",
        }, f => Assert.Contains(f, chapter));
        var warning = Assert.Single(problems);
        Assert.Equal((ErrorIds.BibTeXItemValueInNote, ProblemSeverity.Warning), (warning.ErrorId, warning.Severity));
        Assert.Contains("call-number", warning.Message);
        Assert.Equal("12\u201315", BibTeXMapping.Read(back)?["page"]);
    }

    private static string? Dashed(string? value) => value?.Replace('\u2013', '-');
}

using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using PaperTools.BibTeX;
using PaperTools.Formats.BibTeX;
using PaperTools.Diagnostics;
using PaperTools.Export;
using Xunit;

namespace PaperTools.Tests.BibTeX;

/// <summary>
/// A paper read from a .bib keeps its entry, and the exporter writes back what the user did not change exactly as
/// it was: type, key, fields as written (macros, #, braces, case), and the file's @string, @preamble and @comment
/// blocks. What the user changed is written from the change, in place.
/// </summary>
public class EntryModelTests
{
    private const string Library =
        "% Library kept with JabRef.\n" +
        "@preamble{ \"\\newcommand{\\noopsort}[1]{}\" }\n" +
        "@string{ pami = \"IEEE Transactions on Pattern Analysis\" }\n\n" +
        "@Article{dibattista1999,\n" +
        "  Author    = {{Di Battista}, Giuseppe and {T}utte, W. T.},\n" +
        "  Title     = {Typesetting graphs with {\\TeX}: {$O(n^2)$} drawings},\n" +
        "  Journal   = pami # \" (Special Issue)\",\n" +
        "  Year      = 1999,\n" +
        "  Pages     = {87--89},\n" +
        "  Publisher = {IEEE},\n" +
        "}\n\n" +
        "@inproceedings{,\n" +
        "  title = {An entry without a key},\n" +
        "  booktitle = {Proceedings of Something}, volume = 3, number = {4},\n" +
        "  editor = {van der Berg, Jan}\n" +
        "}\n\n" +
        "@book{knuth1984,\n  title = {The {\\TeX}book},\n  author = {Knuth, Donald E.},\n  year = {1984},\n  isbn = {0-201-13447-0},\n  series = {Computers and Typesetting}\n}\n\n" +
        "@comment{jabref-meta: grouping:\n0 AllEntriesGroup:;\n1 StaticGroup:Graphs\\;0\\;1\\;\\;\\;\\;;\n}\n";

    private static (string Path, List<Paper> Papers) Read(string text)
    {
        var path = Fixture.TempFile("library.bib", new UTF8Encoding(false).GetBytes(text));
        return (path, BibTeXTestFiles.Import(path));
    }

    private static string ExportText(IEnumerable<Paper> papers, BibTeXExportOptions options = null, bool append = false, string path = null)
    {
        path = path ?? Path.Combine(BibTeXTestFiles.NewFolder(), "out.bib");
        BibTeXTestFiles.Export(path, papers, options, append, new List<Problem>());
        return File.ReadAllText(path);
    }

    [Fact]
    public void ImportThenExportGivesTheSameBytes()
    {
        var (path, papers) = Read(Library);
        var exported = Path.Combine(BibTeXTestFiles.NewFolder(), "copy.bib");
        BibTeXTestFiles.Export(exported, papers);
        Assert.Equal(File.ReadAllBytes(path), File.ReadAllBytes(exported));
    }

    [Fact]
    public void APaperCarriesItsEntryAsWritten()
    {
        var paper = Read(Library).Papers[0];
        Assert.Equal("article", paper.EntryType);
        Assert.Equal("Article", paper.Entry.Type);
        Assert.Equal(new[] { "Author", "Title", "Journal", "Year", "Pages", "Publisher" }, paper.Fields.Select(f => f.Name));
        Assert.Equal("pami # \" (Special Issue)\"", paper.Fields["journal"]);
        Assert.Equal("1999", paper.Fields["YEAR"]);
        Assert.Equal("{87--89}", paper.Fields["pages"]);
        Assert.StartsWith("@Article{dibattista1999,", paper.Entry.Text);
        Assert.EndsWith("}", paper.Entry.Text);
        Assert.Equal("IEEE Transactions on Pattern Analysis (Special Issue)", paper.Venue);
        Assert.Equal(new[] { BibTeXBlockKind.Text, BibTeXBlockKind.Preamble, BibTeXBlockKind.Text, BibTeXBlockKind.String },
            paper.Entry.Document.Blocks.Take(4).Select(b => b.Kind));
    }

    [Fact]
    public void AChangedPropertyIsWrittenAnewAndEverythingElseAsWritten()
    {
        var papers = Read(Library).Papers;
        papers[0].Year = 2000;
        var text = ExportText(papers);
        var entry = text.Substring(text.IndexOf("@Article{dibattista1999,"));
        entry = entry.Substring(0, entry.IndexOf("\n}") + 2);
        Assert.Contains("Year          = {2000}", entry);
        Assert.Contains("{{Di Battista}, Giuseppe and {T}utte, W. T.}", entry);
        Assert.Contains("{Typesetting graphs with {\\TeX}: {$O(n^2)$} drawings}", entry);
        Assert.Contains("pami # \" (Special Issue)\"", entry);
        Assert.Contains("Pages         = {87--89}", entry);
        // The fields keep their order, the changed one in its place.
        Assert.True(entry.IndexOf("Journal") < entry.IndexOf("Year") && entry.IndexOf("Year") < entry.IndexOf("Pages"));
        // The other entries and the blocks are untouched.
        Assert.StartsWith("% Library kept with JabRef.\n@preamble{ \"\\newcommand{\\noopsort}[1]{}\" }\n@string{ pami = \"IEEE Transactions on Pattern Analysis\" }\n\n@Article{", text);
        Assert.Contains("@inproceedings{,\n  title = {An entry without a key},", text);
        Assert.EndsWith("@comment{jabref-meta: grouping:\n0 AllEntriesGroup:;\n1 StaticGroup:Graphs\\;0\\;1\\;\\;\\;\\;;\n}\n", text);
    }

    [Fact]
    public void NamesAlreadyWrittenKeepTheirBracesWhenTheListChanges()
    {
        var paper = Read(Library).Papers[0];
        paper.Authors = paper.Authors.Concat(new[] { "Łukasz Nowak" }).ToArray();
        var text = ExportText(new[] { paper });
        Assert.Contains("{{Di Battista}, Giuseppe and {T}utte, W. T. and {\\L}ukasz Nowak}", text);
    }

    [Fact]
    public void AChangedTitleIsEscapedButUnchangedLatexIsNot()
    {
        var paper = Read(Library).Papers[2];
        Assert.Equal("The TeXbook", paper.Title);
        var unchanged = ExportText(new[] { paper });
        Assert.Contains("title = {The {\\TeX}book}", unchanged);
        paper.Title = "The TeXbook, 100% revised";
        var changed = ExportText(new[] { paper });
        Assert.Contains("title         = {The {TeXbook}, 100\\% revised}", changed);
        Assert.Contains("isbn = {0-201-13447-0}", changed.Replace("isbn          =", "isbn ="));
    }

    [Fact]
    public void KeyAndTypeChangesKeepEveryOtherByte()
    {
        var paper = Read(Library).Papers[2];
        paper.CitationKey = "knuthTeXbook";
        paper.EntryType = "manual";
        var text = ExportText(new[] { paper });
        Assert.Contains("@manual{knuthTeXbook,\n  title = {The {\\TeX}book},\n  author = {Knuth, Donald E.},", text);
    }

    [Fact]
    public void AKeyGivenToAnEntryReadWithoutOneGoesBeforeItsFirstField()
    {
        // JabRef's RePEc test file: "@TechReport{\n  author = …", no key and no comma. A key the paper is given (by
        // the user, or by a RIS or CSL-JSON export before) is written before the author field, which stays whole.
        var path = Fixture.Path("bibtex", "real", "jabref-repecnepimportertest2.bib");
        var paper = Assert.Single(Read(File.ReadAllText(path)).Papers);
        Assert.Equal(string.Empty, paper.CitationKey);
        paper.CitationKey = "muller2005weak";
        var text = ExportText(new[] { paper });
        Assert.StartsWith("@TechReport{muller2005weak,\n  author =        {M?ller,Rudolf and Perea,Andr?s and Wolf,Sascha},\n",
            text);
        var back = Assert.Single(Read(text).Papers);
        Assert.Equal("muller2005weak", back.CitationKey);
        Assert.Equal(3, back.Authors.Length);
        Assert.Equal(paper.Authors, back.Authors);
        Assert.Equal(paper.Title, back.Title);
    }

    [Fact]
    public void EditedFieldsAreWrittenAsGiven()
    {
        var paper = Read(Library).Papers[2];
        paper.Fields["note"] = "{Seen at {TUG}}";
        paper.Fields["series"] = null;
        var text = ExportText(new[] { paper });
        Assert.Contains("note          = {Seen at {TUG}}", text);
        Assert.DoesNotContain("series", text);
        Assert.Contains("title         = {The {\\TeX}book}", text);
    }

    [Fact]
    public void AnEmptyKeyStaysEmptyUnlessKeysAreToBeMade()
    {
        var papers = Read(Library).Papers;
        Assert.Equal(string.Empty, papers[1].CitationKey);
        Assert.Contains("@inproceedings{,\n", ExportText(papers));
        var made = ExportText(Read(Library).Papers, new BibTeXExportOptions { AddMissingKeys = true });
        Assert.Contains("@inproceedings{entryWithoutKey,\n", made);
        Assert.Contains("  title = {An entry without a key},", made);
    }

    [Fact]
    public void FilteredPapersBringTheMacrosTheyUseAndTheFilesBlocks()
    {
        var papers = Read(Library).Papers;
        var text = ExportText(new[] { papers[0] });
        Assert.True(text.IndexOf("@string{ pami") < text.IndexOf("@Article{dibattista1999"));
        Assert.Contains("@preamble{", text);
        Assert.Contains("@comment{jabref-meta", text);
        // In reverse order every definition still comes before its first use.
        var reversed = ExportText(new[] { papers[2], papers[0] });
        Assert.True(reversed.IndexOf("@string{ pami") < reversed.IndexOf("@Article{dibattista1999"));
        Assert.True(reversed.IndexOf("@book{knuth1984") < reversed.IndexOf("@Article{dibattista1999"));
    }

    [Fact]
    public void AppendedEntriesFromAnotherFileBringTheMacrosTheyNeed()
    {
        var papers = Read(Library).Papers;
        var target = Fixture.TempFile("target.bib", Encoding.UTF8.GetBytes("@misc{other, title = {Other}}\n"));
        var text = ExportText(new[] { papers[0] }, append: true, path: target);
        Assert.StartsWith("@misc{other, title = {Other}}\n\n@string{ pami = \"IEEE Transactions on Pattern Analysis\" }\n\n@Article{dibattista1999,", text);
        Assert.DoesNotContain("@preamble", text);
        var reread = BibTeXTestFiles.Import(target);
        Assert.Equal("IEEE Transactions on Pattern Analysis (Special Issue)", reread[1].Venue);
    }

    [Fact]
    public void ConvertedEntriesCarryTheirMacroDefinitionsOnce()
    {
        var papers = Read(Library + "\n@article{second, journal = pami, title = {Second}}\n").Papers;
        var carrier = new BibTeXMacroCarrier("\n");
        var session = new ExportSession<BibTeXEntry>(new BibTeXFileFormat());
        var first = carrier.WithDefinitions(session.Add(papers[0]));
        Assert.StartsWith("@string{ pami = \"IEEE Transactions on Pattern Analysis\" }\n\n@Article{dibattista1999,", first);
        Assert.Equal("@article{second, journal = pami, title = {Second}}", carrier.WithDefinitions(session.Add(papers[3])));
    }

    [Fact]
    public void ExcludeAbstractLeavesAbstractsOutOfReadEntriesToo()
    {
        var (_, papers) = Read("@article{a,\n  title = {T},\n  abstract = {Long text.},\n  year = 2000\n}\n");
        var text = ExportText(papers, new BibTeXExportOptions { IncludeAbstract = false });
        Assert.DoesNotContain("abstract", text);
        Assert.Contains("year          = 2000", text);
    }

    [Fact]
    public void NullListsReadAsEmptyAndExportWithoutThrowing()
    {
        var paper = SamplePapers.Attention();
        paper.Authors = null;
        paper.Keywords = null;
        paper.Categories = null;
        paper.Fields = null;
        Assert.Empty(paper.Authors);
        Assert.Empty(paper.Keywords);
        Assert.Empty(paper.Categories);
        Assert.Empty(paper.Fields);
        var text = ExportText(new[] { paper });
        Assert.Contains("@misc{attentionAllYou2017,", text);
        Assert.DoesNotContain("author", text);
    }
}

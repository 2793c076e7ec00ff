using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PaperTools.BibTeX;
using PaperTools.Formats.BibTeX;
using PaperTools.Diagnostics;
using Xunit;

namespace PaperTools.Tests.BibTeX;

public class BibTeXParserTests
{
    private static (List<Paper> Papers, List<Problem> Problems) ReadForeign()
    {
        var problems = new List<Problem>();
        var library = BibTeXLibrary.Read(Fixture.Path("bibtex", "foreign.bib"), problems.Add);
        return (library.Papers.ToList(), problems);
    }

    [Fact]
    public void ReadsEveryWellFormedEntryAndNamesTheBrokenOne()
    {
        var (papers, problems) = ReadForeign();
        Assert.Equal(new[] { "Lojasiewicz1963", "goedel1931", "vaswani2017attention", "simecek2024", "undefinedmacro" }, papers.Select(p => p.CitationKey));
        var broken = Assert.Single(problems, p => p.ErrorId == ErrorIds.BibTeXEntryInvalid);
        Assert.Equal(ProblemCategory.ParserError, broken.Category);
        Assert.Equal(39, broken.Line);
        Assert.EndsWith("foreign.bib", broken.Target);
        Assert.Contains("broken2020", broken.Message);
        var undefined = problems.Single(p => p.ErrorId == ErrorIds.BibTeXMacroUndefined);
        Assert.Contains("nosuchmacro", undefined.Message);
        Assert.All(papers, p => Assert.Equal(DigestFormat.BibTeX, p.SourceFormat));
    }

    [Fact]
    public void DecodesLatexIntoPaperFields()
    {
        var papers = ReadForeign().Papers.ToDictionary(p => p.CitationKey);
        var loj = papers["Lojasiewicz1963"];
        Assert.Equal("Une propriété topologique des sous-ensembles analytiques réels", loj.Title);
        Assert.Equal(new[] { "Łojasiewicz, Stanisław" }, loj.Authors);
        Assert.Equal("Les Équations aux Dérivées Partielles", loj.Venue);
        Assert.Equal(1963, loj.Year);
        Assert.Equal(new DateTime(1963, 1, 1), loj.Published);
        Assert.Equal(11, loj.SourceLine);

        var goedel = papers["goedel1931"];
        Assert.Equal("Über formal unentscheidbare Sätze der Principia Mathematica", goedel.Title);
        Assert.Equal(new[] { "Gödel, Kurt", "von Neumann, John" }, goedel.Authors);
        Assert.Equal("ACM Symposium on Logic", goedel.Venue);
        Assert.Equal(new DateTime(1931, 11, 1), goedel.Published);

        var vaswani = papers["vaswani2017attention"];
        Assert.Equal("1706.03762", vaswani.ArxivId);
        Assert.Equal(7, vaswani.ArxivVersion);
        Assert.Equal(new[] { "cs.CL" }, vaswani.Categories);
        Assert.Equal(new[] { "attention", "transformers" }, vaswani.Keywords);
        Assert.Equal(8, vaswani.Authors.Length);
        Assert.Equal("Kaiser, Łukasz", vaswani.Authors[6]);

        var simecek = papers["simecek2024"];
        Assert.Equal("Graphs with $O(n^2)$ edges and the α-conjecture", simecek.Title);
        Assert.Equal(new[] { "Šimeček, Jiří", "Erdős, Pál" }, simecek.Authors);
        Assert.Equal(new DateTime(2024, 2, 29), simecek.Published);
        Assert.Equal("2402.01234", simecek.ArxivId);
        Assert.Null(simecek.Doi);
        Assert.Equal("IEEE Transactions on Pattern Analysis and Machine Intelligence", simecek.Venue);
    }

    [Fact]
    public void ParsesTheSyntaxCorners()
    {
        var text = "@STRING{me = \"Ada\"}\n@Misc(paren, TITLE = \"With {nested \"quotes\"} inside\" # { and } # me, note = 12 ,)\n@misc{empty}\n";
        var problems = new List<Problem>();
        var records = BibTeXParser.Parse(text, "t.bib", problems.Add).Records;
        Assert.Empty(problems);
        Assert.Equal(2, records.Count);
        Assert.Equal("With {nested \"quotes\"} inside and Ada", records[0]["title"]);
        Assert.Equal("12", records[0]["note"]);
        Assert.Equal("misc", records[0].Type);
        Assert.Empty(records[1].Values);
    }

    [Fact]
    public void BracedValuesAreReadFromTheFileBytesAsBibtexReadsThem()
    {
        // From a UTF-8 file's bytes, a braced value is made only when asked for: its body, white space collapsed.
        var text = "@string{s = {  x\n  y }}\n@misc{k,\n  title = {\u00dcn\u00efcode\n\t title  with {Braces}},\n" +
                   "  TITLE = {second},\n  note = {a  b} # \" c \" # s,\n  abstract = {  spaced   out\n}\n}\n";
        var problems = new List<Problem>();
        var record = Assert.Single(BibTeXParser.Parse(System.Text.Encoding.UTF8.GetBytes(text), 0, "t.bib",
            problems.Add).Records);
        Assert.Empty(problems);
        Assert.Equal("\u00dcn\u00efcode title with {Braces}", record["title"]);
        Assert.Equal("a b c x y", record["note"]);
        Assert.Equal("spaced out", record["abstract"]);
        Assert.Equal(3, record.Values.Count);
        Assert.Equal(record["title"], record.Values["TITLE"]);
    }

    [Fact]
    public void AMacroKeepsTheSpaceAtItsEdgesAsBibtexAndBiberDo()
    {
        // bibtex-tidy's example: @STRING{STOC = " Symposium on the Theory of Computing"}, then "… ACM" # STOC.
        // bibtex's .bbl and biber --tool both read "Proc. Fifteenth Annual ACM Symposium on the Theory of Computing".
        var path = Fixture.Path("bibtex", "real", "bibtex-tidy-example.bib");
        var records = BibTeXParser.Parse(File.ReadAllText(path), path, _ => { }).Records;
        var minimal = records.Single(r => r.Key == "inproceedings-minimal");
        Assert.Equal("Proc. Fifteenth Annual ACM Symposium on the Theory of Computing", minimal["booktitle"]);
        Assert.Equal("Proc. Fifteenth Annual Symposium on the Theory of Computing",
            records.Single(r => r.Key == "proceedings-minimal")["title"]);
        // A field that is the macro alone is trimmed as a whole, and a blank macro is one space between words.
        var text = "@string{pad = \"  x  \"}\n@string{gap = \" \"}\n" +
                   "@misc{k, title = pad, note = \"a\" # gap # \"b\"}\n";
        var record = Assert.Single(BibTeXParser.Parse(text, "t.bib", _ => { }).Records);
        Assert.Equal("x", record["title"]);
        Assert.Equal("a b", record["note"]);
    }

    [Theory]
    [InlineData("@misc{a, title = {x}")]
    [InlineData("@misc{a, title = {x}}}} @misc{b, title={y}}")]
    [InlineData("@misc{, title = {x}}")]
    [InlineData("@misc{a title = {x}}")]
    [InlineData("@misc{a, title {x}}")]
    [InlineData("@misc{a, title = \"x}")]
    [InlineData("@misc{a, = {x}}")]
    [InlineData("@")]
    [InlineData("@@@@{{{{")]
    [InlineData("@string{")]
    [InlineData("@comment{")]
    [InlineData("\0\0\0@misc{\0")]
    public void BrokenInputNeverThrows(string text) => BibTeXParser.Parse(text, "t.bib", _ => { });

    [Fact]
    public void RecoversAtTheNextEntryLine()
    {
        var text = "@misc{a, title = {never closed\n\n@misc{b, title = {fine}}\n@misc{c, title = {x} = {no field name}}\n@misc{d, title = {also fine}}\n";
        var problems = new List<Problem>();
        var records = BibTeXParser.Parse(text, "t.bib", problems.Add).Records;
        Assert.Equal(new[] { "b", "d" }, records.Select(r => r.Key));
        Assert.Equal(new[] { 1, 4 }, problems.Select(p => p.Line));
    }

    [Fact]
    public void ReadsLatin1FilesAndMissingFilesAreNamed()
    {
        var path = Fixture.TempFile("latin1.bib", System.Text.Encoding.Latin1.GetBytes("@misc{m, title = {Müller}}\n"));
        var problems = new List<Problem>();
        var library = BibTeXLibrary.Read(path, problems.Add);
        Assert.Equal("Müller", library.Papers.Single().Title);
        Assert.False(library.IsUtf8);
        Assert.Null(BibTeXLibrary.Read(Path.Combine(Path.GetDirectoryName(path), "none.bib"), problems.Add));
        Assert.Equal(ErrorIds.BibTeXFileNotFound, problems.Last().ErrorId);
        Assert.Null(BibTeXLibrary.Read(Path.GetDirectoryName(path), problems.Add));
        Assert.Equal(ErrorIds.BibTeXFileUnreadable, problems.Last().ErrorId);
    }
}

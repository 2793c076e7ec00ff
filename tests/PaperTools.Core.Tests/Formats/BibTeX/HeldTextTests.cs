using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using PaperTools.BibTeX;
using PaperTools.Diagnostics;
using PaperTools.Formats.BibTeX;
using Xunit;

namespace PaperTools.Tests.BibTeX;

/// <summary>
/// Entries and fields read from a UTF-8 file keep their text as ranges of the file's bytes: they must read, and write
/// back, exactly as the same file read as text does, whatever the characters' lengths in UTF-8 and wherever they
/// stand (before an entry, inside a key or value, at the end of one).
/// </summary>
public class HeldTextTests
{
    /// <summary>One to four bytes a character in UTF-8 (é, 中, 𝛼 as a surrogate pair), CRLF line breaks, a value
    /// that ends on a multi-byte character and a block of them between entries.</summary>
    private const string Text =
        "% Bibliothèque — 中文 𝛼\r\n" +
        "@article{müller2020,\r\n" +
        "  author = {Müller, Jörg and 王, 小明},\r\n" +
        "  title = {Über 𝛼-Zerfälle im 中 Modell},\r\n" +
        "  journal = \"Ça 𝛽\" # { va},\r\n" +
        "  note = {ends on 𝛾}\r\n" +
        "}\r\n\r\n" +
        "é 中 𝛿 between entries\r\n" +
        "@misc{plain, title = {Plain ASCII}, year = 2020}\r\n";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void EntriesFromBytesReadAsEntriesFromText(bool byteOrderMark)
    {
        var fromBytes = Library(byteOrderMark);
        var fromText = BibTeXParser.Parse(Text, "held.bib", p => Assert.Fail(p.Message)).Records;

        Assert.Equal(fromText.Count, fromBytes.Papers.Count);
        for (var i = 0; i < fromText.Count; i++)
        {
            var expected = fromText[i].Entry;
            var entry = fromBytes.Papers[i].Entry!;
            Assert.True(entry.Source.IsUtf8);
            Assert.Equal(expected.Text, entry.Text);
            Assert.Equal(expected.Fields.Select(f => f.ToString()), entry.Fields.Select(f => f.ToString()));
            foreach (var field in entry.Fields)
            {
                var copied = new char[field.ValueLength];
                field.CopyValueTo(copied);
                Assert.Equal(field.Value, new string(copied));
            }
        }
        Assert.Equal("Über 𝛼-Zerfälle im 中 Modell", fromBytes.Papers[0].Title);
        Assert.Equal(new[] { "Müller, Jörg", "王, 小明" }, fromBytes.Papers[0].Authors);
    }

    [Fact]
    public void UnchangedEntriesAreWrittenBackByteForByte()
    {
        var library = Library(byteOrderMark: false);
        var path = Path.Combine(BibTeXTestFiles.NewFolder(), "again.bib");
        BibTeXTestFiles.Export(path, library.Papers);
        Assert.Equal(library.Bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void TouchedEntriesAreLaidOutFromTheHeldValues()
    {
        var fromBytes = Library(byteOrderMark: false).Papers;
        var fromText = BibTeXLibrary.Parse("held.bib", Encoding.Unicode.GetPreamble()
            .Concat(Encoding.Unicode.GetBytes(Text)).ToArray(), p => Assert.Fail(p.Message)).Papers;
        // A UTF-16 file is read as the UTF-8 made from its text, and held there as a UTF-8 file is.
        Assert.True(fromText[0].Entry!.Source.IsUtf8);
        var written = new List<string>();
        foreach (var papers in new[] { fromBytes, fromText })
        {
            foreach (var paper in papers) paper.Fields.Add("x-touched", "{ü}");
            var path = Path.Combine(BibTeXTestFiles.NewFolder(), "touched.bib");
            // Characters LaTeX has no spelling for are reported (and written as they are): not what is tested here.
            BibTeXTestFiles.Export(path, papers, problems: new List<Problem>());
            written.Add(File.ReadAllText(path, Encoding.UTF8));
        }
        Assert.Equal(written[1], written[0]);
        Assert.Contains("journal       = \"Ça 𝛽\" # { va},", written[0]);
        Assert.Contains("note          = {ends on 𝛾},", written[0]);
    }

    [Fact]
    public void EntriesShareTheirNamesAsTheFileSpellsThem()
    {
        var records = BibTeXParser.Parse("@misc{a, Title = {A}, year = 1}\n@misc{b, title = {B}, year = 2}\n" +
            "@misc{c, Title = {C}, year = 3}\n", "names.bib", p => Assert.Fail(p.Message)).Records;
        var first = records[0].Entry;
        Assert.Equal(new[] { "Title", "title", "Title" }, records.Select(r => r.Entry.Fields[0].Name));
        Assert.Same(first.Fields[0].Name, records[2].Entry.Fields[0].Name);
        Assert.Same(first.Fields[1].Name, records[1].Entry.Fields[1].Name);
        Assert.Same(first.Type, records[1].Entry.Type);
    }

    [Fact]
    public void TheLineBreaksBetweenEntriesShareTheirText()
    {
        var text = "@misc{a, year = 1}\n\n@misc{b, year = 2}\n\n@misc{c, year = 3}\n \n@misc{d, year = 4}\n";
        var blocks = BibTeXParser.Parse(text, "blocks.bib", p => Assert.Fail(p.Message)).Document.Blocks;
        Assert.Equal(new[] { "\n\n", "\n\n", "\n \n", "\n" }, blocks.Select(b => b.Text));
        Assert.Same(blocks[0].Text, blocks[1].Text);
    }

    private static BibTeXLibrary Library(bool byteOrderMark)
    {
        var bytes = new UTF8Encoding(byteOrderMark).GetPreamble().Concat(Encoding.UTF8.GetBytes(Text)).ToArray();
        var problems = new List<Problem>();
        var library = BibTeXLibrary.Parse("held.bib", bytes, problems.Add);
        Assert.Empty(problems);
        Assert.True(library.IsUtf8);
        return library;
    }
}

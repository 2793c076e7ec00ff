using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PaperTools.BibTeX;
using PaperTools.Diagnostics;
using PaperTools.Export;
using PaperTools.Formats.BibTeX;
using Xunit;

namespace PaperTools.Tests.BibTeX;

/// <summary>
/// The entries one export makes share blocks of UTF-8 text (EntryTextBuffer): each entry's text and each field's value
/// must stay its own, whatever the entries' sizes, in whichever block they fall, and an entry longer than a block holds.
/// Written with Unicode escaping, the text keeps characters of two, three and four bytes (ł, α, ∑, 𝔼).
/// </summary>
public class MadeEntryTextTests
{
    // Abstracts from a few characters to 100,000 (past the 64 Ki characters of a block), so entries fall at every
    // place in a block, end exactly at its end, and overflow it.
    private static readonly int[] AbstractLengths = Enumerable.Range(0, 400).Select(i => 7 + i * 97 % 3000)
        .Concat(new[] { 16_000, 16_500, 40_000, 70_000, 100_000, 12 }).ToArray();

    private static List<Paper> Papers()
    {
        var attention = SamplePapers.Attention();
        var lojasiewicz = SamplePapers.Lojasiewicz();
        return AbstractLengths.Select((length, i) =>
        {
            var paper = i % 2 == 0 ? SamplePapers.Attention() : SamplePapers.Lojasiewicz();
            var source = (i % 2 == 0 ? attention : lojasiewicz).Abstract + " ";
            paper.Title = $"{paper.Title} {i}";
            paper.ArxivId = $"2301.{i:00000}";
            paper.Abstract = string.Concat(Enumerable.Repeat(source, length / source.Length + 1))
                .Substring(0, length).Trim() + (i % 3 == 0 ? " ∑ 𝔼" : string.Empty) + $" ({i})";
            return paper;
        }).ToList();
    }

    [Theory]
    [InlineData(BibTeXEscaping.Latex)]
    [InlineData(BibTeXEscaping.Unicode)]
    public void EveryMadeEntryReadsAsItsOwnFieldsWhileAllAreHeld(BibTeXEscaping escaping)
    {
        var session = new ExportSession<BibTeXEntry>(new BibTeXFileFormat(new BibTeXExportOptions
        {
            Escaping = escaping,
        }));
        var papers = Papers();
        var entries = papers.Select(p => session.Add(p)).ToList();
        Assert.All(entries, Assert.NotNull);
        for (var i = 0; i < entries.Count; i++)
        {
            // Read back on its own, each entry's text gives the fields the entry carries, and its paper's abstract.
            var text = entries[i].Text;
            var parsed = BibTeXParser.Parse(text, "made.bib", p => Assert.Fail(p.Message)).Records.Single();
            Assert.Equal(entries[i].Fields.Select(f => (f.Name, f.Value)),
                parsed.Entry.Fields.Select(f => (f.Name, f.Value)));
            Assert.Equal(papers[i].Abstract, BibTeXPaperReader.ToPaper(parsed, "made.bib").Abstract);
        }
    }

    [Theory]
    [InlineData(BibTeXEscaping.Latex)]
    [InlineData(BibTeXEscaping.Unicode)]
    public void AFileOfMadeEntriesReadsBackAsThePapersWritten(BibTeXEscaping escaping)
    {
        var path = Path.Combine(BibTeXTestFiles.NewFolder(), "made.bib");
        var problems = new List<Problem>();
        var papers = Papers();
        BibTeXTestFiles.Export(path, papers, new BibTeXExportOptions { Escaping = escaping }, problems: problems);
        // LaTeX has no spelling of 𝔼 (the one character it reports); Unicode writes every character as it is.
        Assert.Equal(escaping == BibTeXEscaping.Latex ? new[] { ErrorIds.BibTeXUnmappableCharacter } : new string[0],
            problems.Select(p => p.ErrorId));
        var read = BibTeXTestFiles.Import(path);
        Assert.Equal(papers.Select(p => (p.Title, p.Abstract, p.ArxivId)),
            read.Select(p => (p.Title, p.Abstract, p.ArxivId)));
    }
}

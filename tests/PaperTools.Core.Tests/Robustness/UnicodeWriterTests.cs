using System.Collections.Generic;
using System.IO;
using System.Linq;
using PaperTools.BibTeX;
using PaperTools.Formats.BibTeX;
using PaperTools.Diagnostics;
using PaperTools.Export;
using PaperTools.Tests.BibTeX;
using Xunit;

namespace PaperTools.Tests.Robustness;

/// <summary>Case 4 on the BibTeX side: "\😀" aborted ConvertTo/Export and Import-PaperBibTeX lost every entry.</summary>
public class UnicodeWriterTests
{
    [Theory]
    [InlineData(BibTeXEscaping.Latex)]
    [InlineData(BibTeXEscaping.Unicode)]
    public void ABackslashBeforeAnAstralCharacterIsWrittenAndReadBack(BibTeXEscaping escaping)
    {
        var dir = BibTeXTestFiles.NewFolder();
        var path = Path.Combine(dir, "library.bib");
        var papers = new[]
        {
            new Paper { Title = "Deep \\😀 learning", Authors = new[] { "Ann \\😀 Smith" }, Abstract = "a \\'😀 b \\v{😀}", Year = 2024 },
            new Paper { Title = "Second paper", Year = 2024 },
        };
        var problems = new List<Problem>();
        BibTeXTestFiles.Export(path, papers, new BibTeXExportOptions { Escaping = escaping }, problems: problems);
        Assert.All(problems, p => Assert.Equal(ErrorIds.BibTeXUnmappableCharacter, p.ErrorId));

        var read = BibTeXTestFiles.Import(path);
        Assert.Equal(2, read.Count);
        Assert.Contains("😀", read[0].Title);
    }

    [Fact]
    public void AHandWrittenBibWithABackslashBeforeAnAstralCharacterKeepsEveryEntry()
    {
        var path = Fixture.TempFile("hand.bib", System.Text.Encoding.UTF8.GetBytes(
            "@misc{a, title = {Deep \\😀 learning}, author = {Ann \\'😀}}\n\n@misc{b, title = {Second}}\n"));
        var problems = new List<Problem>();
        var library = BibTeXLibrary.Read(path, problems.Add);
        Assert.Empty(problems);
        Assert.Equal(new[] { "Deep 😀 learning", "Second" }, library.Papers.Select(p => p.Title));
    }

    // Found by the writer's fuzz test: biber refuses a whole .bib that holds a noncharacter ("does not map to Unicode").
    [Fact]
    public void NoncharactersAreNotWritten()
    {
        var session = new ExportSession<BibTeXEntry>(new BibTeXFileFormat(new BibTeXExportOptions { Dialect = BibTeXDialect.BibLaTeX }), null, _ => { });
        var text = session.Add(new Paper { Title = "A \uFDE9 B \uFFFF C \U0001FFFE D", Authors = new[] { "Ann \uFDD0 Smith" }, Year = 2024 }).Text;
        var title = text.Split('\n').Single(l => l.TrimStart().StartsWith("title"));
        Assert.Equal("A B C D", LatexDecoder.Decode(title.Substring(title.IndexOf('{')).TrimEnd(',')));
        Assert.DoesNotContain('\uFDE9', text);
        Assert.DoesNotContain('\uFFFF', text);
        Assert.DoesNotContain("\U0001FFFE", text);
        Assert.Contains("Ann Smith", text);
    }

    [Fact]
    public void LoneSurrogatesInAPaperNeverStopABatch()
    {
        var session = new ExportSession<BibTeXEntry>(new BibTeXFileFormat(), null, _ => { });
        var paper = new Paper { Title = "Half \ud800 pair \udc00", Authors = new[] { "A \ud83d" }, Keywords = new[] { "\udfff" }, Year = 2024 };
        var text = session.Add(paper).Text;
        Assert.False(UnicodeText.HasLoneSurrogate(text));
        Assert.NotNull(paper.Id);
    }
}

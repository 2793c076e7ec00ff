using System.Linq;
using System.Text;
using PaperTools.Diagnostics;
using PaperTools.Tests.Formats;
using Xunit;

namespace PaperTools.Tests.Digests.Ris;

/// <summary>RIS files from rispy's test data, and crafted broken ones.</summary>
public class RisReaderTests
{
    [Fact]
    public void ReadsEveryRecord()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("ris", "example_full.ris"));
        Assert.Empty(problems);
        Assert.Equal(new[] { "Title of reference", "The title of the reference" }, papers.Select(p => p.Title));
        Assert.All(papers, p => Assert.Equal(DigestFormat.Ris, p.SourceFormat));
        Assert.Equal(new[] { "Marx, Karl", "Lindgren, Astrid" }, papers[0].Authors);
        Assert.Equal(new int?[] { 2014, 2006 }, papers.Select(p => p.Year));
        Assert.Equal("Lorem", papers[0].Venue);
        Assert.Equal(new[] { "Pippi", "Nordwind", "Piraten" }, papers[0].Keywords);
        Assert.Equal("12345", papers[0].CitationKey);
        Assert.StartsWith("BACKGROUND: Lorem ipsum dolor sit amet", papers[0].Abstract);
        Assert.Equal(new[] { 2, 27 }, papers.Select(p => p.SourceLine));
    }

    [Fact]
    public void TextBeforeTheFirstRecordIsPassedOver()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("ris", "example_extraneous_data.ris"));
        Assert.Empty(problems);
        Assert.Equal(2, papers.Count);
        Assert.Equal(5, papers[0].SourceLine);
        var (shannon, _) = Fixture.Import(Fixture.Path("ris", "example_starting_newlines.ris"));
        Assert.Equal(new[] { "Shannon, Claude E." }, Assert.Single(shannon).Authors);
        Assert.Equal(1948, shannon[0].Year);
    }

    [Fact]
    public void ReadsAByteOrderMarkCyrillicAndContinuationLines()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("ris", "example_utf_chars.ris"));
        Assert.Empty(problems);
        var paper = Assert.Single(papers);
        Assert.StartsWith("Состояние рецепторного аппарата эндометрия", paper.Title);
        Assert.Equal("Dobrokhotova, Yu E.", paper.Authors[0]);
        Assert.Contains("The state of the receptor apparatus of the endometrium", paper.Abstract);
        Assert.Equal(2009, paper.Year);

        var doiOnly = Assert.Single(Fixture.Import(Fixture.Path("ris", "example_bom.ris")).Papers);
        Assert.Equal("10.1186/s40981-020-0316-0", doiOnly.Doi);
    }

    [Fact]
    public void RecordsWithoutATitleAreReadAsZoteroReadsThem()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("ris", "example_multiline.ris"));
        Assert.Empty(problems);
        Assert.Equal(3, papers.Count);
        Assert.All(papers, p => Assert.Null(p.Title));
        Assert.All(papers, p => Assert.Equal("first line, ER then second line and at the end the last line", p.Abstract));
    }

    [Fact]
    public void ARecordThatStatesNothingIsNamed()
    {
        var (papers, problems) = ItemFormats.Read("ris", "TY  - JOUR\r\nER  - \r\n\r\nTY  - BOOK\r\nAU  - Kept, Ann\r\nER  - \r\n");
        Assert.Equal(new[] { "Kept, Ann" }, Assert.Single(papers).Authors);
        Assert.Equal(ErrorIds.DigestEntryInvalid, Assert.Single(problems).ErrorId);
    }

    [Fact]
    public void AFileCutShortKeepsTheCompleteRecords()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("ris", "cut_in_second_record.ris"));
        Assert.Equal("Title of reference", Assert.Single(papers).Title);
        var problem = Assert.Single(problems);
        Assert.Equal(ErrorIds.DigestTruncated, problem.ErrorId);
        Assert.Equal(27, problem.Line);
    }

    [Fact]
    public void AMissingErIsNamedAndBadDatesGiveNoDate()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("ris", "hostile_records.ris"));
        // The record without title is read, as Zotero reads it.
        Assert.Equal(new[] { null, "A record whose ER line is missing", "The record after it" }, papers.Select(p => p.Title));
        Assert.Equal(new[] { "Nobody, Named" }, papers[0].Authors);
        Assert.Null(papers[1].Year);
        Assert.Equal(new[] { "O'Brien, Seamus", "van der Waals, Johannes Diderik" }, papers[2].Authors);
        Assert.Equal(2021, papers[2].Year);
        Assert.Null(papers[2].Published);
        Assert.Equal("2102.00001", papers[2].ArxivId);
        Assert.Null(papers[2].Doi);
        Assert.Equal(new[] { 6 }, problems.Select(p => p.Line));
    }

    // A line past the limit (a 3 MB abstract) is named and skipped, as in every line-based digest; its record and
    // the next are read.
    [Fact]
    public void AnOverLongLineIsNamedAndItsRecordStillRead()
    {
        var text = "TY  - JOUR\nTI  - First\nAB  - " + new string('x', 3 << 20) + "\nER  - \n"
                   + "TY  - JOUR\nTI  - Second\nER  - \n";
        var (papers, problems) = Fixture.Import(Fixture.TempFile("long.ris", Encoding.UTF8.GetBytes(text)));

        Assert.Equal(new[] { "First", "Second" }, papers.Select(p => p.Title));
        Assert.Null(papers[0].Abstract);
        var problem = Assert.Single(problems);
        Assert.Equal((ErrorIds.DigestLineTooLong, 3), (problem.ErrorId, problem.Line));
    }
}

#nullable enable
using System.Collections.Generic;
using System.Linq;
using PaperTools.BibTeX;
using PaperTools.Diagnostics;
using PaperTools.Formats;
using PaperTools.Formats.BibTeX;
using Xunit;

namespace PaperTools.Tests.Formats;

/// <summary>
/// Dates beside a year and a day, in every format: an issued range, circa, a date with no year, and the access,
/// original and event dates (CSL accessed, original-date, event-date; BibLaTeX urldate, origdate, eventdate; RIS
/// Y2). Where a format cannot hold one, its note says it with a named warning.
/// </summary>
public class ItemDatesTests
{
    [Theory]
    [InlineData("2020", 2020, null, null, false)]
    [InlineData("2020-01", 2020, 1, null, false)]
    [InlineData("2020-01-02", 2020, 1, 2, false)]
    [InlineData("1850~", 1850, null, null, true)]
    public void DateTextReadsIsoDatesAndCirca(string text, int year, int? month, int? day, bool circa)
    {
        Assert.Equal(new PartialDate(year, month, day, circa), DateText.Parse(text));
        Assert.Equal(text, DateText.Format(DateText.Parse(text)!.Value));
    }

    [Theory]
    [InlineData("2020-13")]
    [InlineData("2019-02-29")]
    [InlineData("Date of Access")]
    [InlineData("2012-22")]
    [InlineData("2015/")]
    [InlineData("1986/1984")]
    [InlineData("2004-04-25T14:34:00/2004-04-05T14:37:06")]
    public void DateTextRefusesWhatIsNoDateOrRange(string text)
        => Assert.False(DateText.TryParse(text, out _, out _));

    [Fact]
    public void DateTextReadsARangeAndRisDates()
    {
        Assert.True(DateText.TryParse("2001-03/2003-05", out var start, out var end));
        Assert.Equal((new PartialDate(2001, 3), new PartialDate(2003, 5)), (start, end!.Value));
        Assert.Equal("2001-03/2003-05", DateText.Format(start, end));
        // RIS's own spellings (the Zotero RIS test cases' "1986/6/23", "2014//"), and back.
        Assert.Equal("1986-06-23", DateText.FromRis("1986/6/23"));
        Assert.Equal("2014", DateText.FromRis("2014//"));
        Assert.Equal("2014-12-17", DateText.FromRis("2014/12/17/other info"));
        Assert.Equal("Date of Access", DateText.FromRis("Date of Access"));
        Assert.Equal("1986/06/23", DateText.ToRis("1986-06-23"));
        Assert.Equal("1984/1986", DateText.ToRis("1984/1986"));
    }

    // A Zotero CSL-JSON export's issued range ([[2014, 12, 31], [2015, 1, 1]]) was read as its first day alone.
    [Fact]
    public void ACslIssuedRangeIsKeptInEveryFormat()
    {
        var (papers, _) = Fixture.Import(Fixture.Path("csl-json", "cut_in_third_item.csl.json"));
        var volcano = papers.Single(p => p.CitationKey == "Adams2001");
        Assert.Equal((new PartialDate(2014, 12, 31), new PartialDate(2015, 1, 1)),
            (volcano.Item?.Issued, volcano.Item?.IssuedEnd));
        Assert.Matches(@"""issued"": \{\s*""date-parts"": \[\s*\[\s*2014,\s*12,\s*31\s*\],\s*\[\s*2015,\s*1,\s*1\s*\]",
            ItemFormats.Write("csl", volcano));
        Assert.Equal(new PartialDate(2015, 1, 1), ItemFormats.Through("csl", volcano).Item?.IssuedEnd);
        var ris = ItemFormats.Write("ris", volcano);
        Assert.Contains("DA  - 2014/12/31\r\n", ris);
        Assert.Contains("N1  - issued: 2014-12-31/2015-01-01\r\n", ris);
        var problems = new List<Problem>();
        var (bib, back) = ItemFormats.ThroughBib(volcano, BibTeXDialect.BibLaTeX);
        Assert.Contains("  date          = {2014-12-31/2015-01-01}", bib);
        Assert.Equal(new PartialDate(2015, 1, 1), BibTeXMapping.Read(back)?.IssuedEnd);
        var (classic, _) = ItemFormats.ThroughBib(volcano, BibTeXDialect.BibTeX, problems);
        Assert.Contains("issued: 2014-12-31/2015-01-01", classic);
        Assert.Contains(problems, p => p.ErrorId == ErrorIds.BibTeXItemValueInNote && p.Message.StartsWith("issued "));
    }

    // biblatex's own examples: an @mvbook of 1984/1986, a month range, circa.
    [Fact]
    public void ABibLaTeXDateRangeAndCircaAreKeptAndAMonthGainsNoDay()
    {
        var knuth = Fixture.RealBibPaper("biblatex-biblatex-examples.bib", "knuth:ct");
        Assert.Matches(@"""date-parts"": \[\s*\[\s*1984\s*\],\s*\[\s*1986\s*\]\s*\]", ItemFormats.Write("csl", knuth));
        Assert.Contains("N1  - issued: 1984/1986\r\n", ItemFormats.Write("ris", knuth));
        var months = ItemFormats.ReadBib("@book{k, title = {T}, date = {2001-03/2003-05}}\n");
        Assert.Matches(@"""date-parts"": \[\s*\[\s*2001,\s*3\s*\],\s*\[\s*2003,\s*5\s*\]\s*\]",
            ItemFormats.Write("csl", months));
        var circa = ItemFormats.ReadBib("@book{k, title = {T}, date = {1850~}}\n");
        Assert.Contains("\"circa\": true", ItemFormats.Write("csl", circa));
        Assert.Equal(new PartialDate(1850, Circa: true), ItemFormats.Through("csl", circa).Item?.Issued);
        Assert.Contains("N1  - issued: 1850~\r\n", ItemFormats.Write("ris", circa));
        // A date no ISO form holds (biblatex's season "2012-22", an open range) is kept by name, not cut to its year.
        var season = ItemFormats.ReadBib("@book{k, title = {T}, date = {2012-22}}\n");
        Assert.Contains("N1  - BibTeX:date: 2012-22\r\n", ItemFormats.Write("ris", season));
    }

    // bibtex's own xampl.bib (in bibtex-tidy's example) sorts with "{\noopsort{1973b}}1973": the printed year is
    // read; its "{\noopsort{1973a}}{\switchargs{--90}{1968}}" is no year, and is the other formats' note as written.
    [Fact]
    public void ASortCommandBeforeTheYearIsReadPastAndAYearThatIsNoneIsKept()
    {
        var papers = Fixture.BibPapers(Fixture.Path("bibtex", "real", "bibtex-tidy-example.bib"));
        Assert.Equal(1973, papers.Single(p => p.CitationKey == "inbook-minimal").Year);
        Assert.Equal(1981, papers.Single(p => p.CitationKey == "book-minimal").Year);
        var set = papers.Single(p => p.CitationKey == "whole-set");
        Assert.Null(set.Year);
        Assert.Contains("N1  - BibTeX:year: {\\noopsort{1973a}}{\\switchargs{--90}{1968}}\r\n",
            ItemFormats.Write("ris", set));
    }

    // A CSL date that states no year ("Spring 1999") and CSL 1.0.2's EDTF string form.
    [Fact]
    public void ACslDateWithoutAYearIsKeptAndAnEdtfStringIsRead()
    {
        var (papers, _) = ItemFormats.Read("csl", "[{\"id\": \"l\", \"type\": \"book\", \"title\": \"T\", "
            + "\"issued\": {\"literal\": \"Spring 1999\"}}, {\"id\": \"e\", \"type\": \"book\", \"title\": \"U\", "
            + "\"issued\": \"2019-05\", \"accessed\": \"2020-01-02\"}]");
        Assert.Contains("\"literal\": \"Spring 1999\"", ItemFormats.Write("csl", papers[0]));
        Assert.Contains("N1  - issued: Spring 1999\r\n", ItemFormats.Write("ris", papers[0]));
        Assert.Equal((2019, new PartialDate(2019, 5)), (papers[1].Year, papers[1].Item?.Issued));
        Assert.Equal("2020-01-02", papers[1].Item?["accessed"]);
    }

    // A season beside the year ("season": 2 with [[1999]], as citeproc-js reads it), which the item's date cannot
    // hold: the year is read, the date kept whole, written back to CSL-JSON as it was and to RIS's note.
    [Fact]
    public void ACslSeasonIsKeptWhole()
    {
        var (papers, _) = ItemFormats.Read("csl", "[{\"id\": \"s\", \"type\": \"book\", \"title\": \"T\", "
            + "\"issued\": {\"date-parts\": [[1999]], \"season\": 2}}]");
        Assert.Equal(1999, papers[0].Year);
        Assert.Matches(@"""issued"": \{\s*""date-parts"": \[\s*\[\s*1999\s*\]\s*\],\s*""season"": 2\s*\}",
            ItemFormats.Write("csl", papers[0]));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(ItemFormats.Write("csl", papers[0]), "\"issued\""));
        Assert.Contains("PY  - 1999\r\n", ItemFormats.Write("ris", papers[0]));
        Assert.Contains("N1  - CSL:issued: {\"date-parts\": [[1999]], \"season\": 2}\r\n", ItemFormats.Write("ris", papers[0]));
        var (alone, _) = ItemFormats.Read("csl", "[{\"id\": \"a\", \"type\": \"book\", \"title\": \"T\", "
            + "\"issued\": {\"season\": 3}}]");
        Assert.Matches(@"""issued"": \{\s*""season"": 3\s*\}", ItemFormats.Write("csl", alone[0]));
    }

    // The access date: biblatex's @online example (urldate), the CSL test suite's accessed, Zotero's RIS case 02's Y2.
    [Fact]
    public void TheAccessDateIsUrldateAccessedAndY2()
    {
        var ctan = Fixture.RealBibPaper("biblatex-biblatex-examples.bib", "ctan");
        Assert.Contains("Y2  - 2006/10/01\r\n", ItemFormats.Write("ris", ctan));
        Assert.Matches(@"""accessed"": \{\s*""date-parts"": \[\s*\[\s*2006,\s*10,\s*1\s*\]", ItemFormats.Write("csl", ctan));
        var (cslPapers, _) = Fixture.Import(
            Fixture.Path("csl-json", "test-suite_disambiguate_PrimaryNameWithNonDroppingParticle.json"));
        Assert.Equal("2020-11-03", cslPapers[0].Item?["accessed"]);
        Assert.Contains("Y2  - 2020/11/03\r\n", ItemFormats.Write("ris", cslPapers[0]));
        foreach (var dialect in new[] { BibTeXDialect.BibTeX, BibTeXDialect.BibLaTeX })
            Assert.Contains("urldate       = {2020-11-03}", ItemFormats.ThroughBib(cslPapers[0], dialect).Text);
        var (risPapers, _) = Fixture.Import(Fixture.Path("ris", "real", "zotero-translators-RIS-case02.ris"));
        Assert.Equal("1986-06-23", risPapers[0].Item?["accessed"]);
        Assert.Matches(@"""accessed"": \{\s*""date-parts"": \[\s*\[\s*1986,\s*6,\s*23\s*\]",
            ItemFormats.Write("csl", risPapers[0]));
        Assert.Contains("Y2  - 1986/06/23\r\n", ItemFormats.Write("ris", risPapers[0]));
    }

    // An every-type RIS file's Y2 "Date of Access" is no date: a .bib's urldate cannot take it, its note does.
    [Fact]
    public void AnAccessDateThatIsNoDateIsTheBibNote()
    {
        var (papers, _) = ItemFormats.Read("ris", "TY  - ELEC\r\nTI  - T\r\nY2  - Date of Access\r\nER  - \r\n");
        var text = ItemFormats.ThroughBib(papers[0], BibTeXDialect.BibLaTeX).Text;
        Assert.DoesNotContain("urldate", text);
        Assert.Contains("accessed: Date of Access", text);
        Assert.Contains("\"literal\": \"Date of Access\"", ItemFormats.Write("csl", papers[0]));
    }

    // biblatex's eventdate, a conference's days, is CSL's event-date and a RIS note.
    [Fact]
    public void TheEventDateIsEventdateAndEventDate()
    {
        var nobel = Fixture.BibPapers(Fixture.Path("bibtex", "real", "biblatex-biblatex-examples.bib"))
            .Single(p => p.Title == "Weak and Electromagnetic Interactions");
        Assert.Matches(@"""event-date"": \{\s*""date-parts"": \[\s*\[\s*1968,\s*5,\s*19\s*\],\s*\[\s*1968,\s*5,\s*25\s*\]",
            ItemFormats.Write("csl", nobel));
        Assert.Contains("N1  - event-date: 1968-05-19/1968-05-25\r\n", ItemFormats.Write("ris", nobel));
    }
}

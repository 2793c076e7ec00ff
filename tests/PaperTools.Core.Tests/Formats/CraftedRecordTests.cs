#nullable enable
using System.Linq;
using PaperTools.Diagnostics;
using PaperTools.Formats.CslJson;
using Xunit;

namespace PaperTools.Tests.Formats;

/// <summary>
/// Records as reference managers write them that the item model must keep (crafted after the shapes of Zotero's
/// RIS translator test cases: EndNote's T2-only records, "doi:" links, internal-pdf:// attachments), and hostile
/// CSL-JSON dates and titles.
/// </summary>
public class CraftedRecordTests
{
    [Fact]
    public void RisTypesCreatorsAndLinksAsEndNoteWritesThem()
    {
        var (papers, problems) = ItemFormats.Read("ris",
            "TY  - BOOK\r\nTI  - A book\r\nAU  - Bell, II, Edwin V.\r\nA2  - Smith, Ann\r\nA4  - Vries, Jan de\r\nPY  - 1980\r\nDA  - 1980/10//\r\n"
            + "PB  - Springer\r\nCY  - Berlin\r\nSN  - 978-3-16-148410-0\r\nET  - 2\r\nUR  - doi:10.1007/978-3-642-00001-1\r\n"
            + "L1  - internal-pdf://1234/book.pdf\r\nC1  - kept by name\r\nER  - \r\n\r\n"
            + "TY  - JOUR\r\nT2  - Journal of Only a Container\r\nVL  - 12\r\nSP  - 231\r\nEP  - 252\r\nER  - \r\n");
        Assert.Empty(problems);
        Assert.Equal(2, papers.Count);
        var book = papers[0];
        Assert.Equal("book", book.Item!.Type);
        Assert.Equal(new[] { "Bell, II, Edwin V." }, book.Authors);
        Assert.Equal("II", PersonName.Parse(book.Authors[0])!.Suffix);
        // A2 of a book is its series editor, as Zotero's RIS import reads it.
        Assert.Equal(new[] { new BibCreator("collection-editor", "Smith, Ann"), new BibCreator("translator", "Vries, Jan de") }, book.Item.Creators);
        Assert.Equal(new PartialDate(1980, 10), book.Item.Issued);
        Assert.Null(book.Published);
        Assert.Equal("10.1007/978-3-642-00001-1", book.Doi);
        Assert.Null(book.PdfUrl);
        Assert.Equal(("Springer", "Berlin", "978-3-16-148410-0", "2"), (book.Item["publisher"], book.Item["publisher-place"], book.Item["ISBN"], book.Item["edition"]));
        Assert.Contains(new System.Collections.Generic.KeyValuePair<string, string>("RIS:C1", "kept by name"), book.Item.Unknown);

        var article = papers[1];
        Assert.Null(article.Title);
        Assert.Equal("Journal of Only a Container", article.Venue);
        Assert.Equal("231-252", article.Item!["page"]);

        var again = ItemFormats.Write("ris", book);
        Assert.Contains("DA  - 1980/10\r\n", again);
        Assert.Contains("A2  - Smith, Ann\r\n", again);
        Assert.Contains("C1  - kept by name\r\n", again);
        Assert.DoesNotContain("internal-pdf", again);
    }

    [Theory]
    [InlineData("Bold <b>and</b> &amp; an <i>italic</i> word")]
    [InlineData("<span class=\"nocase\">pH</span> of <sub>2</sub>")]
    public void CslRichTitlesAreWrittenAndReadAsRichText(string rich)
    {
        var json = "[{\"id\": \"k\", \"type\": \"article-journal\", \"title\": \"" + rich.Replace("\"", "\\\"") + "\"}]";
        var paper = Assert.Single(ItemFormats.Read("csl", json).Papers);
        Assert.Equal(CslRichText.Plain(rich), paper.Title);
        Assert.Contains(rich.Replace("\"", "\\\""), ItemFormats.Write("csl", paper));
    }

    [Theory]
    [InlineData("A literal <b> tag, &amp; an entity, R&D")]
    [InlineData("x < y & <i>")]
    public void PlainTitlesThatLookLikeMarkupReadBackTheSame(string title)
    {
        var back = ItemFormats.Through("csl", new Paper { Title = title, Venue = title });
        Assert.Equal(title, back.Title);
        Assert.Equal(title, back.Venue);
    }

    [Theory]
    [InlineData("{\"raw\": \"0001-01-01\"}", "1")]
    [InlineData("{\"raw\": \"9999-12-31\"}", "9999")]
    [InlineData("{\"raw\": \"-2020\"}", "-2020")]
    [InlineData("{\"date-parts\": [[99999]]}", "99999")]
    [InlineData("{\"date-parts\": [[-2020, 1]]}", "-2020")]
    public void EveryCslDatePathRefusesAYearNoRecordStates(string issued, string year)
    {
        var json = "[{\"id\": \"k\", \"type\": \"book\", \"title\": \"T\", \"issued\": " + issued + "}]";
        var (papers, problems) = ItemFormats.Read("csl", json);
        var paper = Assert.Single(papers);
        Assert.Null(paper.Year);
        Assert.Null(paper.Item?.Issued);
        var problem = Assert.Single(problems);
        Assert.Equal(ErrorIds.DigestEntryInvalid, problem.ErrorId);
        Assert.Contains($"year {year} is not a year", problem.Message);
    }

    [Theory]
    [InlineData("{\"raw\": \"1980-10\"}", 1980, 10)]
    [InlineData("{\"date-parts\": [[1980, 10]]}", 1980, 10)]
    [InlineData("{\"date-parts\": [[2021]], \"circa\": true}", 2021, null)]
    public void CslDatesKeepTheirPrecision(string issued, int year, int? month)
    {
        var json = "[{\"id\": \"k\", \"type\": \"book\", \"title\": \"T\", \"issued\": " + issued + "}]";
        var paper = Assert.Single(ItemFormats.Read("csl", json).Papers);
        Assert.Equal(year, paper.Year);
        Assert.Null(paper.Published);
        var back = ItemFormats.Through("csl", paper);
        Assert.Equal(month, back.Item?.Issued?.Month);
        Assert.Equal(issued.Contains("circa"), back.Item?.Issued?.Circa ?? false);
    }
}

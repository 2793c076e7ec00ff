#nullable enable
using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using PaperTools.Diagnostics;
using PaperTools.Digests.Json;
using Xunit;

namespace PaperTools.Tests.Digests;

/// <summary>
/// The JSON list reader shared by every JSON digest and service reply: one item of many megabytes is read in one
/// pass (issue #21 case 2: it was re-read from its start after every 16K block, 7.6 MB in 15 s), and more JSON
/// after the first document is named, not dropped (case 9).
/// </summary>
public class JsonArrayStreamTests
{
    // An OpenAlex-like work with a huge author list (many small tokens), or a CSL item with one huge abstract (one token).
    private static string BigItem(string shape, int megabytes)
    {
        var size = megabytes * 1024 * 1024;
        var text = new StringBuilder("[\n{\"id\": \"big\", \"type\": \"article\", \"title\": \"A big item\", ");
        if (shape == "authors")
        {
            text.Append("\"author\": [");
            for (var i = 0; text.Length < size; i++) text.Append(i == 0 ? "" : ",\n").Append("{\"family\": \"Author").Append(i).Append("\", \"given\": \"A.\"}");
            text.Append(']');
        }
        else text.Append("\"abstract\": \"").Append('x', size).Append('"');
        return text.Append("},\n{\"id\": \"after\", \"title\": \"The next item\"}\n]\n").ToString();
    }

    private static (TimeSpan Time, int Items, int Width) ReadAll(string json)
    {
        var clock = Stopwatch.StartNew();
        var stream = new JsonArrayStream(new StringReader(json));
        var items = stream.Items().ToList();
        clock.Stop();
        Assert.Null(stream.StopReason);
        var first = items[0].Item;
        var width = first.TryGetProperty("author", out var authors) ? authors.GetArrayLength() : first.GetProperty("abstract").GetString()!.Length;
        return (clock.Elapsed, items.Count, width);
    }

    [Theory]
    [InlineData("authors")]
    [InlineData("abstract")]
    public void AnItemOfManyMegabytesIsReadInTimeProportionalToItsSize(string shape)
    {
        var small = BigItem(shape, 1);
        var large = BigItem(shape, 8);
        var one = Enumerable.Range(0, 3).Select(_ => ReadAll(small)).MinBy(r => r.Time);
        var eight = ReadAll(large);
        Assert.Equal(2, one.Items);
        Assert.Equal(2, eight.Items);
        Assert.True(eight.Width > 7 * one.Width, $"the 8 MB item holds {eight.Width:N0}, the 1 MB one {one.Width:N0}");
        // Linear is 8x; re-reading the item after every block made it 50-60x. A floor absorbs timer noise at 1 MB.
        var bound = 24 * Math.Max(one.Time.TotalMilliseconds, 10);
        Assert.True(eight.Time.TotalMilliseconds < bound, $"1 MB took {one.Time.TotalMilliseconds:0} ms, 8 MB {eight.Time.TotalMilliseconds:0} ms");
    }

    [Fact]
    public void AnItemCutShortIsNamedAtTheLineItStartsOn()
    {
        var cut = BigItem("authors", 1);
        var stream = new JsonArrayStream(new StringReader(cut.Substring(0, cut.Length / 2)));
        Assert.Empty(stream.Items());
        Assert.Equal("the JSON ends in the middle of an item", stream.StopReason);
        Assert.Equal(2, stream.StopLine);
    }

    private static string Twice(string folder, string file, string between = "\n")
    {
        var text = File.ReadAllText(Fixture.Path(folder, file));
        return Fixture.TempFile(file, Encoding.UTF8.GetBytes(text + between + text));
    }

    [Fact]
    public void TwoCslListsInOneFileGiveTheFirstAndNameTheSecond()
    {
        var alone = Fixture.Import(Fixture.Path("csl-json", "zotero_bbt_pandoc_citation.csl.json")).Papers;
        var (papers, problems) = Fixture.Import(Twice("csl-json", "zotero_bbt_pandoc_citation.csl.json"));
        Assert.Equal(alone.Select(p => p.CitationKey), papers.Select(p => p.CitationKey));
        var problem = Assert.Single(problems);
        Assert.Equal(ErrorIds.DigestTrailingContent, problem.ErrorId);
        Assert.Equal(148, problem.Line);
    }

    [Fact]
    public void ASecondReplyAfterAListUnderAPropertyIsNamed()
    {
        var alone = Fixture.Import(Fixture.Path("semantic-scholar", "search_turing.json")).Papers;
        var (papers, problems) = Fixture.Import(Twice("semantic-scholar", "search_turing.json", string.Empty));
        Assert.Equal(alone.Count, papers.Count);
        Assert.Equal(ErrorIds.DigestTrailingContent, Assert.Single(problems).ErrorId);
    }

    [Fact]
    public void ASecondRecordAfterALoneRecordIsNamed()
    {
        var (papers, problems) = Fixture.Import(Twice("semantic-scholar", "paper_turing_1950.json"));
        Assert.Single(papers);
        var problem = Assert.Single(problems);
        Assert.Equal(ErrorIds.DigestTrailingContent, problem.ErrorId);
        Assert.Equal(872, problem.Line);
    }

    [Theory]
    [InlineData("\n\n  \t\n")]
    [InlineData("\n// exported by hand\n/* end */\n")]
    public void BlankSpaceAndCommentsAfterTheDocumentAreNotContent(string tail)
    {
        var text = File.ReadAllText(Fixture.Path("csl-json", "zotero_bbt_pandoc_citation.csl.json"));
        var (papers, problems) = Fixture.Import(Fixture.TempFile("tail.csl.json", Encoding.UTF8.GetBytes(text + tail)));
        Assert.NotEmpty(papers);
        Assert.Empty(problems);
    }

    [Fact]
    public void TheRestOfTheObjectAfterTheListIsReadThroughNotEntered()
    {
        var json = "{\"data\": [{\"a\": 1}, {\"a\": 2}], \"data2\": {\"data\": [{\"a\": 3}]}, \"tail\": [1, [2, {\"x\": []}]]}\n";
        var stream = new JsonArrayStream(new StringReader(json), "data");
        Assert.Equal(new[] { 1, 2 }, stream.Items().Select(i => i.Item.GetProperty("a").GetInt32()));
        Assert.Null(stream.StopReason);
        Assert.Null(stream.TrailingLine);
    }
}

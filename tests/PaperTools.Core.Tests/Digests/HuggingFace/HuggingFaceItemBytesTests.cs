#nullable enable
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using PaperTools.Diagnostics;
using PaperTools.Digests;
using PaperTools.Digests.HuggingFace;
using PaperTools.Digests.Json;
using Xunit;

namespace PaperTools.Tests.Digests.HuggingFace;

/// <summary>
/// A Daily Papers item read straight from its bytes against the same item parsed into a document and looked up: the
/// same paper, field for field, and the same problems, over the real fixtures and crafted hostile items.
/// </summary>
public class HuggingFaceItemBytesTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Fixture.Path("huggingface-json"), "*.json")) data.Add(file);
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Reads_every_fixture_item_as_the_document_path_does(string file)
    {
        using var text = new StreamReader(file, detectEncodingFromByteOrderMarks: true);
        var items = new JsonArrayStream(text, HuggingFaceJsonReader.ListProperties).ItemBytes()
            .Select(i => i.Utf8.ToArray()).ToList();
        Assert.NotEmpty(items);
        foreach (var item in items) AssertSameAsDocument(item);
    }

    [Fact]
    public void Reads_the_fixture_items_in_the_streams_own_pass_as_from_their_bytes()
    {
        int inPlace = 0, fromBytes = 0;
        foreach (var file in Directory.GetFiles(Fixture.Path("huggingface-json"), "*.json"))
        {
            using var text = new StreamReader(file, detectEncodingFromByteOrderMarks: true);
            var items = new JsonArrayStream(text, HuggingFaceJsonReader.ListProperties);
            foreach (var (fields, item, line) in items.Items(HuggingFacePaperItem.ReadFields))
            {
                if (fields == null) fromBytes++;
                else inPlace++;
                var (streamed, streamedProblems) =
                    Read(context => HuggingFacePaperItem.ToPaper(fields, item, line, Format, Source, context));
                var (direct, directProblems) =
                    Read(context => HuggingFacePaperItem.ToPaper(item, line, Format, Source, context));
                Assert.Equal(Describe(direct), Describe(streamed));
                Assert.Equal(directProblems, streamedProblems);
            }
        }
        // Items that end in the bytes read so far are read in place; those the buffer's end cuts, from their bytes.
        Assert.True(inPlace > 0 && fromBytes > 0, $"{inPlace} read in place, {fromBytes} from their bytes");
    }

    [Theory]
    [InlineData("{\"paper\": {\"id\": \"2401.00001\", \"title\": \"First\", \"title\": \"Second\"}}")]
    [InlineData("{\"paper\": {\"id\": \"2401.00001\", \"title\": \"A\"}, \"paper\": null, \"title\": \"Outer\"}")]
    [InlineData("{\"paper\": {\"title\": \"A\"}, \"paper\": {\"id\": \"2401.00002\"}, \"title\": \"Outer\"}")]
    [InlineData("{\"paper\": \"2401.00001\", \"id\": \"2401.00003\", \"summary\": \" two\\n lines \"}")]
    [InlineData("{\"paper\": {\"id\": 2401.00001, \"title\": 7, \"summary\": [\"x\"], \"upvotes\": \"12\"}}")]
    [InlineData("{\"paper\": {\"id\": \"2401.00001\", \"upvotes\": 1e3, \"githubRepo\": null, \"projectPage\": {}}}")]
    [InlineData("{\"paper\": {\"id\": \"2401.00001\", \"upvotes\": 99999999999, \"publishedAt\": \"2024-13-40\"}}")]
    [InlineData("{\"paper\": {\"id\": \"x y\", \"title\": \"T\", \"authors\": [\"A\", null, {\"name\": \" B  C \"}," +
                " {\"name\": \"D\", \"hidden\": true}, {\"name\": \"E\", \"hidden\": \"true\"}," +
                " {\"name\": \"F\", \"hidden\": true, \"hidden\": false}, {\"name\": 5}," +
                " {\"name\": \"G\", \"name\": \"H\"}]}}")]
    [InlineData("{\"paper\": {\"id\": \"2401.00001\", \"authors\": [{\"name\": \"A\"}], \"authors\": {}}}")]
    [InlineData("{\"paper\": {\"id\": \"2401.00001\", \"ai_keywords\": [\" a \", null, 3, \"\", [\"b\"], \"c\"]}}")]
    [InlineData("{\"paper\": {\"id\": \"2401.00001\", \"ai_keywords\": \"a\", \"paper\": {\"title\": \"inner\"}}}")]
    [InlineData("{\"paper\": {\"id\": \"2401.00001\", \"x\": {\"title\": \"nested\", \"y\": [[{}]]}, \"a\\\"b\": 1}}")]
    [InlineData("{/* c */ \"paper\": {\"id\": \"2401.00001v3\", // c\n \"submittedOnDailyAt\": \"2025-01-02\",}, }")]
    [InlineData("{\"publishedAt\": \"2025-02-03T00:00:00Z\", \"paper\": {\"title\": \"T\", \"publishedAt\": 5}}")]
    [InlineData("{\"title\": \"no id\"}")]
    [InlineData("{\"paper\": {}}")]
    [InlineData("{}")]
    [InlineData("[{\"paper\": {\"id\": \"2401.00001\"}}]")]
    [InlineData("\"2401.00001\"")]
    [InlineData("12")]
    [InlineData("true")]
    [InlineData("false")]
    [InlineData("null")]
    public void Reads_a_crafted_item_as_the_document_path_does(string item)
        => AssertSameAsDocument(Encoding.UTF8.GetBytes(item));

    [Fact]
    public void An_item_with_a_lone_surrogate_escape_is_still_read_with_the_replacement_and_its_warning()
    {
        var (papers, problems) = PaperTools.Tests.Robustness.DigestRun.Read(
            "[{\"paper\": {\"id\": \"2401.00001\", \"title\": \"A \\ud800 B\"}}, {\"paper\": {\"\\udc00\": 1}}]");
        Assert.Equal("A \uFFFD B", Assert.Single(papers).Title);
        Assert.Equal(new[] { ErrorIds.DigestInvalidCharacter, ErrorIds.DigestEntryInvalid },
                     problems.Select(p => p.ErrorId));
    }

    private static void AssertSameAsDocument(byte[] item)
    {
        var (direct, directProblems) = Read(context => HuggingFacePaperItem.ToPaper(item, 3, Format, Source, context));
        using var document = JsonDocument.Parse(item, JsonArrayStream.DocumentOptions);
        var (parsed, parsedProblems) =
            Read(context => HuggingFacePaperItem.ToPaper(document.RootElement, 3, Format, Source, context));
        Assert.Equal(Describe(parsed), Describe(direct));
        Assert.Equal(parsedProblems, directProblems);
    }

    private const DigestFormat Format = DigestFormat.HuggingFaceJson;
    private static readonly DigestSource Source = DigestSource.FromText("items.json", "[]");

    private static (Paper? Paper, List<string> Problems) Read(System.Func<DigestReadContext, Paper?> read)
    {
        var problems = new List<Problem>();
        var paper = read(new DigestReadContext(new DigestImportOptions(), problems.Add));
        return (paper, problems.Select(p => $"{p.ErrorId} {p.Line}: {p.Message}").ToList());
    }

    /// <summary>Every public property of the paper, arrays item by item: a field that differs shows by name.</summary>
    private static List<string> Describe(Paper? paper)
        => paper == null ? new List<string> { "no paper" } : typeof(Paper).GetProperties()
            .Where(p => p.GetIndexParameters().Length == 0)
            .Select(p => (p.Name, Value: p.GetValue(paper)))
            .Select(p => p.Name + "=" + (p.Value is string[] items ? "[" + string.Join("|", items) + "]" : p.Value))
            .ToList();
}

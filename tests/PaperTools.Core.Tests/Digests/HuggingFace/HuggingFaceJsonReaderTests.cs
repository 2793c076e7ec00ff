using System;
using System.IO;
using System.Linq;
using System.Text;
using PaperTools.Diagnostics;
using PaperTools.Digests;
using Xunit;

namespace PaperTools.Tests.Digests.HuggingFace;

public class HuggingFaceJsonReaderTests
{
    private static readonly string Daily = Fixture.Path("huggingface-json", "daily_papers_2025-08-20.json");

    [Fact]
    public void ReadsEveryItemOfTheDay()
    {
        var (papers, problems) = Fixture.Import(Daily);
        Assert.Empty(problems);
        Assert.Equal(24, papers.Count);
        Assert.All(papers, p => Assert.Equal(DigestFormat.HuggingFaceJson, p.SourceFormat));
        Assert.All(papers, p => Assert.Equal(new DateTime(2025, 8, 20), p.DigestDate));
    }

    [Fact]
    public void ReadsEveryFieldOfAnItem()
    {
        var first = Fixture.Import(Daily).Papers[0];
        Assert.Equal("Learning Theory for Kernel Bilevel Optimization", first.Title);
        Assert.StartsWith("Bilevel optimization has emerged as a technique", first.Abstract);
        Assert.EndsWith("instrumental variable regression task.", first.Abstract);
        Assert.False(first.AbstractIsSnippet);
        Assert.Equal(new[] { "Joan Solà", "Kenji Sato", "Yiwen Zhou", "Priya Natarajan" }, first.Authors);
        Assert.Equal("2508.14001", first.ArxivId);
        Assert.Null(first.ArxivVersion);
        Assert.Equal(new DateTime(2025, 8, 19), first.Published);
        Assert.Equal(2025, first.Year);
        Assert.Equal(59, first.Upvotes);
        Assert.Equal(new[] { "learning", "bilevel", "optimization" }, first.Keywords);
        Assert.Equal("https://github.com/sola/learning", first.CodeUrl);
        Assert.Equal("https://learning.github.io/", first.ProjectUrl);
        Assert.Equal("https://arxiv.org/abs/2508.14001", first.Url);
        Assert.Equal("https://arxiv.org/pdf/2508.14001", first.PdfUrl);
        Assert.Equal(Daily, first.Source);
        Assert.Equal(2, first.SourceLine);
        Assert.True(first.IsPaper);
    }

    [Fact]
    public void JoinsTheAbstractsLineBreaks()
    {
        var second = Fixture.Import(Daily).Papers[1];
        Assert.StartsWith("Irregular data in the real world are usually organized as heterogeneous graphs consisting", second.Abstract);
        Assert.DoesNotContain("\n", second.Abstract);
        Assert.Equal(new[] { "Fatima Al-Sayed", "Mei Lin", "Hannah Becker", "Samuel Vaiter" }, second.Authors);
        Assert.Equal(3, second.SourceLine);
    }

    [Fact]
    public void SkipsHiddenAuthors()
    {
        var third = Fixture.Import(Daily).Papers[2];
        Assert.Equal(new[] { "Chen Li", "Priya Natarajan", "Daniel Okafor", "Olga Petrova" }, third.Authors);
        Assert.Null(third.ProjectUrl);
        Assert.Equal(100, third.Upvotes);
    }

    [Fact]
    public void LeavesAbsentLinksEmpty()
    {
        var fourth = Fixture.Import(Daily).Papers[3];
        Assert.Equal("Intermediate Domain Alignment and Morphology Analogy for Patent-Product Image Retrieval", fourth.Title);
        Assert.Equal("Balázs Kégl", fourth.Authors[0]);
        Assert.Null(fourth.CodeUrl);
        Assert.Equal("https://intermediate.github.io/", fourth.ProjectUrl);
    }

    [Fact]
    public void AFileCutInTheMiddleOfAnItemKeepsTheCompleteItems()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("huggingface-json", "daily_papers_cut_mid_item.json"));
        Assert.Equal(8, papers.Count);
        Assert.Equal("Unifying Self-Supervised Clustering and Energy-Based Models", papers[7].Title);
        var problem = Assert.Single(problems);
        Assert.Equal(ErrorIds.DigestTruncated, problem.ErrorId);
        Assert.Equal(10, problem.Line);
    }

    [Fact]
    public void ReadsUtf16()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("huggingface-json", "daily_papers_utf16.json"));
        Assert.Empty(problems);
        Assert.Equal(6, papers.Count);
        Assert.Equal("An Efficient Tester-Learner for Halfspaces", papers[0].Title);
        Assert.Equal("Joan Solà", papers[0].Authors[0]);
    }

    [Fact]
    public void AnItemThatIsNotAPaperIsReportedAndTheRestRead()
    {
        var json = "[{\"paper\":{\"id\":\"2401.00001\",\"title\":\"First\"}}, 42, {\"paper\":{}}, {\"paper\":{\"id\":\"2401.00002v3\",\"title\":\"Second\"}}]";
        var (papers, problems) = ImportText(json);
        Assert.Equal(new[] { "First", "Second" }, papers.Select(p => p.Title));
        Assert.Equal(3, papers[1].ArxivVersion);
        Assert.Equal("https://arxiv.org/abs/2401.00002", papers[1].Url);
        Assert.Equal("2401.00002", papers[1].ArxivId);
        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal(ErrorIds.DigestEntryInvalid, p.ErrorId));
    }

    [Fact]
    public void APaperWithoutAnArxivIdLinksToItsHuggingFacePage()
    {
        var (papers, _) = ImportText("[{\"paper\":{\"id\":\"hf-only-7\",\"title\":\"Elsewhere\"}}, {\"paper\":{\"title\":\"No id\"}}]");
        Assert.Equal("https://huggingface.co/papers/hf-only-7", papers[0].Url);
        Assert.Null(papers[0].ArxivId);
        Assert.Null(papers[0].PdfUrl);
        Assert.Null(papers[1].Url);
    }

    [Fact]
    public void ReadsTheListUnderDailyPapersInAnObject()
    {
        var json = "{\"date\":\"2025-08-20\",\"other\":[1,2,{\"a\":[]}],\"dailyPapers\":[{\"paper\":{\"id\":\"2508.00001\",\"title\":\"Only\"}}],\"after\":true}";
        var (papers, problems) = ImportText(json);
        Assert.Empty(problems);
        Assert.Equal("Only", Assert.Single(papers).Title);
    }

    [Fact]
    public void DamagedJsonStopsWithANamedProblem()
    {
        var (papers, problems) = ImportText("[{\"paper\":{\"id\":\"2401.00001\",\"title\":\"First\"}},\n{\"paper\": nonsense}]");
        Assert.Equal("First", Assert.Single(papers).Title);
        Assert.Equal(ErrorIds.DigestTruncated, Assert.Single(problems).ErrorId);
    }

    [Fact]
    public void StreamsALargeFileItemByItem()
    {
        var item = "{\"paper\":{\"id\":\"2401.00001\",\"title\":\"T\",\"summary\":\"" + new string('x', 5000) + "\"}}";
        var json = "[" + string.Join(",\n", Enumerable.Repeat(item, 2000)) + "]";
        var path = Fixture.TempFile("large.json", Encoding.UTF8.GetBytes(json));
        var (papers, problems) = Fixture.Import(path);
        Assert.Empty(problems);
        Assert.Equal(2000, papers.Count);
        Assert.Equal(2000, papers[1999].SourceLine);
    }

    private const string Item = "{\"paper\":{\"id\":\"2401.00001\",\"title\":\"T\"}}";

    /// <summary>UTF-8 files whose bytes are read straight, not decoded to text: byte order marks (none to three),
    /// damage, a cut, a deep nesting, a string longer than the read buffer, more JSON after the list.</summary>
    public static TheoryData<string, string> Utf8Shapes()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in new[] { "daily_papers_2025-08-20.json", "daily_papers_cut_mid_item.json" })
            data.Add(file, File.ReadAllText(Fixture.Path("huggingface-json", file)));
        for (var marks = 0; marks <= 3; marks++)
            data.Add($"{marks} marks", new string('\uFEFF', marks) + "[" + Item + "]");
        data.Add("damaged", "[" + Item + ",\n{\"paper\": nonsense}]");
        data.Add("cut", "[" + Item + ",\n{\"paper\": {\"id\": \"2401.0");
        data.Add("deep", "[" + Item + ",\n" + new string('[', 100) + new string(']', 100) + "]");
        data.Add("huge", "[" + Item + ",{\"paper\":{\"title\":\"" + new string('é', 100_000) + "\"}}," + Item + "]");
        data.Add("trailing", "[" + Item + "]\n[" + Item + "]");
        return data;
    }

    [Theory]
    [MemberData(nameof(Utf8Shapes))]
    public void ReadsAUtf8FilesBytesAsItsDecodedText(string shape, string json)
    {
        var path = Fixture.TempFile("shape.json", Encoding.UTF8.GetBytes(json));
        var file = DigestDecoder.Open(path, new DigestImportOptions(), out _);
        Assert.NotNull(file);
        using (var bytes = file.OpenUtf8()) Assert.NotNull(bytes);
        var text = new DigestSource(path, file.Encoding, file.Head, file.FileDate,
            () => new StreamReader(path, file.Encoding, detectEncodingFromByteOrderMarks: true));
        var read = Read(file);
        Assert.True(read.Count > 0, shape);
        Assert.Equal(Read(text), read);
    }

    private static System.Collections.Generic.List<string> Read(DigestSource source)
    {
        var problems = new System.Collections.Generic.List<Problem>();
        var context = new DigestReadContext(new DigestImportOptions(), problems.Add);
        return new PaperTools.Digests.HuggingFace.HuggingFaceJsonReader().Read(source, context)
            .Select(p => $"{p.SourceLine} {p.Title} {string.Join("|", p.Authors)} {p.Published:d}")
            .Concat(problems.Select(p => $"{p.ErrorId} {p.Line}: {p.Message}")).ToList();
    }

    private static (System.Collections.Generic.List<Paper> Papers, System.Collections.Generic.List<Problem> Problems) ImportText(string json)
        => Fixture.Import(Fixture.TempFile("items.json", Encoding.UTF8.GetBytes(json)));
}

using System.Collections.Generic;
using System.IO;
using System.Linq;
using PaperTools.Digests;
using Xunit;

namespace PaperTools.Tests.Digests;

/// <summary>Every fixture is told by its content, never its extension; the shared text digests stay Text.</summary>
public class DetectionTests
{
    private static readonly Dictionary<string, DigestFormat> FolderFormats = new Dictionary<string, DigestFormat>
    {
        ["text"] = DigestFormat.Text,
        ["huggingface-html"] = DigestFormat.HuggingFaceHtml,
        ["huggingface-json"] = DigestFormat.HuggingFaceJson,
        ["arxiv-email"] = DigestFormat.ArxivEmail,
        ["arxiv-feed"] = DigestFormat.ArxivFeed,
        ["scholar"] = DigestFormat.ScholarAlert,
        ["huggingface-paper"] = DigestFormat.HuggingFaceHtml,
        ["arxiv-rss1"] = DigestFormat.ArxivFeed,
        ["arxiv-feed-tex"] = DigestFormat.ArxivFeed,
        ["biorxiv"] = DigestFormat.BiorxivFeed,
        ["arxiv-oai"] = DigestFormat.ArxivOai,
        ["pubmed"] = DigestFormat.PubMed,
        ["semantic-scholar"] = DigestFormat.SemanticScholar,
        ["openalex"] = DigestFormat.OpenAlex,
        ["ris"] = DigestFormat.Ris,
        ["csl-json"] = DigestFormat.CslJson,
        ["journal-toc"] = DigestFormat.JournalToc,
    };

    public static IEnumerable<object[]> EveryFixture()
        => FolderFormats.SelectMany(folder => Fixture.Files(folder.Key)
            .OrderBy(f => f, System.StringComparer.Ordinal)
            .Select(file => new object[] { folder.Key + "/" + Path.GetFileName(file), folder.Value }));

    [Theory]
    [MemberData(nameof(EveryFixture))]
    public void DetectsTheShapeFromTheContent(string fixture, DigestFormat expected)
    {
        var source = DigestDecoder.Open(Fixture.Path(fixture.Split('/')), new DigestImportOptions(), out _);
        Assert.NotNull(source);
        Assert.Equal(expected, DigestImporter.Detect(source.Head));
    }

    [Fact]
    public void EveryShapeHasFixtures()
    {
        foreach (var folder in FolderFormats.Keys) Assert.NotEmpty(Fixture.Files(folder));
    }

    [Fact]
    public void TheExtensionDoesNotDecide()
    {
        var json = File.ReadAllBytes(Fixture.Path("huggingface-json", "daily_papers_2025-08-20.json"));
        var (papers, problems) = Fixture.Import(Fixture.TempFile("digest.txt", json));
        Assert.Empty(problems);
        Assert.Equal(24, papers.Count);
        Assert.All(papers, p => Assert.Equal(DigestFormat.HuggingFaceJson, p.SourceFormat));
    }

    [Fact]
    public void ANamedFormatOverridesDetection()
    {
        var listing = Fixture.Path("arxiv-email", "cs_listing_2024-02-29.txt");
        var (papers, _) = Fixture.Import(listing, new DigestImportOptions { Format = DigestFormat.Text });
        Assert.NotEmpty(papers);
        Assert.All(papers, p => Assert.Equal(DigestFormat.Text, p.SourceFormat));

        var (feed, problems) = Fixture.Import(Fixture.Path("arxiv-feed", "cs.CL.atom.xml"), new DigestImportOptions { Format = DigestFormat.ArxivFeed });
        Assert.Empty(problems);
        Assert.Equal(22, feed.Count);
    }

    [Theory]
    [InlineData(DigestFormat.HuggingFaceHtml)]
    [InlineData(DigestFormat.HuggingFaceJson)]
    [InlineData(DigestFormat.ArxivEmail)]
    [InlineData(DigestFormat.ArxivFeed)]
    [InlineData(DigestFormat.ScholarAlert)]
    [InlineData(DigestFormat.BiorxivFeed)]
    [InlineData(DigestFormat.ArxivOai)]
    [InlineData(DigestFormat.SemanticScholar)]
    [InlineData(DigestFormat.OpenAlex)]
    [InlineData(DigestFormat.PubMed)]
    [InlineData(DigestFormat.Ris)]
    [InlineData(DigestFormat.CslJson)]
    [InlineData(DigestFormat.JournalToc)]
    public void EveryShapeHasItsReader(DigestFormat format)
        => Assert.Equal(format, DigestImporter.Readers.Single(r => r.Format == format).Format);

    [Fact]
    public void PlainTextIsTheLastResort()
        => Assert.Equal(DigestFormat.Text, DigestImporter.Readers.Last().Format);
}

using System.IO;
using System.Linq;
using PaperTools.Diagnostics;
using PaperTools.Digests;
using Xunit;

namespace PaperTools.Tests.Robustness;

/// <summary>The numbered cases of the "nothing breaks it" issue that live in the digest readers, each on a real fixture made hostile.</summary>
public class HostileDigestTests
{
    private static string ArxivEmail => File.ReadAllText(Fixture.Path("arxiv-email", "cs_listing_2024-02-29.txt"));
    private static string ScholarAlert => File.ReadAllText(Fixture.Path("scholar", "alert_2024-03-05.html"));

    // Case 2: 60,000 unclosed <div> in a 300 KB page overflowed the stack inside HtmlAgilityPack (exit 134, uncatchable).
    [Theory]
    [InlineData("scholar", "alert_2024-03-05.html")]
    [InlineData("huggingface-html", "daily_papers_cards_only.html")]
    public void ThousandsOfUnclosedTagsAreRefusedNotACrash(string folder, string file)
    {
        var page = File.ReadAllText(Fixture.Path(folder, file));
        var at = page.IndexOf("<body", System.StringComparison.Ordinal);
        var hostile = page.Insert(at, string.Concat(Enumerable.Repeat("<div>", 60_000)));

        var (papers, problems) = TimeBudget.Within(hostile.Length, () => DigestRun.Read(hostile), "60,000 unclosed <div>");

        Assert.Empty(papers);
        Assert.Equal(ErrorIds.DigestTooDeep, Assert.Single(problems).ErrorId);
    }

    [Fact]
    public void NestingAsDeepAsRealPagesGoIsRead()
    {
        var page = ScholarAlert;
        var at = page.IndexOf("<h3", System.StringComparison.Ordinal);
        var nested = page.Insert(at, string.Concat(Enumerable.Repeat("<span>", 200)));
        var (papers, problems) = DigestRun.Read(nested);
        Assert.DoesNotContain(problems, p => p.ErrorId == ErrorIds.DigestTooDeep);
        Assert.NotEmpty(papers);
    }

    // Case 3: nested <div> took 0.15/0.56/2.1 s at 2k/4k/8k levels (100k: over 600 s).
    [Theory]
    [InlineData(2_000)]
    [InlineData(8_000)]
    [InlineData(100_000)]
    public void DeepNestingTakesBoundedTime(int levels)
    {
        var hostile = ScholarAlert.Replace("<body>", "<body>" + string.Concat(Enumerable.Repeat("<div>", levels)) + string.Concat(Enumerable.Repeat("</div>", levels)));
        var (_, problems) = TimeBudget.Within(hostile.Length, () => DigestRun.Read(hostile), $"{levels:N0} nested <div>");
        Assert.Equal(ErrorIds.DigestTooDeep, Assert.Single(problems).ErrorId);
    }

    // Case 3: a run of "<" in author lines made the <[^>]*> regex quadratic (four lines of 800k: 136 s).
    [Fact]
    public void RunsOfAngleBracketsInAuthorLinesTakeLinearTime()
    {
        var email = ArxivEmail;
        var hostile = email.Replace("Authors: ", "Authors: " + new string('<', 400_000) + " ");
        Assert.True(hostile.Length > 4 * 400_000);

        var (papers, problems) = TimeBudget.Within(hostile.Length, () => DigestRun.Read(hostile), "author lines of 400,000 '<'");

        Assert.Equal(DigestRun.Read(email).Papers.Count, papers.Count);
        Assert.Empty(problems);
    }

    // Case 4: "\😀" left half a surrogate pair, Normalize threw, and the e-mail gave 0 of 23 papers as "DigestTruncated".
    [Fact]
    public void ABackslashBeforeAnAstralCharacterLosesNoPaper()
    {
        var email = ArxivEmail;
        var hostile = email.Replace("Title: AlignIT", "Title: Deep \\😀 learning AlignIT").Replace("Authors: Joan Sol\\`a", "Authors: Joan \\😀 Sol\\`a \\'😀");

        var (papers, problems) = DigestRun.Read(hostile);

        Assert.Empty(problems);
        Assert.Equal(DigestRun.Read(email).Papers.Count, papers.Count);
        Assert.StartsWith("Deep 😀 learning AlignIT", papers[0].Title);
        Assert.Equal("Joan 😀 Solà 😀\u0301", papers[0].Authors[0]);
    }

    // Built in code, not as [InlineData]: xunit's theory serialization mangles lone surrogates.
    [Fact]
    public void TheLatexDecoderNeverThrows()
    {
        Assert.Equal("Deep 😀 learning", LatexDecoder.Decode("Deep \\😀 learning"));
        Assert.Equal("😀\u0301", LatexDecoder.Decode("\\'😀"));
        Assert.Equal("😀\u030C", LatexDecoder.Decode("\\v{😀}"));
        Assert.Equal("\uFFFD cut pair", LatexDecoder.Decode("\\\ud800 cut pair"));
        Assert.Equal("a\uFFFDb", LatexDecoder.Decode("a\ud800b{}"));
        Assert.Equal("a\uFFFDb", TextNormalizer.FoldDiacritics("A\udc00B"));
        // Found by the writer's fuzz test: U+FFFE is the one code point Normalize rejects besides surrogates.
        Assert.Equal("a\uFFFDb", LatexDecoder.Decode("a\uFFFEb{}"));
    }

    // Case 5: a JSON "\ud800" escape in the first item gave 0 of 24 papers as DigestTruncated; the file is whole.
    [Fact]
    public void ALoneSurrogateEscapeInJsonIsReplacedAndEveryItemRead()
    {
        var json = File.ReadAllText(Fixture.Path("huggingface-json", "daily_papers_2025-08-20.json"));
        var first = json.IndexOf("\"title\": \"", System.StringComparison.Ordinal);
        Assert.True(first > 0);
        var hostile = json.Insert(first + "\"title\": \"".Length, "\\ud800 ");

        var (papers, problems) = DigestRun.Read(hostile);

        Assert.Equal(24, papers.Count);
        var warning = Assert.Single(problems);
        Assert.Equal(ErrorIds.DigestInvalidCharacter, warning.ErrorId);
        Assert.Equal(ProblemSeverity.Warning, ErrorIds.SeverityOf(warning.ErrorId));
        Assert.Contains(papers, p => p.Title != null && p.Title.StartsWith("\uFFFD ", System.StringComparison.Ordinal));
    }

    [Fact]
    public void ALoneSurrogateEscapeInAPropertyNameIsNoFault()
    {
        var (papers, problems) = DigestRun.Read("{\"\\udc00x\": 1, \"papers\": [{\"paper\": {\"id\": \"2401.00001\", \"title\": \"A \\ud83d\\ude00 B\"}}]}");
        Assert.Equal("A 😀 B", Assert.Single(papers).Title);
        Assert.Empty(problems);
    }

    // Case 7: Scholar targets javascript:, vbscript:, file:///etc/passwd and \\host\share became Url and PdfUrl.
    [Theory]
    [InlineData("javascript:alert(document.cookie)")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("\\\\attacker.example\\share\\paper.pdf")]
    [InlineData("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")]
    public void ScholarTargetsThatAreNotWebAddressesAreDropped(string target)
    {
        var alert = ScholarAlert.Replace("url=https://arxiv.org/abs/2402.12000&amp;", "url=" + System.Uri.EscapeDataString(target) + "&amp;")
                                .Replace("arXiv preprint arXiv:2402.12000", "Journal of Things");

        var (papers, problems) = DigestRun.Read(alert);

        var paper = papers.Single(p => p.Title == "Physics-Informed Diffusion Models");
        Assert.Null(paper.Url);
        Assert.Null(paper.PdfUrl);
        var warnings = problems.Where(p => p.ErrorId == ErrorIds.DigestUnsafeUrl).ToList();
        Assert.NotEmpty(warnings);
        Assert.All(warnings, w => Assert.Equal(paper.SourceLine, w.Line));
        Assert.All(papers, p => Assert.True(p.Url == null || p.Url.StartsWith("http", System.StringComparison.Ordinal), p.Url));
    }

    // Case 9: 20,000 "\\" lines after the header made the listing read as plain text (hundreds of junk papers).
    [Fact]
    public void AListingPaddedWithEntryOpeningsIsStillAListing()
    {
        var email = ArxivEmail;
        var first = email.IndexOf("\\\\\narXiv:", System.StringComparison.Ordinal);
        var hostile = email.Insert(first, string.Concat(Enumerable.Repeat("\\\\\n", 20_000)));

        Assert.Equal(DigestFormat.ArxivEmail, DigestImporter.Detect(DigestSource.FromText("x", hostile).Head));
        var (papers, problems) = DigestRun.Read(hostile);
        var expected = DigestRun.Read(email).Papers;

        Assert.Empty(problems);
        Assert.Equal(expected.Select(p => p.ArxivId), papers.Select(p => p.ArxivId));
        Assert.Equal(expected.Select(p => p.Title), papers.Select(p => p.Title));
    }
}

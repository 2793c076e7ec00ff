using System.Linq;
using PaperTools.Diagnostics;
using PaperTools.Digests;
using PaperTools.Digests.Scholar;
using Xunit;

namespace PaperTools.Tests.Digests.Scholar;

public class ScholarAlertReaderTests
{
    private static readonly string Alert = Fixture.Path("scholar", "alert_2024-03-05.html");

    [Fact]
    public void ReadsEveryResult()
    {
        var (papers, problems) = Fixture.Import(Alert);
        Assert.Empty(problems);
        Assert.Equal(22, papers.Count);
        Assert.All(papers, p => Assert.Equal(DigestFormat.ScholarAlert, p.SourceFormat));
        Assert.All(papers, p => Assert.True(p.AbstractIsSnippet));
    }

    [Fact]
    public void ReadsEveryFieldOfAnArxivResult()
    {
        var first = Fixture.Import(Alert).Papers[0];
        Assert.Equal("Physics-Informed Diffusion Models", first.Title);
        Assert.Equal(new[] { "J Solà", "B Kégl", "W Zhang" }, first.Authors);
        Assert.Equal("arXiv preprint arXiv:2402.12000", first.Venue);
        Assert.Equal(2024, first.Year);
        Assert.Null(first.Published);
        Assert.Equal("2402.12000", first.ArxivId);
        Assert.Equal("https://arxiv.org/abs/2402.12000", first.Url);
        Assert.Equal("https://arxiv.org/pdf/2402.12000", first.PdfUrl);
        Assert.Null(first.Doi);
        Assert.StartsWith("magnitude compared to previous work in a fluid flow case study", first.Abstract);
        Assert.Contains("structural topology optimization. We also present numerical evidence", first.Abstract);
        Assert.EndsWith("against overfitting. …", first.Abstract);
        Assert.True(first.AbstractIsSnippet);
        Assert.Equal(4, first.SourceLine);
    }

    [Fact]
    public void KeepsHighlightedWordsInTitlesAndDropsTheKindMarker()
    {
        var pdf = Fixture.Import(Alert).Papers[1];
        Assert.Equal("Dual Lagrangian Learning for Conic Optimization", pdf.Title);
        Assert.Equal(new[] { "G Varoquaux", "W Zhang", "Y Zhou", "C Mendes" }, pdf.Authors);
        Assert.Equal("2403.03017", pdf.ArxivId);
        Assert.Equal("https://arxiv.org/pdf/2403.03017", pdf.PdfUrl);
    }

    [Fact]
    public void UnwrapsTargetsWithTheirOwnQuery()
    {
        var openReview = Fixture.Import(Alert).Papers[2];
        Assert.Equal("https://openreview.net/forum?id=xK32qZp", openReview.Url);
        Assert.Equal("The Twelfth International Conference on Learning Representations", openReview.Venue);
        Assert.Equal(new[] { "M Arbel", "L Rossi", "A Bello" }, openReview.Authors);
        Assert.Null(openReview.ArxivId);
        Assert.Null(openReview.PdfUrl);
    }

    [Fact]
    public void TakesTheDoiFromThePublishersAddress()
    {
        var papers = Fixture.Import(Alert).Papers;
        var acm = papers[3];
        Assert.Equal("10.1145/3637528.3671003", acm.Doi);
        Assert.Equal("https://dl.acm.org/doi/abs/10.1145/3637528.3671003", acm.Url);
        Assert.Equal("Proceedings of the 30th ACM SIGKDD Conference on Knowledge …", acm.Venue);
        var springer = papers[4];
        Assert.Equal("10.1007/s10994-024-06004-4", springer.Doi);
        Assert.Equal("https://link.springer.com/content/pdf/10.1007/s10994-024-06004-4.pdf", springer.PdfUrl);
        Assert.Equal("Machine Learning", springer.Venue);
        Assert.Equal(2024, springer.Year);
        var ieee = papers[5];
        Assert.Null(ieee.Doi);
        Assert.Equal(2023, ieee.Year);
        Assert.Equal("IEEE Transactions on Pattern Analysis and Machine Intelligence", ieee.Venue);
    }

    [Fact]
    public void ReadsAnAlertSavedAsEmail()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("scholar", "alert_2024-03-06.eml"));
        Assert.Empty(problems);
        Assert.Equal(20, papers.Count);
        Assert.Equal("Do Generated Data Always Help Contrastive Learning?", papers[0].Title);
        Assert.Equal(new[] { "G Kim", "L Rossi", "S Vaiter", "R Kumar" }, papers[0].Authors);
        Assert.Equal("Temporal Self-Rewarding Language Models: Decoupling Chosen-Rejected via Past-Future", papers[19].Title);
        Assert.All(papers, p => Assert.Equal(DigestFormat.ScholarAlert, p.SourceFormat));
    }

    [Fact]
    public void ATruncatedAlertKeepsTheResultsBeforeTheCut()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("scholar", "alert_truncated.html"));
        Assert.Equal(9, papers.Count);
        Assert.Equal("Spatiotemporal Entropy Model is All You Need for Learned Video Compression", papers[8].Title);
        Assert.Equal(new[] { "E Pauwels", "A Bello", "C Li", "M Lin" }, papers[8].Authors);
        Assert.Equal(ErrorIds.DigestTruncated, Assert.Single(problems).ErrorId);
    }

    [Theory]
    [InlineData("A Smith, B Jones - Nature, 2024 - nature.com", new[] { "A Smith", "B Jones" }, "Nature", 2024)]
    [InlineData("A Smith, B Jones… - 2023 - openreview.net", new[] { "A Smith", "B Jones" }, null, 2023)]
    [InlineData("A Smith, B Jones... - Science, 2021", new[] { "A Smith", "B Jones" }, "Science", 2021)]
    [InlineData("A Smith - arxiv.org", new[] { "A Smith" }, null, null)]
    [InlineData("JR Smith Jr., B Jones - 2020", new[] { "JR Smith Jr.", "B Jones" }, null, 2020)]
    [InlineData("J-P Martin, AB de la Cruz - Proceedings of the …, 2022", new[] { "J-P Martin", "AB de la Cruz" }, "Proceedings of the …", 2022)]
    [InlineData("", new string[0], null, null)]
    public void ReadsBylines(string line, string[] authors, string venue, int? year)
    {
        var byline = ScholarByline.Parse(line);
        Assert.Equal(authors, byline.Authors);
        Assert.Equal(venue, byline.Venue);
        Assert.Equal(year, byline.Year);
    }

    [Theory]
    [InlineData("https://scholar.google.com/scholar_url?url=https://arxiv.org/abs/2402.1&hl=en&sa=X", "https://arxiv.org/abs/2402.1")]
    [InlineData("https://scholar.google.de/scholar_url?url=https://x.org/a%3Fb%3Dc%26d%3De&hl=de", "https://x.org/a?b=c&d=e")]
    [InlineData("https://example.org/direct", "https://example.org/direct")]
    [InlineData("not a url", "not a url")]
    public void UnwrapsScholarRedirects(string href, string target) => Assert.Equal(target, ScholarAlertReader.Unwrap(href));
}

using System;
using System.Linq;
using System.Text;
using PaperTools.Diagnostics;
using PaperTools.Digests;
using PaperTools.Digests.Email;
using Xunit;

namespace PaperTools.Tests.Digests.Email;

public class EmailMessageTests
{
    [Fact]
    public void UnwrapsAQuotedPrintableListing()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("arxiv-email", "cs_listing_2024-03-01.eml"));
        Assert.Empty(problems);
        Assert.Equal(21, papers.Count);
        Assert.All(papers, p => Assert.Equal(DigestFormat.ArxivEmail, p.SourceFormat));
        Assert.All(papers, p => Assert.Equal(new DateTime(2024, 3, 1), p.DigestDate));
        var first = papers[0];
        Assert.Equal("Project and Probe: Sample-Efficient Domain Adaptation by Interpolating Orthogonal Features", first.Title);
        Assert.Equal(new[] { "Aisha Bello", "Wei Zhang" }, first.Authors);
        Assert.Equal("2402.19001", first.ArxivId);
        Assert.Equal(new[] { "q-bio.NC" }, first.Categories);
        Assert.StartsWith("Transfer learning with a small amount of target data is an effective and common approach", first.Abstract);
        Assert.Equal("replace-cross", papers[20].AnnounceType);
        Assert.Equal("Exploiting locality in high-dimensional factorial hidden Markov models", papers[20].Title);
    }

    [Fact]
    public void DecodesAWindows1252Body()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("arxiv-email", "cs_listing_windows1252.eml"));
        Assert.Empty(problems);
        Assert.Equal(3, papers.Count);
        Assert.Equal("Déjà vu: Towards Robust Prompts on Vision-Language Models", papers[0].Title);
        Assert.StartsWith("We revisit the naïve “café” baseline of Müller et al. — it is surprisingly strong.", papers[0].Abstract);
        Assert.Equal("Towards Robust Out-of-Distribution Generalization Bounds via Sharpness", papers[2].Title);
    }

    [Fact]
    public void AnUnknownCharsetIsNamedAndTheEntriesStillRead()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("arxiv-email", "cs_listing_unknown_charset.eml"));
        var problem = Assert.Single(problems);
        Assert.Equal(ErrorIds.DigestUnknownEncoding, problem.ErrorId);
        Assert.Contains("x-mac-klingon", problem.Message);
        Assert.Equal(3, papers.Count);
        Assert.Equal("Adversarial Examples Improve Image Recognition", papers[0].Title);
        Assert.Equal("A Closer Look at AUROC and AUPRC under Class Imbalance", papers[2].Title);
    }

    [Fact]
    public void PrefersTheHtmlPartAndDecodesBase64()
    {
        var html = "<html><body><p>Caf\u00e9</p></body></html>";
        var message = "From: a@example.org\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"outer;x\"\r\n\r\n" +
                      "preamble\r\n--outer;x\r\nContent-Type: multipart/alternative; boundary=inner\r\n\r\n" +
                      "--inner\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nplain text\r\n" +
                      "--inner\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Transfer-Encoding: base64\r\n\r\n" +
                      Convert.ToBase64String(Encoding.UTF8.GetBytes(html), Base64FormattingOptions.InsertLineBreaks) + "\r\n--inner--\r\n" +
                      "--outer;x\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename=notes.txt\r\n\r\nattached\r\n--outer;x--\r\n";
        var source = Open(message, out var problem);
        Assert.Null(problem);
        Assert.Equal(html, source.Head);
    }

    [Fact]
    public void QuotedPrintableSoftBreaksAndEscapesAreUndone()
    {
        var message = "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nNa=C3=AFve soft=\nbreak =3D done=20\nnext";
        Assert.Equal("Naïve softbreak = done \nnext", Open(message, out _).Head);
    }

    [Fact]
    public void ADamagedBase64BodyIsNamed()
    {
        var message = "MIME-Version: 1.0\nContent-Type: text/html\nContent-Transfer-Encoding: base64\n\nQUJD\nR";
        Assert.Null(Open(message, out var problem));
        Assert.Equal(ErrorIds.DigestInvalidEncoding, problem.ErrorId);
    }

    [Fact]
    public void AMessageWithoutTextIsNamed()
    {
        var message = "MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--b--\n";
        Assert.Null(Open(message, out var problem));
        Assert.Equal(ErrorIds.DigestEmpty, problem.ErrorId);
    }

    [Fact]
    public void ABodyThatIsNotItsDeclaredCharsetIsNamedAndStillRead()
    {
        var bytes = Encoding.ASCII.GetBytes("MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n")
            .Concat(SingleByteEncoding.Windows1252.GetBytes("caf\u00e9")).ToArray();
        var path = Fixture.TempFile("mislabelled.eml", bytes);
        var source = DigestDecoder.Open(path, new DigestImportOptions(), out var problem);
        Assert.Equal(ErrorIds.DigestInvalidEncoding, problem.ErrorId);
        Assert.Equal("café", source.Head);
    }

    [Theory]
    [InlineData("Technology\nLearning Theory: for kernels\n")]
    [InlineData("Title: A paper\nAuthors: A, B\n\nabstract")]
    [InlineData("------------------------------------------------------------------------------\n\\\\\narXiv:2402.00001\n")]
    [InlineData("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html\"></head></html>")]
    public void TextThatIsNotAMessageIsLeftAlone(string text)
        => Assert.False(EmailMessage.LooksLikeMessage(Encoding.UTF8.GetBytes(text)));

    private static DigestSource Open(string message, out Problem problem)
        => DigestDecoder.Open(Fixture.TempFile("message.eml", Encoding.UTF8.GetBytes(message)), new DigestImportOptions(), out problem);
}

using System.Linq;
using PaperTools.Diagnostics;
using PaperTools.Digests;
using Xunit;

namespace PaperTools.Tests.Digests;

/// <summary>A service's own refusal, saved in place of a digest, is a DigestServiceError quoting the service: never a paper, never silence.</summary>
public class ServiceErrorTests
{
    [Theory]
    [InlineData("arxiv_api_error_1234.12345.atom.xml", "incorrect id format for 1234.12345", 11)]
    [InlineData("arxiv_api_rate_exceeded.txt", "Rate exceeded.", 0)]
    [InlineData("nginx_429_too_many_requests.html", "429 Too Many Requests", 0)]
    [InlineData("rss_feed_error_bad_archive.rss.xml", "Bad archive 'psuedo-science'.", 4)]
    [InlineData("oai_error_badArgument.xml", "Illegal arguments: missing metadataPrefix", 5)]
    [InlineData("efetch_error.xml", "Empty id list - nothing todo", 4)]
    public void TheReplyIsANamedErrorQuotingTheService(string file, string quoted, int line)
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("service-errors", file));
        Assert.Empty(papers);
        var problem = Assert.Single(problems);
        Assert.Equal(ErrorIds.DigestServiceError, problem.ErrorId);
        Assert.Contains(quoted, problem.Message);
        Assert.Equal(line, problem.Line);
    }

    [Fact]
    public void AnErrorEntryAmongPapersIsReportedAndThePapersKept()
    {
        var feed = "<?xml version=\"1.0\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
                   + "<entry><id>http://arxiv.org/abs/1706.03762v7</id><title>Attention Is All You Need</title><author><name>Ashish Vaswani</name></author></entry>\n"
                   + "<entry><id>http://arxiv.org/api/errors#x</id><title>Error</title><summary>incorrect id format for x</summary><author><name>arXiv api core</name></author></entry>\n</feed>";
        var (papers, problems) = Fixture.Import(Fixture.TempFile("mixed.atom.xml", System.Text.Encoding.UTF8.GetBytes(feed)));
        Assert.Equal("Attention Is All You Need", Assert.Single(papers).Title);
        Assert.Equal(ErrorIds.DigestServiceError, Assert.Single(problems).ErrorId);
    }

    [Fact]
    public void APaperTitledErrorByRealAuthorsIsAPaper()
    {
        var feed = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>http://arxiv.org/abs/2401.00001v1</id><title>Error</title><author><name>Grace Hopper</name></author></entry></feed>";
        var (papers, problems) = Fixture.Import(Fixture.TempFile("error-title.atom.xml", System.Text.Encoding.UTF8.GetBytes(feed)));
        Assert.Empty(problems);
        Assert.Equal("Error", Assert.Single(papers).Title);
    }

    [Theory]
    [InlineData("Rate exceeded.")]
    [InlineData("Rate exceeded, please try again")]
    public void OnlyTheBareReplyIsARefusal(string text)
    {
        var (papers, problems) = Fixture.Import(Fixture.TempFile("reply.txt", System.Text.Encoding.UTF8.GetBytes(text)));
        if (text == "Rate exceeded.") Assert.Equal(ErrorIds.DigestServiceError, Assert.Single(problems).ErrorId);
        else Assert.DoesNotContain(problems, p => p.ErrorId == ErrorIds.DigestServiceError);
    }

    [Fact]
    public void NamingAFormatReadsTheFileAsThatFormat()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("service-errors", "arxiv_api_rate_exceeded.txt"), new DigestImportOptions { Format = DigestFormat.Text });
        Assert.DoesNotContain(problems, p => p.ErrorId == ErrorIds.DigestServiceError);
    }
}

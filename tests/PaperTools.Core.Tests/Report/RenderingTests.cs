#nullable enable
using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using PaperTools.Report;
using Xunit;

namespace PaperTools.Tests.Report;

/// <summary>
/// What each renderer makes of hostile digest text, read as text (the browser, pandoc and MIME judges are in
/// ReportJudgeTests).
/// </summary>
public class RenderingTests
{
    private static string Render(ReportFormat format, params Paper[] papers)
    {
        var output = new StringWriter(CultureInfo.InvariantCulture);
        ReportWriter.Write(papers, null, format, output);
        return output.ToString();
    }

    [Fact]
    public void HtmlEscapesMarkupAndLinksOnlyHttpAddresses()
    {
        var html = Render(ReportFormat.Html, ReportPapers.Hostile().ToArray());
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Attention", html);
        Assert.Contains("Ends the link &lt;/a&gt;&lt;a href=&quot;javascript:alert(1)&quot;&gt;here&lt;/a&gt;.", html);
        var hrefs = html.Split("href=\"").Skip(1).Select(h => h.Substring(0, h.IndexOf('"'))).ToList();
        Assert.NotEmpty(hrefs);
        Assert.All(hrefs, h => Assert.StartsWith("https://", h));
        Assert.Contains("https://arxiv.org/abs/2401.00001", hrefs); // the javascript: Url gave way to the arXiv page
        Assert.Contains("https://github.com/o/r%22%3E%3Cscript%3Ealert(1)%3C/script%3E", hrefs);
        Assert.Contains("https://example.org/paper?a=1&amp;b=&#39;2&#39;", hrefs);
        Assert.DoesNotContain(hrefs, h => h.Contains("data:"));
    }

    [Fact]
    public void BidiAndControlCharactersAreDroppedAndLoneSurrogatesReplaced()
    {
        foreach (var format in new[] { ReportFormat.Html, ReportFormat.Markdown })
        {
            var text = Render(format, ReportPapers.Hostile().ToArray());
            foreach (var c in "\u202E\u202C\u2066\u2069\u200F\u202B\u0000\u0007\uFFFE")
                Assert.True(text.IndexOf(c) < 0, $"U+{(int)c:X4} in {format}");
            Assert.Contains("Lone \uFFFD surrogate", text);
            Assert.True(Encoding.UTF8.GetString(new UTF8Encoding(false, true).GetBytes(text)) == text);
        }
    }

    [Fact]
    public void LongAbstractsAreCutAtASentence()
    {
        var sentence = "This sentence has exactly fifty characters in it. ";
        var cut = ReportText.ShortAbstract(string.Concat(Enumerable.Repeat(sentence, 20)));
        Assert.Equal(string.Concat(Enumerable.Repeat(sentence, 12)).TrimEnd() + " …", cut);
        Assert.Equal("Short. Abstract.", ReportText.ShortAbstract("Short.\n  Abstract."));
        var word = ReportText.ShortAbstract(new string('x', 10_000))!;
        Assert.Equal(ReportText.AbstractLength + 2, word.Length);
    }

    [Fact]
    public void MarkdownEscapesEveryMarkupCharacterOfDigestText()
    {
        var markdown = Render(ReportFormat.Markdown, ReportPapers.Hostile()[5]);
        Assert.Contains(@"### [\[Link\]\(https\:\/\/evil\.example\) \*emph\* \`code\` \$x\^2\$ \@cite "
                        + @"\<b\>bold\<\/b\> \# heading](<https://example.org/a_(b)>)", markdown);
        Assert.Contains(@"\=\=\=  " + "\n" + @"\- dash", markdown.Replace(", ", "  \n"));
    }

    [Fact]
    public void PlainTextWrapsAt76ColumnsButKeepsLongWordsWhole()
    {
        var report = ReportBuilder.Build(ReportPapers.Hostile(), null);
        var output = new StringWriter(CultureInfo.InvariantCulture);
        TextReportRenderer.Write(report, output);
        var lines = output.ToString().Split('\n');
        // A longer line is one word too long to break, or an address (never broken, so it stays clickable).
        Assert.All(lines.Where(l => l.Length > 76),
            l => Assert.True(l.Trim().Split(' ').Length == 1 || l.StartsWith("   Page: https://"), l));
        Assert.Contains(lines, l => l.Length > 10_000); // the 10,000-character word stands on its own line
    }
}

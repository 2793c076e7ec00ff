using System.IO;
using System.Linq;
using PaperTools.BibTeX;
using PaperTools.Formats.BibTeX;
using Xunit;

namespace PaperTools.Tests.BibTeX;

public class HostileInputTests
{
    [Theory]
    [InlineData(BibTeXDialect.BibTeX, BibTeXEscaping.Latex)]
    [InlineData(BibTeXDialect.BibLaTeX, BibTeXEscaping.Unicode)]
    public void EveryFieldReadsBackWholeAndNoEntryIsInjected(BibTeXDialect dialect, BibTeXEscaping escaping)
    {
        var dir = BibTeXTestFiles.NewFolder();
        var path = Path.Combine(dir, "hostile.bib");
        var papers = HostilePapers.All().ToList();
        BibTeXTestFiles.Export(path, papers, new BibTeXExportOptions { Dialect = dialect, Escaping = escaping });
        var text = File.ReadAllText(path);

        var read = BibTeXTestFiles.Import(path);
        Assert.Equal(papers.Count, read.Count);
        for (var i = 0; i < papers.Count; i++)
        {
            Assert.StartsWith("Hostile " + (char)('A' + i) + ":", read[i].Title);
            Assert.Equal(Expected(papers[i].Abstract), read[i].Abstract);
            Assert.Equal(papers[i].Authors.Select(Expected), read[i].Authors);
        }
        // No entry starts anywhere but where the writer put one, and nothing the digest said is a command.
        Assert.Equal(papers.Count, text.Split('\n').Count(l => l.StartsWith("@")));
        foreach (var command in new[] { "\\input", "\\write", "\\immediate", "\\def", "\\csname", "\\catcode", "\\end{", "^^" })
            Assert.DoesNotContain(command, text);
        Assert.DoesNotContain('\0', text);
        Assert.DoesNotContain('\u0007', text);
        foreach (var line in text.Split('\n').Where(l => l.StartsWith("  ")))
            Assert.True(LatexEscaperTests.BracesBalance(line.Substring(line.IndexOf('=') + 1).TrimEnd(',')), line);
    }

    /// <summary>What survives of a hostile text: the same characters, control characters dropped, white space runs joined.</summary>
    private static string Expected(string text)
        => System.Text.RegularExpressions.Regex.Replace(new string(text.Where(c => !char.IsControl(c) || char.IsWhiteSpace(c)).ToArray()), @"\s+", " ").Trim();
}

using System;
using System.IO;
using System.Linq;
using PaperTools.Diagnostics;
using PaperTools.Digests;
using Xunit;

namespace PaperTools.Tests.Digests;

/// <summary>
/// A stray file in a digest folder never puts junk into a library: the project's own README.md and build.ps1, a
/// .bib, CSV, Markdown notes and source code give no papers (RIS is a shape of its own) and DigestFormatUnknown naming what they look like.
/// </summary>
public class NotADigestTests
{
    private static string RepositoryFile(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "PaperTools.sln"))) return Path.Combine(dir.FullName, name);
        throw new InvalidOperationException("The repository root (PaperTools.sln) was not found above the test assembly.");
    }

    [Theory]
    [InlineData("README.md", "Markdown")]
    [InlineData("build.ps1", "source code")]
    [InlineData("src/PaperTools.Core/Formats/BibTeX/BibTeXParser.cs", "source code")]
    [InlineData("tests/Fixtures/bibtex/foreign.bib", "a BibTeX file")]
    [InlineData("tests/Fixtures/bibtex/real/jabref-complex.bib", "a BibTeX file")]
    [InlineData("tests/Fixtures/not-digests/papers.csv", "CSV")]
    [InlineData("tests/Fixtures/not-digests/reading-list.md", "Markdown")]
    [InlineData("tests/Fixtures/not-digests/notes.py", "source code")]
    public void GivesNoPapersAndSaysWhatTheFileLooksLike(string file, string kind)
    {
        var (papers, problems) = Fixture.Import(RepositoryFile(file));
        Assert.Empty(papers);
        var problem = Assert.Single(problems);
        Assert.Equal(ErrorIds.DigestFormatUnknown, problem.ErrorId);
        Assert.Contains("looks like " + kind, problem.Message);
    }

    [Fact]
    public void EveryRealDigestIsStillRecognised()
    {
        foreach (var file in Directory.GetFiles(Fixture.Path("text"), "*.txt"))
        {
            var (papers, problems) = Fixture.Import(file);
            Assert.NotEmpty(papers);
            Assert.DoesNotContain(problems, p => p.ErrorId == ErrorIds.DigestFormatUnknown);
        }
    }

    [Fact]
    public void NamingTheFormatStillReadsAnyText()
    {
        var (papers, _) = Fixture.Import(RepositoryFile("tests/Fixtures/not-digests/reading-list.md"), new DigestImportOptions { Format = DigestFormat.Text });
        Assert.Contains(papers, p => p.Title == "Attention Is All You Need");
    }
}

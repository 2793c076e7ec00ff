#nullable enable
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PaperTools.BibTeX;
using PaperTools.Formats.BibTeX;
using PaperTools.Diagnostics;
using PaperTools.Export;
using PaperTools.Tests.BibTeX;
using Xunit;

namespace PaperTools.Tests.Export;

/// <summary>
/// The one export stack, the same for BibTeX, RIS and CSL-JSON: records read from a file are never merged with each
/// other in any format, and a record of the target a reader complains about is one warning, whatever its format.
/// </summary>
public sealed class ExportStackTests
{
    public static TheoryData<string, string> SourcesAndTargets()
    {
        var data = new TheoryData<string, string>();
        foreach (var source in new[] { "bib", "ris", "csl" })
        foreach (var target in new[] { "bib", "ris", "csl" })
            data.Add(source, target);
        return data;
    }

    // Zotero's RIS test file holds one paper four times (its URL cases): four records of one file, one work.
    [Theory]
    [MemberData(nameof(SourcesAndTargets))]
    public void RecordsReadFromAFileAreNeverMergedInAnyFormat(string source, string target)
    {
        var papers = ReadAs(source, Fixture.Import(Fixture.Path("ris", "example_urls.ris")).Papers);
        Assert.Equal(4, papers.Count);
        Assert.Single(papers.Select(p => p.Title).Distinct());

        var path = Path.Combine(BibTeXTestFiles.NewFolder(), "out." + target);
        var written = Plan(target, path, papers, append: false, new List<Problem>());

        Assert.Equal(papers, written);
    }

    // The same four papers as a digest states them (no file behind them) are one work, written once in every format.
    [Theory]
    [InlineData("bib")]
    [InlineData("ris")]
    [InlineData("csl")]
    public void DigestPapersOfOneWorkAreWrittenOnceInEveryFormat(string target)
    {
        var papers = Fixture.Import(Fixture.Path("ris", "example_urls.ris")).Papers
            .Select(p => new Paper { Title = p.Title, Authors = p.Authors, Year = p.Year, Source = "digest.txt" })
            .ToList();

        var path = Path.Combine(BibTeXTestFiles.NewFolder(), "out." + target);
        var written = Plan(target, path, papers, append: false, new List<Problem>());

        Assert.Equal(new[] { papers[0] }, written);
    }

    // A broken record of the target stays in it; the export says so once, as a warning under the reader's own id.
    [Theory]
    [InlineData("bib", "@article{whole,\n  title = {Whole}\n}\n\n@article{broken,\n  title = {Never closed}\n",
        ErrorIds.BibTeXEntryInvalid)]
    [InlineData("ris", "TY  - JOUR\r\nER  - \r\n", ErrorIds.DigestEntryInvalid)]
    [InlineData("csl", "[\n  {\"id\": \"untitled\", \"type\": \"book\"}\n]\n", ErrorIds.DigestEntryInvalid)]
    public void ABrokenRecordOfTheTargetIsOneWarningInEveryFormat(string target, string content, string errorId)
    {
        var path = Path.Combine(BibTeXTestFiles.NewFolder(), "library." + target);
        File.WriteAllText(path, content);
        var problems = new List<Problem>();
        var paper = new Paper { Title = "A Mathematical Theory of Communication", Year = 1948, Source = "digest.txt" };

        var written = Plan(target, path, new[] { paper }, append: target != "bib", problems);

        Assert.Equal(new[] { paper }, written);
        var problem = Assert.Single(problems);
        Assert.Equal(errorId, problem.ErrorId);
        Assert.Equal(ProblemSeverity.Error, ErrorIds.SeverityOf(problem.ErrorId));
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.EndsWith(" The file keeps it as it is.", problem.Message);
        Assert.Equal(path, problem.Target);
        Assert.True(problem.Line > 0);
    }

    /// <summary>The papers a plan of <paramref name="format"/> writes, in order.</summary>
    private static List<Paper> Plan(string format, string path, IEnumerable<Paper> papers, bool append,
        List<Problem> problems)
    {
        Problem? failure;
        List<Paper>? written;
        if (format == "bib")
        {
            var plan = new PaperFileExporter<BibTeXEntry>(new BibTeXFileFormat(), problems.Add)
                .Plan(path, papers, append, noClobber: false, force: false, out failure);
            written = plan?.Written.Select(w => w.Key).ToList();
        }
        else
        {
            var plan = new PaperFileExporter<KeyedPaper>(ExportFiles.FormatNamed(format), problems.Add)
                .Plan(path, papers, append, noClobber: false, force: false, out failure);
            written = plan?.Written.Select(w => w.Key).ToList();
        }
        Assert.True(written != null, failure?.ToString());
        return written!;
    }

    /// <summary>The papers as read back from a file of <paramref name="format"/> that holds them.</summary>
    private static List<Paper> ReadAs(string format, List<Paper> papers)
    {
        if (format == "ris") return papers;
        var path = Path.Combine(BibTeXTestFiles.NewFolder(), "source." + (format == "csl" ? "json" : format));
        if (format == "bib")
        {
            // A second URL has no BibTeX field: the one value kept in the note, with its warning.
            var problems = new List<Problem>();
            BibTeXTestFiles.Export(path, papers, problems: problems);
            Assert.All(problems, p => Assert.Equal(ErrorIds.BibTeXItemValueInNote, p.ErrorId));
            return BibTeXTestFiles.Import(path);
        }
        ExportFiles.Export(path, papers, format);
        return Fixture.Import(path).Papers;
    }
}

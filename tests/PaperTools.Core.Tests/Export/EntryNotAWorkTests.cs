#nullable enable
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PaperTools.Diagnostics;
using Xunit;

namespace PaperTools.Tests.Export;

/// <summary>
/// biblatex's @xdata (fields other entries inherit) and @set (a group of other entries) are not works: RIS and
/// CSL-JSON get no record of them, as Zotero's BibTeX import gets no item, and each is named by an
/// ExportEntryNotAWork warning at its file and line. Every other entry, a set's members too, is written.
/// </summary>
public class EntryNotAWorkTests
{
    [Theory]
    [InlineData("ris", "biber-xdata.bib", "xdata")]
    [InlineData("csl", "biber-xdata.bib", "xdata")]
    [InlineData("ris", "biber-examples.bib", "set")]
    [InlineData("csl", "biber-examples.bib", "set")]
    public void NonWorksAreNamedAndLeftOutAndTheWorksWritten(string format, string file, string type)
    {
        var source = Fixture.Path("bibtex", "real", file);
        var all = Fixture.BibPapers(source);
        var nonWorks = all.Where(p => string.Equals(p.EntryType, type, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.NotEmpty(nonWorks);
        var problems = new List<Problem>();
        var plan = ExportFiles.Export(ExportFiles.NewFile(format), all, format, problems: problems);

        Assert.Equal(all.Except(nonWorks), plan.Written.Select(w => w.Key));
        var named = problems.Where(p => p.ErrorId == ErrorIds.ExportEntryNotAWork).ToList();
        Assert.Equal(nonWorks.Select(p => (source, p.SourceLine)), named.Select(p => (p.Target!, p.Line)));
        Assert.All(named, p => Assert.Equal(ProblemSeverity.Warning, p.Severity));
        Assert.StartsWith($"The biblatex @{type} entry '{nonWorks[0].CitationKey}' (", named[0].Message);
        Assert.DoesNotContain(problems, p => p.ErrorId is not (ErrorIds.ExportEntryNotAWork
            or ErrorIds.ExportItemValueInNote));
    }

    // biber's examples group three articles as @set{set}: the set is left out, its members written under their keys.
    [Fact]
    public void ASetsMembersAreWrittenAsTheirOwnRecords()
    {
        var text = Exported("biber-examples.bib", "ris");
        Assert.DoesNotContain("ID  - set\r\n", text);
        foreach (var member in new[] { "set:herrmann", "set:aksin", "set:yoon" })
            Assert.Contains($"ID  - {member}\r\n", text);
    }

    // @xdata's title ("Some title", lent to gxd1) is not a work's: no CSL item carries it.
    [Fact]
    public void AnXdataTitleIsNotWrittenAsAnItem()
    {
        var text = Exported("biber-xdata.bib", "csl");
        Assert.DoesNotContain("\"title\": \"Some title\"", text);
        Assert.DoesNotContain("\"id\": \"gxd4\"", text);
        Assert.Contains("\"id\": \"xd1\"", text);
    }

    // A real .bib fixture exported to a new file of the format, as the file's text.
    private static string Exported(string fixture, string format)
        => File.ReadAllText(ExportFiles.Export(ExportFiles.NewFile(format),
            Fixture.BibPapers(Fixture.Path("bibtex", "real", fixture)), format).Target);
}

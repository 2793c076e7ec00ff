#nullable enable
using System.IO;
using System.Linq;
using PaperTools.Files;
using PaperTools.Tests.BibTeX;
using Xunit;

namespace PaperTools.Tests.Export;

/// <summary>
/// No silent loss: replacing a library (BibTeX, RIS, CSL-JSON) with content that lacks some of its records keeps the
/// previous file whole beside it as &lt;name&gt;.bak, and the plan's action (what -WhatIf prints) says so; a
/// replacement that keeps every record, and an append, make no backup.
/// </summary>
public class ReplacementBackupTests
{
    [Fact]
    public void ABibTeXReplacementThatDropsEntriesKeepsThePreviousFile()
    {
        var path = Path.Combine(BibTeXTestFiles.NewFolder(), "library.bib");
        var three = new[] { SamplePapers.Attention(), SamplePapers.JournalArticle(), SamplePapers.OldStyle() };
        BibTeXTestFiles.Export(path, three);
        var before = File.ReadAllBytes(path);

        var plan = BibTeXTestFiles.Export(path, new[] { SamplePapers.Lojasiewicz() });

        Assert.Equal(3, plan.Dropped);
        Assert.EndsWith($"keeping the previous file, which has 3 BibTeX entries the new content lacks, as '{path}.bak'",
            plan.Action);
        Assert.Equal(before, File.ReadAllBytes(LibraryWritePlan.BackupPath(path)));
        Assert.Single(BibTeXTestFiles.Import(path));
    }

    [Fact]
    public void ABibTeXReplacementCountsOnlyTheEntriesNoPaperIsTheSameWorkAs()
    {
        // Two papers the export finds in the file (keeping their keys), one it does not: one entry is dropped.
        var path = Path.Combine(BibTeXTestFiles.NewFolder(), "library.bib");
        BibTeXTestFiles.Export(path, new[] { SamplePapers.Attention(), SamplePapers.JournalArticle(),
            SamplePapers.OldStyle() });

        var plan = BibTeXTestFiles.Export(path, new[] { SamplePapers.JournalArticle(), SamplePapers.Lojasiewicz(),
            SamplePapers.Attention() });

        Assert.Equal(1, plan.Dropped);
        Assert.EndsWith("which has 1 BibTeX entry the new content lacks, as '" + path + ".bak'", plan.Action);
    }

    [Fact]
    public void ABibTeXRoundTripOrAnAppendMakesNoBackup()
    {
        var path = Path.Combine(BibTeXTestFiles.NewFolder(), "library.bib");
        BibTeXTestFiles.Export(path, new[] { SamplePapers.Attention(), SamplePapers.JournalArticle() });
        var edited = BibTeXTestFiles.Import(path);
        edited[0].Year = 2018;

        var rewritten = BibTeXTestFiles.Export(path, edited);
        var appended = BibTeXTestFiles.Export(path, new[] { SamplePapers.OldStyle() }, append: true);

        Assert.True(rewritten.WritesAnything && appended.WritesAnything);
        Assert.Equal(0, rewritten.Dropped + appended.Dropped);
        Assert.DoesNotContain("previous file", rewritten.Action);
        Assert.False(File.Exists(LibraryWritePlan.BackupPath(path)));
    }

    [Theory]
    [InlineData("ris")]
    [InlineData("csl")]
    public void ARisOrCslJsonReplacementThatDropsRecordsKeepsThePreviousFile(string format)
    {
        var path = ExportFiles.NewFile(format);
        ExportFiles.Export(path, new[] { SamplePapers.Attention(), SamplePapers.JournalArticle() }, format);
        var before = File.ReadAllBytes(path);

        var plan = ExportFiles.Export(path, new[] { SamplePapers.Attention() }, format);

        Assert.Equal(1, plan.Dropped);
        Assert.Contains("keeping the previous file", plan.Action);
        Assert.Equal(before, File.ReadAllBytes(LibraryWritePlan.BackupPath(path)));
        Assert.Single(Fixture.Import(path).Papers);
    }
}

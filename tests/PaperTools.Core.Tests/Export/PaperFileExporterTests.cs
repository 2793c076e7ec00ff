using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using PaperTools.Diagnostics;
using PaperTools.Export;
using PaperTools.Tests.BibTeX;
using Xunit;

namespace PaperTools.Tests.Export;

/// <summary>Export-PaperRis and Export-PaperCslJson write files with Export-PaperBibTeX's guarantees.</summary>
public class PaperFileExporterTests
{
    public static IEnumerable<object[]> Formats() => new[] { new object[] { "ris" }, new object[] { "csl" } };

    private static List<Paper> Three() => new List<Paper> { SamplePapers.Attention(), SamplePapers.JournalArticle(), SamplePapers.OldStyle() };

    [Theory]
    [MemberData(nameof(Formats))]
    public void AppendAddsOnlyWhatTheFileLacksAndKeepsItsBytes(string format)
    {
        var path = ExportFiles.NewFile(format);
        ExportFiles.Export(path, Three().Take(2), format);
        var before = File.ReadAllBytes(path);

        var plan = ExportFiles.Export(path, Three(), format, append: true);
        Assert.Equal(new[] { "hep-th/9711200" }, plan.Written.Select(r => r.Key.ArxivId));
        Assert.Equal(2, plan.AlreadyPresent.Count);
        var after = File.ReadAllBytes(path);
        var kept = format == "ris" ? before.Length : Encoding.UTF8.GetString(before).TrimEnd().LastIndexOf('}') + 1;
        Assert.Equal(before.Take(kept), after.Take(kept));
        Assert.Equal(3, Fixture.Import(path).Papers.Count);

        var again = ExportFiles.Export(path, Three(), format, append: true);
        Assert.False(again.WritesAnything);
        Assert.Equal(after, File.ReadAllBytes(path));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void PapersTheFileHasKeepTheirKeys(string format)
    {
        var path = ExportFiles.NewFile(format);
        var first = ExportFiles.Export(path, Three(), format);
        var keys = first.Written.Select(r => r.Value.Key).ToList();
        var replaced = ExportFiles.Export(path, Three().AsEnumerable().Reverse(), format);
        Assert.Equal(keys.AsEnumerable().Reverse(), replaced.Written.Select(r => r.Value.Key));
        Assert.All(replaced.Written, r => Assert.Equal(r.Value.Key, r.Key.CitationKey));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void TheSameWorkGivenTwiceIsWrittenOnce(string format)
    {
        var path = ExportFiles.NewFile(format);
        var copy = SamplePapers.Attention();
        copy.ArxivVersion = 1;
        var plan = ExportFiles.Export(path, new[] { SamplePapers.Attention(), copy }, format);
        Assert.Single(plan.Written);
        Assert.Single(plan.AlreadyPresent);
    }

    [Fact]
    public void AppendingToAnEmptyCslListKeepsItValid()
    {
        var path = ExportFiles.NewFile("csl");
        File.WriteAllText(path, "[ ]\n");
        ExportFiles.Export(path, Three(), "csl", append: true);
        var text = File.ReadAllText(path);
        Assert.StartsWith("[\n  {", text);
        Assert.Equal(3, Fixture.Import(path).Papers.Count);
    }

    [Fact]
    public void AppendingKeepsTheFilesLineBreaks()
    {
        var path = ExportFiles.NewFile("csl");
        ExportFiles.Export(path, Three().Take(1), "csl");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\n", "\r\n"));
        ExportFiles.Export(path, Three(), "csl", append: true);
        var text = File.ReadAllText(path);
        Assert.DoesNotContain("\n", text.Replace("\r\n", string.Empty));
    }

    [Theory]
    [InlineData("{\"id\": \"x\", \"type\": \"article\", \"title\": \"One item alone\"}", "not a list")]
    [InlineData("[{\"id\": \"x\", \"type\": \"article\", \"title\": \"Cut", "not valid JSON")]
    public void ACslFileThatCannotTakeMoreItemsIsRefusedAndLeftAlone(string content, string why)
    {
        var path = ExportFiles.NewFile("csl");
        File.WriteAllText(path, content);
        var exporter = new PaperFileExporter<KeyedPaper>(ExportFiles.FormatNamed("csl"), null);
        var plan = exporter.Plan(path, Three(), append: true, noClobber: false, force: false, out var failure);
        Assert.Null(plan);
        Assert.Equal(ErrorIds.ExportFileUnreadable, failure.ErrorId);
        Assert.Contains(why, failure.Message);
        Assert.Equal(content, File.ReadAllText(path));
    }

    [Fact]
    public void AUtf16TargetIsNotAppendedTo()
    {
        var path = ExportFiles.NewFile("ris");
        File.WriteAllText(path, "TY  - JOUR\r\nTI  - Old\r\nER  - \r\n", Encoding.Unicode);
        var exporter = new PaperFileExporter<KeyedPaper>(ExportFiles.FormatNamed("ris"), null);
        Assert.Null(exporter.Plan(path, Three(), append: true, noClobber: false, force: false, out var failure));
        Assert.Equal(ErrorIds.ExportFileUnreadable, failure.ErrorId);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void NoClobberReadOnlyAndADirectoryAreNamed(string format)
    {
        var path = ExportFiles.NewFile(format);
        ExportFiles.Export(path, Three(), format);
        var exporter = new PaperFileExporter<KeyedPaper>(ExportFiles.FormatNamed(format), null);
        Assert.Null(exporter.Plan(path, Three(), append: false, noClobber: true, force: false, out var failure));
        Assert.Equal(ErrorIds.ExportFileExists, failure.ErrorId);
        Assert.NotNull(exporter.Plan(path, Three(), append: true, noClobber: true, force: false, out _));

        File.SetAttributes(path, FileAttributes.ReadOnly);
        try
        {
            Assert.Null(exporter.Plan(path, Three(), append: false, noClobber: false, force: false, out failure));
            Assert.Equal(ErrorIds.ExportFileReadOnly, failure.ErrorId);
            var plan = exporter.Plan(path, Three().Take(1), append: false, noClobber: false, force: true, out _);
            Assert.True(exporter.Commit(plan, force: true, out _));
            Assert.Single(Fixture.Import(path).Papers);
        }
        finally { File.SetAttributes(path, FileAttributes.Normal); }

        Assert.Null(exporter.Plan(Path.GetDirectoryName(path), Three(), false, false, false, out failure));
        Assert.Equal(ErrorIds.ExportTargetInvalid, failure.ErrorId);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void AFileChangedWhileTheExportWasPreparedIsPlannedAgainAndKept(string format)
    {
        var path = ExportFiles.NewFile(format);
        ExportFiles.Export(path, Three().Take(1), format);
        var exporter = new PaperFileExporter<KeyedPaper>(ExportFiles.FormatNamed(format), null);
        var plan = exporter.Plan(path, Three(), append: true, noClobber: false, force: false, out _);
        // Another writer adds the second paper between the plan and the commit.
        ExportFiles.Export(path, Three().Skip(1).Take(1), format, append: true);
        var changed = File.ReadAllBytes(path);
        Assert.True(exporter.Commit(plan, force: false, out var failure), failure?.ToString());
        var now = File.ReadAllBytes(path);
        // RIS keeps every byte; CSL-JSON keeps everything up to its last item's closing brace and reopens the list.
        var kept = format == "ris" ? changed.Length : Array.LastIndexOf(changed, (byte)'}') + 1;
        Assert.Equal(changed.Take(kept), now.Take(kept));
        Assert.Equal(3, Fixture.Import(path).Papers.Count);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void APaperWithNothingToCiteIsNamedAndTheOthersWritten(string format)
    {
        var problems = new List<Problem>();
        var path = ExportFiles.NewFile(format);
        var plan = ExportFiles.Export(path, new[] { new Paper { Abstract = "No title, no id." }, SamplePapers.Attention() }, format, problems: problems);
        Assert.Single(plan.Written);
        Assert.Equal(ErrorIds.ExportPaperIncomplete, Assert.Single(problems).ErrorId);
    }

    [Fact]
    public void NoTemporaryFileIsLeftBehind()
    {
        var path = ExportFiles.NewFile("ris");
        ExportFiles.Export(path, Three(), "ris");
        ExportFiles.Export(path, new[] { SamplePapers.Greek() }, "ris", append: true);
        // Only the file and its writers' lock (which stays, empty: see LibraryLock).
        Assert.Equal(new[] { "." + Path.GetFileName(path) + ".lock", Path.GetFileName(path) },
            Directory.GetFiles(Path.GetDirectoryName(path)).Select(Path.GetFileName).OrderBy(n => n, System.StringComparer.Ordinal));
    }
}

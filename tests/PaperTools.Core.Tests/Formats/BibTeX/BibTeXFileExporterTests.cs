using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using PaperTools.BibTeX;
using PaperTools.Formats.BibTeX;
using PaperTools.Diagnostics;
using PaperTools.Export;
using Xunit;

namespace PaperTools.Tests.BibTeX;

public class BibTeXFileExporterTests
{
    private const string HandWritten = "% My library, kept by hand.\r\n@misc{mine,\r\n  title = {Attention is all you need},\r\n  eprint = {1706.03762}\r\n}";

    private static PaperFilePlan<BibTeXEntry> Plan(string path, IEnumerable<Paper> papers, bool append = false, bool noClobber = false, bool force = false)
    {
        var plan = new PaperFileExporter<BibTeXEntry>(new BibTeXFileFormat(), _ => { }).Plan(path, papers, append, noClobber, force, out var failure);
        Assert.True(failure == null, failure?.ToString());
        return plan;
    }

    private static Problem Failure(string path, IEnumerable<Paper> papers, bool append = false, bool noClobber = false, bool force = false)
    {
        Assert.Null(new PaperFileExporter<BibTeXEntry>(new BibTeXFileFormat(), _ => { }).Plan(path, papers, append, noClobber, force, out var failure));
        return failure;
    }

    [Fact]
    public void AppendingTheSameDigestTwiceAddsNothingTheSecondTime()
    {
        var path = Path.Combine(BibTeXTestFiles.NewFolder(), "library.bib");
        var digest = SamplePapers.Digest("001");
        BibTeXTestFiles.Export(path, digest, append: true);
        var afterFirst = File.ReadAllBytes(path);
        var written = File.GetLastWriteTimeUtc(path);

        var second = BibTeXTestFiles.Export(path, SamplePapers.Digest("001"), append: true);
        Assert.False(second.WritesAnything);
        Assert.Empty(second.Written);
        Assert.Equal(digest.Count, second.AlreadyPresent.Count);
        Assert.Equal(afterFirst, File.ReadAllBytes(path));
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
    }

    [Fact]
    public void AppendKeepsEveryExistingByteAndAddsOnlyNewPapers()
    {
        var original = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(HandWritten)).ToArray();
        var path = Fixture.TempFile("library.bib", original);
        var plan = BibTeXTestFiles.Export(path, new[] { SamplePapers.Attention(), SamplePapers.Lojasiewicz() }, append: true);

        Assert.Equal("mine", Assert.Single(plan.AlreadyPresent).Value.CitationKey);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(original, bytes.Take(original.Length).ToArray());
        var added = Encoding.UTF8.GetString(bytes, original.Length, bytes.Length - original.Length);
        Assert.StartsWith("\r\n\r\n@misc{lojasiewicz2021gradient,\r\n", added);
        Assert.EndsWith("}\r\n", added);
        Assert.DoesNotContain("\n", added.Replace("\r\n", ""));
        Assert.Equal(new[] { "mine", "lojasiewicz2021gradient" }, BibTeXTestFiles.Import(path).Select(p => p.CitationKey));
    }

    [Fact]
    public void ReplacingKeepsTheKeysPapersAlreadyHad()
    {
        var path = Fixture.TempFile("library.bib", Encoding.UTF8.GetBytes(HandWritten));
        var plan = BibTeXTestFiles.Export(path, new[] { SamplePapers.Lojasiewicz(), SamplePapers.Attention() });
        Assert.Equal(new[] { "lojasiewicz2021gradient", "mine" }, plan.Written.Select(w => w.Value.Key));
        Assert.Equal(new[] { "lojasiewicz2021gradient", "mine" }, BibTeXTestFiles.Import(path).Select(p => p.CitationKey));
    }

    [Fact]
    public void CommitSetsTheKeysOnThePapers()
    {
        var path = Fixture.TempFile("library.bib", Encoding.UTF8.GetBytes(HandWritten));
        var papers = new[] { SamplePapers.Attention(), SamplePapers.Lojasiewicz() };
        BibTeXTestFiles.Export(path, papers, append: true);
        Assert.Equal(new[] { "mine", "lojasiewicz2021gradient" }, papers.Select(p => p.CitationKey));
    }

    [Fact]
    public void NoClobberRefusesAnExistingFileButAllowsAppend()
    {
        var path = Fixture.TempFile("library.bib", Encoding.UTF8.GetBytes(HandWritten));
        var failure = Failure(path, new[] { SamplePapers.Lojasiewicz() }, noClobber: true);
        Assert.Equal(ErrorIds.BibTeXFileExists, failure.ErrorId);
        Assert.Equal(ProblemCategory.ResourceExists, failure.Category);
        Assert.Equal(HandWritten, File.ReadAllText(path));
        Assert.True(Plan(path, new[] { SamplePapers.Lojasiewicz() }, append: true, noClobber: true).WritesAnything);
    }

    [Fact]
    public void ReadOnlyFilesNeedForce()
    {
        var path = Fixture.TempFile("library.bib", Encoding.UTF8.GetBytes(HandWritten));
        File.SetAttributes(path, FileAttributes.ReadOnly);
        Assert.Equal(ErrorIds.BibTeXFileReadOnly, Failure(path, new[] { SamplePapers.Lojasiewicz() }, append: true).ErrorId);
        var exporter = new PaperFileExporter<BibTeXEntry>(new BibTeXFileFormat(), _ => { });
        var plan = exporter.Plan(path, new[] { SamplePapers.Lojasiewicz() }, true, false, true, out _);
        Assert.True(exporter.Commit(plan, force: true, out var failure), failure?.ToString());
        Assert.StartsWith(HandWritten, File.ReadAllText(path));
    }

    [Fact]
    public void ADirectoryIsNoTarget()
        => Assert.Equal(ErrorIds.BibTeXTargetInvalid, Failure(BibTeXTestFiles.NewFolder(), new[] { SamplePapers.Attention() }).ErrorId);

    [Fact]
    public void AFileChangedBetweenPlanAndCommitIsPlannedAgainAndLosesNothing()
    {
        var path = Fixture.TempFile("library.bib", Encoding.UTF8.GetBytes(HandWritten));
        var exporter = new PaperFileExporter<BibTeXEntry>(new BibTeXFileFormat(), _ => { });
        var plan = exporter.Plan(path, new[] { SamplePapers.Lojasiewicz() }, true, false, false, out _);
        File.AppendAllText(path, "\n@misc{other, title = {Someone else}}\n");
        var changed = File.ReadAllBytes(path);
        Assert.True(exporter.Commit(plan, false, out var failure), failure?.ToString());
        Assert.Equal(changed, File.ReadAllBytes(path).Take(changed.Length).ToArray());
        Assert.Equal(new[] { "mine", "other", "lojasiewicz2021gradient" }, BibTeXTestFiles.Import(path).Select(p => p.CitationKey));
    }

    [Fact]
    public void NoTemporaryFileIsLeftBehind()
    {
        var dir = BibTeXTestFiles.NewFolder();
        var path = Path.Combine(dir, "library.bib");
        BibTeXTestFiles.Export(path, SamplePapers.All());
        BibTeXTestFiles.Export(path, SamplePapers.Digest("000"), append: true);
        Assert.Equal(new[] { ".library.bib.lock", "library.bib" }, Directory.GetFiles(dir).Select(Path.GetFileName).OrderBy(n => n, System.StringComparer.Ordinal));
    }

    [Fact]
    public void AppendingNonAsciiToALatin1FileIsRefused()
    {
        var original = Encoding.Latin1.GetBytes("@misc{m, title = {M\u00fcller}}\n");
        var path = Fixture.TempFile("latin1.bib", original);
        var exporter = new PaperFileExporter<BibTeXEntry>(new BibTeXFileFormat(new BibTeXExportOptions { Escaping = BibTeXEscaping.Unicode }), _ => { });
        Assert.Null(exporter.Plan(path, new[] { SamplePapers.Lojasiewicz() }, true, false, false, out var failure));
        Assert.Equal(ErrorIds.BibTeXFileEncodingMismatch, failure.ErrorId);
        BibTeXTestFiles.Export(path, new[] { SamplePapers.Lojasiewicz() }, append: true);
        Assert.Equal(original, File.ReadAllBytes(path).Take(original.Length).ToArray());
    }

    [Fact]
    public void BrokenEntriesInTheTargetAreReportedAndKept()
    {
        var broken = "@misc{broken, title = {no field name} = {x}}\n";
        var path = Fixture.TempFile("library.bib", Encoding.UTF8.GetBytes(broken));
        var targetProblems = new List<Problem>();
        var exporter = new PaperFileExporter<BibTeXEntry>(new BibTeXFileFormat(), _ => { }, targetProblems.Add);
        var plan = exporter.Plan(path, new[] { SamplePapers.Attention() }, true, false, false, out _);
        Assert.True(exporter.Commit(plan, false, out _));
        Assert.Equal(ErrorIds.BibTeXEntryInvalid, Assert.Single(targetProblems).ErrorId);
        Assert.StartsWith(broken, File.ReadAllText(path));
    }
}

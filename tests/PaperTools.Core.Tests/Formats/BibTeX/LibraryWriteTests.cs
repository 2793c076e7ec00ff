using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using PaperTools.BibTeX;
using PaperTools.Formats.BibTeX;
using PaperTools.Diagnostics;
using PaperTools.Export;
using PaperTools.Files;
using Xunit;

namespace PaperTools.Tests.BibTeX;

/// <summary>
/// Writing a library keeps the file the file it was (symlink, mode, owner, hard links, read-only), is exclusive
/// between writers, cleans up after crashed runs, and never appends inside a construct bibtex reads to the end.
/// The Unix cases run on Linux (CI runs them as root, which can give files away).
/// </summary>
public class LibraryWriteTests
{
    private const string Existing = "@misc{existing,\n  title = {Already here}\n}\n";

    private static string Library(string content = Existing) => Fixture.TempFile("library.bib", Encoding.UTF8.GetBytes(content));

    private static Paper[] NewPapers(string prefix, int count) => Enumerable.Range(1, count).Select(i => new Paper { Title = $"{prefix} paper number {i}" }).ToArray();

    private static Problem Failure(string path, IEnumerable<Paper> papers, bool append, bool force = false)
    {
        var exporter = new PaperFileExporter<BibTeXEntry>(new BibTeXFileFormat(), _ => { });
        var plan = exporter.Plan(path, papers, append, false, force, out var failure);
        if (plan == null) return failure;
        exporter.Commit(plan, force, out failure);
        return failure;
    }

    [Fact]
    public void AFolderThatDoesNotExistIsNamedNotTheLockFileInIt()
    {
        var folder = Path.Combine(BibTeXTestFiles.NewFolder(), "nodir");
        var failure = Failure(Path.Combine(folder, "x.bib"), NewPapers("New", 1), append: false);
        Assert.Equal(ErrorIds.BibTeXWriteFailed, failure.ErrorId);
        Assert.Equal($"Cannot write '{Path.Combine(folder, "x.bib")}': the folder '{folder}' does not exist. Nothing was written.", failure.Message);
        Assert.False(Directory.Exists(folder));
    }

    private static void Write(string path, IEnumerable<Paper> papers, bool append, bool force = false)
    {
        var exporter = new PaperFileExporter<BibTeXEntry>(new BibTeXFileFormat(), _ => { });
        var plan = exporter.Plan(path, papers, append, false, force, out var failure);
        Assert.True(plan != null, failure?.ToString());
        Assert.True(exporter.Commit(plan, force, out failure), failure?.ToString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void WritesGoThroughASymlinkToItsTarget(bool append)
    {
        var real = Library();
        var link = Path.Combine(BibTeXTestFiles.NewFolder(), "link.bib");
        File.CreateSymbolicLink(link, real);
        Write(link, NewPapers("Linked", 2), append);
        Assert.Equal(real, new FileInfo(link).LinkTarget);
        Assert.Contains("Linked paper number 2", File.ReadAllText(real));
        Assert.Equal(append, File.ReadAllText(real).StartsWith(Existing, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite, true)]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, true)]
    [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, false)]
    public void TheModeIsKept(UnixFileMode mode, bool append)
    {
        if (OperatingSystem.IsWindows()) return;
        var path = Library();
        File.SetUnixFileMode(path, mode);
        Write(path, NewPapers("Mode", 1), append);
        Assert.Equal(mode, File.GetUnixFileMode(path));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ForceWritesAReadOnlyFileThatStaysReadOnly(bool append)
    {
        if (OperatingSystem.IsWindows()) return;
        var path = Library();
        var readOnly = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        File.SetUnixFileMode(path, readOnly);
        Assert.Equal(ErrorIds.BibTeXFileReadOnly, Failure(path, NewPapers("Locked", 1), append).ErrorId);
        Write(path, NewPapers("Forced", 1), append, force: true);
        Assert.Equal(readOnly, File.GetUnixFileMode(path));
        Assert.Contains("Forced paper number 1", File.ReadAllText(path));
    }

    [Fact]
    public void TheOwnerAndGroupAreKept()
    {
        if (!OperatingSystem.IsLinux() || geteuid() != 0) return;
        var path = Library();
        Assert.True(UnixFileStatus.TryChown(path, 65534, 65534));
        Write(path, NewPapers("Owned", 1), append: true);
        Write(path, NewPapers("Owned again", 1), append: false);
        var status = UnixFileStatus.Of(path);
        Assert.Equal(65534u, status.Owner);
        Assert.Equal(65534u, status.Group);
    }

    [Fact]
    public void HardLinksAreNeverSplit()
    {
        if (!OperatingSystem.IsLinux()) return;
        var path = Library();
        var other = Path.Combine(Path.GetDirectoryName(path), "other-name.bib");
        Assert.Equal(0, link(path, other));

        // -Append adds in place: both names see the new entry, and the old bytes are untouched.
        Write(path, NewPapers("Appended", 1), append: true);
        Assert.Equal(File.ReadAllBytes(path), File.ReadAllBytes(other));
        Assert.StartsWith(Existing, File.ReadAllText(other));
        Assert.Equal(2u, UnixFileStatus.Of(path).Links);

        // Replacing would split them: refused, unless -Force, which overwrites in place.
        var before = File.ReadAllBytes(path);
        Assert.Equal(ErrorIds.BibTeXFileHardLinked, Failure(path, NewPapers("Replacing", 1), append: false).ErrorId);
        Assert.Equal(before, File.ReadAllBytes(path));
        Write(path, NewPapers("Replaced", 1), append: false, force: true);
        Assert.Equal(File.ReadAllBytes(path), File.ReadAllBytes(other));
        Assert.Contains("Replaced paper number 1", File.ReadAllText(other));
        Assert.Equal(2u, UnixFileStatus.Of(path).Links);
    }

    [Fact]
    public void ALockedLibraryWaitsThenFailsWithANamedError()
    {
        var path = Library();
        using (new FileStream(LibraryLock.PathFor(path), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            var failure = Failure(path, NewPapers("Blocked", 1), append: true);
            Assert.Equal(ErrorIds.BibTeXFileLocked, failure.ErrorId);
            Assert.Equal(ProblemCategory.ResourceUnavailable, failure.Category);
        }
        Assert.Equal(Existing, File.ReadAllText(path));
    }

    [Fact]
    public async Task ThreeConcurrentWritersLoseNothingInTwentyTrials()
    {
        for (var trial = 0; trial < 20; trial++)
        {
            var path = Library();
            using (var start = new Barrier(3))
            {
                var writers = Enumerable.Range(0, 3).Select(w => Task.Run(() =>
                {
                    var papers = NewPapers($"Writer {w} trial {trial}", 100);
                    start.SignalAndWait();
                    Write(path, papers, append: true);
                })).ToArray();
                await Task.WhenAll(writers);
            }
            var titles = BibTeXTestFiles.Import(path).Select(p => p.Title).ToList();
            Assert.Equal(301, titles.Count);
            Assert.Equal(301, titles.Distinct().Count());
            Assert.StartsWith(Existing, File.ReadAllText(path));
        }
    }

    [Fact]
    public void TemporaryFilesOfCrashedRunsAreRemovedAndNothingElse()
    {
        var path = Library();
        var dir = Path.GetDirectoryName(path);
        var stale = Path.Combine(dir, ".library.bib.0123456789ab.tmp");
        var notOurs = new[] { Path.Combine(dir, ".library.bib.notatemp.tmp"), Path.Combine(dir, ".other.bib.0123456789ab.tmp"), Path.Combine(dir, "library.bib.0123456789ab.tmp") };
        File.WriteAllText(stale, "half an export");
        foreach (var file in notOurs) File.WriteAllText(file, "keep");
        Write(path, NewPapers("Cleaned", 1), append: true);
        Assert.False(File.Exists(stale));
        Assert.All(notOurs, f => Assert.True(File.Exists(f), f));
    }

    [Theory]
    [InlineData("@comment{ unclosed jabref-meta\n\n@misc{later, title = {L}}\n", 1, "@comment")]
    [InlineData("@misc{a, title = {A}}\n\n@preamble{ \"\\newcommand{\\x}{y}\" \n", 3, "@preamble")]
    [InlineData("@misc{a, title = {A}}\n@misc{broken,\n  title = {never closed\n}\n", 2, "entry 'broken'")]
    public void AppendRefusesAfterAnUnterminatedConstruct(string content, int line, string construct)
    {
        var path = Library(content);
        var failure = Failure(path, NewPapers("Appended", 1), append: true);
        Assert.Equal(ErrorIds.BibTeXFileUnterminated, failure.ErrorId);
        Assert.Equal(line, failure.Line);
        Assert.Contains(construct, failure.Message);
        Assert.Equal(content, File.ReadAllText(path));
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int link(string oldpath, string newpath);

    [DllImport("libc")]
    private static extern uint geteuid();
}

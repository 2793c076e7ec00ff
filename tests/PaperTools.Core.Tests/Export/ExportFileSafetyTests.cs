using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading;
using System.Threading.Tasks;
using PaperTools.Diagnostics;
using PaperTools.Export;
using PaperTools.Files;
using Xunit;

namespace PaperTools.Tests.Export;

/// <summary>
/// RIS and CSL-JSON files are written the way a .bib library is (LibraryWrite): through symlinks, read-only kept,
/// hard links never split, one writer at a time. The BibTeX side is proven in LibraryWriteTests.
/// </summary>
public class ExportFileSafetyTests
{
    public static IEnumerable<object[]> Formats() => new[] { new object[] { "ris" }, new object[] { "csl" } };

    private static Paper[] NewPapers(string prefix, int count) => Enumerable.Range(1, count).Select(i => new Paper { Title = $"{prefix} paper number {i}" }).ToArray();

    private static string Library(string format)
    {
        var path = ExportFiles.NewFile(format);
        ExportFiles.Export(path, NewPapers("Existing", 1), format);
        return path;
    }

    private static Problem Write(string path, string format, IEnumerable<Paper> papers, bool append, bool force = false)
    {
        var exporter = new PaperFileExporter<KeyedPaper>(ExportFiles.FormatNamed(format), _ => { });
        var plan = exporter.Plan(path, papers, append, noClobber: false, force, out var failure);
        if (plan == null) return failure;
        exporter.Commit(plan, force, out failure);
        return failure;
    }

    private static List<string> Titles(string path) => Fixture.Import(path).Papers.Select(p => p.Title).ToList();

    [Theory]
    [MemberData(nameof(Formats))]
    public void WritesGoThroughASymlinkToItsTarget(string format)
    {
        var real = Library(format);
        var link = Path.Combine(Path.GetDirectoryName(real), "link" + ExportFiles.Extension(format));
        File.CreateSymbolicLink(link, real);
        Assert.Null(Write(link, format, NewPapers("Linked", 1), append: true));
        Assert.Equal(real, new FileInfo(link).LinkTarget);
        Assert.Contains("Linked paper number 1", Titles(real));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void ForceWritesAReadOnlyFileThatStaysReadOnly(string format)
    {
        if (OperatingSystem.IsWindows()) return;
        var path = Library(format);
        var readOnly = UnixFileMode.UserRead | UnixFileMode.GroupRead;
        File.SetUnixFileMode(path, readOnly);
        Assert.Equal(ErrorIds.ExportFileReadOnly, Write(path, format, NewPapers("Refused", 1), append: true).ErrorId);
        Assert.Null(Write(path, format, NewPapers("Forced", 1), append: true, force: true));
        Assert.Equal(readOnly, File.GetUnixFileMode(path));
        Assert.Contains("Forced paper number 1", Titles(path));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void HardLinksAreNeverSplit(string format)
    {
        if (!OperatingSystem.IsLinux()) return;
        var path = Library(format);
        var other = Path.Combine(Path.GetDirectoryName(path), "other-name" + ExportFiles.Extension(format));
        Assert.Equal(0, link(path, other));

        Assert.Null(Write(path, format, NewPapers("Appended", 1), append: true));
        Assert.Equal(File.ReadAllBytes(path), File.ReadAllBytes(other));
        Assert.Equal(new[] { "Existing paper number 1", "Appended paper number 1" }, Titles(other));

        var before = File.ReadAllBytes(path);
        Assert.Equal(ErrorIds.ExportFileHardLinked, Write(path, format, NewPapers("Replacing", 1), append: false).ErrorId);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Null(Write(path, format, NewPapers("Replaced", 1), append: false, force: true));
        Assert.Equal(new[] { "Replaced paper number 1" }, Titles(other));
        Assert.Equal(2u, UnixFileStatus.Of(path).Links);
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void ALockedFileWaitsThenFailsWithANamedError(string format)
    {
        var path = Library(format);
        var before = File.ReadAllBytes(path);
        using (new FileStream(LibraryLock.PathFor(path), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
            Assert.Equal(ErrorIds.ExportFileLocked, Write(path, format, NewPapers("Blocked", 1), append: true).ErrorId);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task ThreeConcurrentWritersLoseNothing(string format)
    {
        for (var trial = 0; trial < 10; trial++)
        {
            var path = Library(format);
            using (var start = new Barrier(3))
            {
                await Task.WhenAll(Enumerable.Range(0, 3).Select(w => Task.Run(() =>
                {
                    var papers = NewPapers($"Writer {w} trial {trial}", 50);
                    start.SignalAndWait();
                    Assert.Null(Write(path, format, papers, append: true));
                })));
            }
            var titles = Titles(path);
            Assert.Equal(151, titles.Count);
            Assert.Equal(151, titles.Distinct().Count());
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int link(string oldpath, string newpath);
}

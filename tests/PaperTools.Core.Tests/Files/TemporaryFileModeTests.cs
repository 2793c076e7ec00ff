#nullable enable
using System;
using System.Collections.Concurrent;
using System.IO;
using System.Text;
using System.Threading;
using PaperTools.Files;
using Xunit;

namespace PaperTools.Tests.Files;

/// <summary>
/// Issue 21, case 4: the temporary copy of a private library (mode 600) is never readable by others, at any moment
/// between its creation and the rename. A watcher stats every temporary file it can catch while the library is
/// rewritten (a few MB, so the write and fsync leave a window to catch).
/// </summary>
public class TemporaryFileModeTests
{
    private const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode Others = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
        | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")] // the watcher thread stats Unix modes
    public void APrivateLibrarysTemporaryCopyIsNeverReadableByOthers()
    {
        if (OperatingSystem.IsWindows()) return;
        var content = Encoding.UTF8.GetBytes(new string('x', 4 * 1024 * 1024));
        var path = Fixture.TempFile("private.bib", content);
        File.SetUnixFileMode(path, Private);
        var folder = Path.GetDirectoryName(path)!;
        var seen = new ConcurrentBag<UnixFileMode>();
        using var stop = new CancellationTokenSource();
        var watcher = new Thread(() =>
        {
            while (!stop.IsCancellationRequested)
                foreach (var file in Directory.EnumerateFiles(folder, ".private.bib.*.tmp"))
                {
                    try { seen.Add(File.GetUnixFileMode(file)); }
                    catch (IOException) { } // renamed away between the listing and the stat
                }
        }) { IsBackground = true };
        watcher.Start();
        for (var write = 0; write < 200 && seen.Count < 3; write++)
            Assert.True(LibraryFile.TryReplace(path, new LibraryContent(content)));
        stop.Cancel();
        watcher.Join();

        Assert.NotEmpty(seen); // the watcher caught the temporary file at least once, or the test proves nothing
        Assert.All(seen, mode => Assert.Equal((UnixFileMode)0, mode & Others));
        Assert.Equal(Private, File.GetUnixFileMode(path));
    }
}

#nullable enable
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using PaperTools.Diagnostics;
using PaperTools.Metadata;
using Xunit;

namespace PaperTools.Tests.Metadata;

/// <summary>
/// Issue 21, case 6: a cache entry is read only when it is a regular file of a size the cache could have written; a
/// symlink (to a FIFO, to /dev/zero) or an oversized file is a miss with a MetadataCacheEntryInvalid warning, at once,
/// without blocking or filling the memory. What a user looked up stays theirs: folders 0700, entries 0600.
/// </summary>
public class ResponseCacheSafetyTests
{
    private const string Key = "http://127.0.0.1:9/hf/api/papers/search?q=kept";
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private readonly List<Problem> problems = new();
    private readonly string root =
        Path.Combine(Path.GetTempPath(), "papertools-tests", Guid.NewGuid().ToString("N"), "cache");

    private ResponseCache Cache() => new(root, TimeSpan.FromDays(30), new ManualClock(), problems.Add);

    /// <summary>Stores one answer and returns the file it went to.</summary>
    private string StoredEntry()
    {
        Cache().Store(MetadataService.HuggingFace, Key, new MetadataReply(200, "[]", Key));
        return Assert.Single(Directory.GetFiles(root, "*.json", SearchOption.AllDirectories));
    }

    [Fact]
    public void FoldersAreOwnerOnlyAndEntriesPrivate()
    {
        if (OperatingSystem.IsWindows()) return;
        var entry = StoredEntry();
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(entry));
        var folder = Path.GetDirectoryName(entry)!;
        for (; folder.Length >= root.Length; folder = Path.GetDirectoryName(folder)!)
            Assert.Equal(OwnerOnly, File.GetUnixFileMode(folder));
        Assert.True(Cache().TryGet(MetadataService.HuggingFace, Key, out var reply));
        Assert.Equal("[]", reply.Body);
        Assert.Empty(problems);
    }

    [Fact]
    public async Task ASymlinkToAFifoIsAMissNotAHang()
    {
        if (!OperatingSystem.IsLinux()) return;
        var entry = StoredEntry();
        var fifo = Path.Combine(Path.GetDirectoryName(root)!, "fifo");
        Assert.Equal(0, mkfifo(fifo, Convert.ToUInt32("600", 8)));
        File.Delete(entry);
        File.CreateSymbolicLink(entry, fifo);

        var read = Task.Run(() => Cache().TryGet(MetadataService.HuggingFace, Key, out _));
        var finished = await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(10))) == read;
        if (!finished) using (File.OpenWrite(fifo)) { } // let the stuck reader go

        Assert.True(finished, "reading the cache entry hung on a FIFO");
        Assert.False(await read);
        Assert.Equal(ErrorIds.MetadataCacheEntryInvalid, Assert.Single(problems).ErrorId);
        Assert.Equal(ProblemSeverity.Warning, ErrorIds.SeverityOf(ErrorIds.MetadataCacheEntryInvalid));
    }

    [Fact]
    public void ASymlinkToDevZeroIsAMissWithoutReadingIt()
    {
        if (!OperatingSystem.IsLinux()) return;
        var entry = StoredEntry();
        File.Delete(entry);
        File.CreateSymbolicLink(entry, "/dev/zero");
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        Assert.False(Cache().TryGet(MetadataService.HuggingFace, Key, out _));

        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocated < 16 * 1024 * 1024);
        Assert.Contains("symbolic link", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEntryLargerThanAnyAnswerKeptIsAMissWithoutReadingIt()
    {
        var entry = StoredEntry();
        using (var stream = new FileStream(entry, FileMode.Open, FileAccess.Write))
            stream.SetLength(1L << 30); // sparse: no disk used
        var allocated = GC.GetAllocatedBytesForCurrentThread();

        Assert.False(Cache().TryGet(MetadataService.HuggingFace, Key, out _));

        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocated < 16 * 1024 * 1024);
        Assert.Equal(ErrorIds.MetadataCacheEntryInvalid, Assert.Single(problems).ErrorId);
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int mkfifo(string path, uint mode);
}

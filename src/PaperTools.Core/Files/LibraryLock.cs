using System.Diagnostics;

namespace PaperTools.Files;

/// <summary>
/// The exclusive lock every PaperTools writer takes around read, compare and write of one library: a lock file
/// beside it (".library.bib.lock", opened with no sharing, which .NET turns into flock on Unix). A lock file
/// rather than the library itself, because the library is replaced by a rename: a writer waiting on the old
/// file's handle would go on to read the old content. The file stays (deleting it would let two writers lock two
/// different files); it is empty. Readers never take it, so Import-PaperBibTeX is never blocked.
/// </summary>
internal sealed class LibraryLock : IDisposable
{
    private readonly FileStream stream;

    private LibraryLock(FileStream stream) => this.stream = stream;

    public static string PathFor(string library) => Path.Combine(Path.GetDirectoryName(library) ?? ".", "."
        + Path.GetFileName(library) + ".lock");

    /// <summary>
    /// Takes the lock, waiting up to <paramref name="timeout"/> for another writer to finish; null when it stays
    /// taken that long. A lock file that cannot be made at all (no such folder, no permission) throws.
    /// </summary>
    public static LibraryLock? Acquire(string library, TimeSpan timeout, CancellationToken cancellation)
    {
        var lockPath = PathFor(library);
        var clock = Stopwatch.StartNew();
        var pause = 10;
        while (true)
        {
            cancellation.ThrowIfCancellationRequested();
            try
            {
                return new LibraryLock(new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite,
                    FileShare.None, 1, FileOptions.None));
            }
            catch (IOException ex) when (!(ex is DirectoryNotFoundException || ex is PathTooLongException
                || ex is FileNotFoundException))
            {
                // Held by another writer: wait a little longer each time, up to the timeout.
            }
            var left = timeout - clock.Elapsed;
            if (left <= TimeSpan.Zero) return null;
            Thread.Sleep(TimeSpan.FromMilliseconds(Math.Min(pause, Math.Max(1, left.TotalMilliseconds))));
            pause = Math.Min(pause * 2, 200);
        }
    }

    public void Dispose() => stream.Dispose();
}

using System.Text.RegularExpressions;

namespace PaperTools.Files;

/// <summary>
/// Writes a library so that the file stays the file it was. A replacement goes to a temporary file beside the
/// target, flushed to disk, given the target's mode, owner and group, then renamed over it in one step (File.Replace
/// on Windows, which keeps ACLs and attributes): a crash leaves the old file or the new one, never half of one.
/// Writes go through a symlink to the file it names. A file the rename would split from its other hard links, or
/// whose owner the new file cannot be given, is written in place instead: its new tail written after the bytes
/// that stay (an append), or, when replaced, overwritten, which cannot be atomic and so needs -Force.
/// </summary>
internal static class LibraryFile
{
    /// <summary>The file a path names, following symlinks to the end; the path itself when it is no link.</summary>
    public static string ResolveTarget(string path)
    {
        var full = Path.GetFullPath(path);
        var info = new FileInfo(full);
        if (info.LinkTarget == null) return full;
        try { return info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full; }
        catch (IOException) { return full; }
    }

    /// <summary>
    /// True when the file is marked read-only: the ReadOnly attribute on Windows; on Unix, no write permission for
    /// anyone (chmod a-w), whoever runs the export (root could write it, but the mark says it should not change).
    /// </summary>
    public static bool IsReadOnly(string path)
        => OperatingSystem.IsWindows()
            ? (File.GetAttributes(path) & FileAttributes.ReadOnly) != 0
            : (File.GetUnixFileMode(path)
               & (UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite)) == 0;

    /// <summary>True when <paramref name="path"/> has other hard links, which a rename would leave holding the old
    /// content.</summary>
    public static bool IsHardLinked(string path) => (UnixFileStatus.Of(path)?.Links ?? 1) > 1;

    /// <summary>
    /// Replaces <paramref name="path"/> with <paramref name="content"/> atomically, keeping its mode, owner and
    /// group. False, with nothing changed, when the new file cannot be given the old one's owner.
    /// </summary>
    public static bool TryReplace(string path, LibraryContent content)
    {
        var temp = TemporaryPath(path);
        var exists = File.Exists(path);
        try
        {
            using (var stream = new FileStream(temp, TemporaryOptions(path, exists)))
            {
                content.WriteTo(stream);
                stream.Flush(flushToDisk: true);
            }
            if (!exists)
            {
                File.Move(temp, path);
                return true;
            }
            if (OperatingSystem.IsWindows())
            {
                var attributes = File.GetAttributes(path);
                if ((attributes & FileAttributes.ReadOnly) != 0) File.SetAttributes(path,
                    attributes & ~FileAttributes.ReadOnly);
                File.Replace(temp, path, null, ignoreMetadataErrors: true);
                File.SetAttributes(path, attributes);
                return true;
            }
            var status = UnixFileStatus.Of(path);
            var made = UnixFileStatus.Of(temp);
            if (status != null && made != null && (status.Owner != made.Owner || status.Group != made.Group)
                && !UnixFileStatus.TryChown(temp, status.Owner, status.Group))
                return false;
            // After chown, which clears setuid and setgid bits.
            File.SetUnixFileMode(temp, File.GetUnixFileMode(path));
            File.Move(temp, path, overwrite: true);
            return true;
        }
        finally
        {
            if (File.Exists(temp)) TryDelete(temp);
        }
    }

    /// <summary>
    /// Writes <paramref name="tail"/> over <paramref name="path"/> from byte <paramref name="tailStart"/> on, in place,
    /// after checking that the file is still <paramref name="expectedLength"/> bytes long: an append when the tail
    /// starts at the end, or a closing bracket reopened (CSL-JSON). The bytes before stay untouched whatever happens.
    /// </summary>
    public static void ReplaceTailInPlace(string path, long tailStart, byte[] tail, long expectedLength)
        => InPlace(path, stream =>
        {
            if (stream.Length != expectedLength) throw new IOException($"'{path}' changed while it was being written.");
            stream.Seek(tailStart, SeekOrigin.Begin);
            stream.Write(tail, 0, tail.Length);
            stream.SetLength(tailStart + tail.Length);
        });

    /// <summary>Overwrites <paramref name="path"/> in place: its links, owner and mode stay, but a crash can leave it
    /// half written.</summary>
    public static void OverwriteInPlace(string path, LibraryContent content)
        => InPlace(path, stream =>
        {
            content.WriteTo(stream);
            stream.SetLength(content.Length);
        });

    /// <summary>Deletes the temporary files that runs killed mid-write left beside <paramref name="path"/>; only ever
    /// called under the library's lock.</summary>
    public static void RemoveStaleTemporaryFiles(string path)
    {
        var directory = Path.GetDirectoryName(path) ?? ".";
        var pattern = new Regex("^\\." + Regex.Escape(Path.GetFileName(path)) + "\\.[0-9a-f]{12}\\.tmp$",
            RegexOptions.CultureInvariant);
        foreach (var file in Directory.EnumerateFiles(directory, "." + Path.GetFileName(path) + ".*.tmp"))
            if (pattern.IsMatch(Path.GetFileName(file))) TryDelete(file);
    }

    /// <summary>
    /// The temporary copy of an existing library is created with its permissions (owner-only when they cannot
    /// be read), never the default 0666 less umask: a run killed before the rename leaves no copy more readable
    /// than the library. A new library is created as any new file is.
    /// </summary>
    private static FileStreamOptions TemporaryOptions(string path, bool exists)
    {
        var options = new FileStreamOptions
        {
            Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 64 * 1024,
        };
        if (!exists || OperatingSystem.IsWindows()) return options;
        const UnixFileMode permissions = (UnixFileMode)0x1FF; // rwx for all; no setuid, setgid or sticky bit
        try { options.UnixCreateMode = File.GetUnixFileMode(path) & permissions; }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        return options;
    }

    private static string TemporaryPath(string path)
        => Path.Combine(Path.GetDirectoryName(path) ?? ".",
            "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N").Substring(0, 12) + ".tmp");

    /// <summary>Runs <paramref name="write"/> on the file opened in place; a file without write permission (written
    /// under -Force) gets it back afterwards.</summary>
    private static void InPlace(string path, Action<FileStream> write)
    {
        if (OperatingSystem.IsWindows())
        {
            var attributes = File.GetAttributes(path);
            try
            {
                if ((attributes & FileAttributes.ReadOnly) != 0) File.SetAttributes(path,
                    attributes & ~FileAttributes.ReadOnly);
                WriteInPlace(path, write);
            }
            finally { File.SetAttributes(path, attributes); }
            return;
        }
        var mode = File.GetUnixFileMode(path);
        try
        {
            if ((mode & UnixFileMode.UserWrite) == 0) File.SetUnixFileMode(path, mode | UnixFileMode.UserWrite);
            WriteInPlace(path, write);
        }
        finally
        {
            if (File.GetUnixFileMode(path) != mode) File.SetUnixFileMode(path, mode);
        }
    }

    private static void WriteInPlace(string path, Action<FileStream> write)
    {
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.Read, 64 * 1024))
        {
            write(stream);
            stream.Flush(flushToDisk: true);
        }
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

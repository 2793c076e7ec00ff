using System.Diagnostics.CodeAnalysis;
using PaperTools.Diagnostics;

namespace PaperTools.Files;

/// <summary>
/// How every exporter writes a library file, whatever its format. Before planning, <see cref="CheckTarget"/> refuses
/// what cannot be written (a folder, -NoClobber, a read-only file without -Force, a hard-linked file a replacement
/// would split). <see cref="Commit"/> then takes the library's lock, removes the temporary files of crashed runs,
/// reads the file again and, if another writer changed it since the plan was made, plans anew against what it holds
/// now; then writes it (see <see cref="LibraryFile"/>): atomically by a rename, or in place where a rename would split
/// hard links or lose the owner.
/// </summary>
internal static class LibraryWrite
{
    /// <summary>How long a writer waits for another to release the library before giving up.</summary>
    public static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Null when <paramref name="target"/> (the path given, links followed) can be planned for; else why
    /// not.</summary>
    public static Problem? CheckTarget(string path, string target, bool append, bool noClobber, bool force,
        LibraryWriteErrors errors)
    {
        if (Directory.Exists(target))
            return new Problem(errors.TargetInvalid, ProblemCategory.InvalidArgument,
                $"'{path}' is a directory; give the path of a {errors.FileNoun}.", path);
        if (!File.Exists(target)) return null;
        if (!append && noClobber)
            return new Problem(errors.Exists, ProblemCategory.ResourceExists,
                $"'{path}' already exists and -NoClobber forbids replacing it. Use -Append to add the papers " +
                    "it does not have yet.", path);
        if (!force && LibraryFile.IsReadOnly(target))
            return new Problem(errors.ReadOnly, ProblemCategory.InvalidOperation,
                $"'{path}' is read-only. Use -Force to write it anyway; it stays read-only.", path);
        if (!append && !force && LibraryFile.IsHardLinked(target))
            return HardLinked(path, errors);
        return null;
    }

    /// <summary>
    /// Carries out <paramref name="plan"/>; false, with <paramref name="failure"/> set, when the file could not be
    /// written (it is then as it was). <paramref name="replan"/> makes the plan again against the file as it is now.
    /// </summary>
    /// <param name="carriedOut">The plan written: <paramref name="plan"/>, or the one made anew.</param>
    public static bool Commit<TPlan>(TPlan plan, Func<TPlan, (TPlan? Plan, Problem? Failure)> replan, bool force,
        LibraryWriteErrors errors,
        CancellationToken cancellation, out Problem? failure,
            [NotNullWhen(true)] out TPlan? carriedOut) where TPlan : LibraryWritePlan
    {
        failure = null;
        carriedOut = plan;
        if (!plan.WritesAnything) return true;
        var path = plan.Path;
        try
        {
            using (var held = LibraryLock.Acquire(plan.Target, LockTimeout, cancellation))
            {
                if (held == null)
                {
                    failure = new Problem(errors.Locked, ProblemCategory.ResourceUnavailable,
                        $"'{path}' is being written by another PaperTools run (its lock, " +
                            $"'{LibraryLock.PathFor(plan.Target)}', stayed taken for {LockTimeout.TotalSeconds:0} " +
                                "seconds); nothing was written. Run the export again.", path);
                    return false;
                }
                LibraryFile.RemoveStaleTemporaryFiles(plan.Target);
                if (!StillHolds(plan.Target, plan.Original))
                {
                    // Another writer got there first: plan again against what the file holds now.
                    (var again, failure) = replan(plan);
                    carriedOut = again;
                    if (again == null) return false;
                    carriedOut = plan = again;
                    if (!plan.WritesAnything) return true;
                }
                failure = Write(plan, plan.Content, force, errors);
                return failure == null;
            }
        }
        catch (DirectoryNotFoundException ex)
        {
            // Said of the folder the user named, not of the lock file inside it.
            failure = new Problem(errors.WriteFailed, ProblemCategory.ObjectNotFound,
                $"Cannot write '{path}': the folder '{Path.GetDirectoryName(plan.Target)}' does not exist. " +
                "Nothing was written.", path, 0, ex);
            return false;
        }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException
            || ex is System.Security.SecurityException)
        {
            failure = new Problem(errors.WriteFailed, ProblemCategory.WriteError,
                $"Cannot write '{path}': {ex.Message} The file is as it was before.", path, 0, ex);
            return false;
        }
    }

    private static Problem? Write(LibraryWritePlan plan, LibraryContent content, bool force, LibraryWriteErrors errors)
    {
        var target = plan.Target;
        if (plan.Dropped > 0) KeepBackup(target);
        var tail = plan.Tail;
        if (plan.Exists && LibraryFile.IsHardLinked(target))
        {
            if (tail != null) LibraryFile.ReplaceTailInPlace(target, plan.TailStart, tail, plan.OriginalLength);
            else if (force) LibraryFile.OverwriteInPlace(target, content);
            else return HardLinked(plan.Path, errors);
            return null;
        }
        if (LibraryFile.TryReplace(target, content)) return null;
        // The new file could not be given the old one's owner: write in place, so the owner stays.
        if (tail != null) LibraryFile.ReplaceTailInPlace(target, plan.TailStart, tail, plan.OriginalLength);
        else if (force) LibraryFile.OverwriteInPlace(target, content);
        else return new Problem(errors.OwnedByOther, ProblemCategory.PermissionDenied,
            $"'{plan.Path}' belongs to another user, and a replacement written by this one could not be given that " +
                "owner. -Append adds to it in place; -Force overwrites it in place (not atomic).", plan.Path);
        return null;
    }

    /// <summary>
    /// The file as it is (the plan's original, checked under the lock) copied whole, mode included, to its backup
    /// by a rename, before a replacement drops records from it; a backup that cannot be made stops the write.
    /// </summary>
    private static void KeepBackup(string target)
    {
        var backup = LibraryWritePlan.BackupPath(target);
        var temporary = backup + ".tmp";
        File.Copy(target, temporary, overwrite: true);
        File.Move(temporary, backup, overwrite: true);
    }

    private static Problem HardLinked(string path, LibraryWriteErrors errors)
        => new Problem(errors.HardLinked, ProblemCategory.InvalidOperation,
            $"'{path}' has other hard links, which replacing it would leave holding the old content. -Append adds to " +
                "it in place; -Force overwrites it in place, keeping the links (not atomic: a crash mid-write can " +
                    "leave it half written).", path);

    /// <summary>
    /// True when <paramref name="path"/> holds exactly <paramref name="original"/> (null: when it does not exist). Read
    /// in blocks and compared as it comes, so checking a large library costs no second copy of it.
    /// </summary>
    private static bool StillHolds(string path, byte[]? original)
    {
        if (!File.Exists(path)) return original == null;
        if (original == null) return false;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1,
            FileOptions.SequentialScan);
        if (stream.Length != original.Length) return false;
        var block = new byte[64 * 1024];
        var at = 0;
        while (true)
        {
            var read = stream.Read(block, 0, block.Length);
            if (read == 0) return at == original.Length;
            if (at + read > original.Length || !block.AsSpan(0,
                read).SequenceEqual(original.AsSpan(at, read))) return false;
            at += read;
        }
    }
}

using System.Runtime.InteropServices;

namespace PaperTools.Files;

/// <summary>
/// What .NET does not tell about a file on Linux: its owner, group and number of hard links (statx, whose layout
/// is the same on every architecture), and the one call that gives a file an owner (chown). Elsewhere (macOS,
/// Windows) nothing is known, and callers fall back to what .NET offers.
/// </summary>
internal sealed class UnixFileStatus
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxBasicStats = 0x7FF;

    private UnixFileStatus(uint owner, uint group, uint links, ushort mode, ulong size)
    {
        Owner = owner;
        Group = group;
        Links = links;
        IsRegularFile = (mode & 0xF000) == 0x8000;
        Size = size;
    }

    public uint Owner { get; }
    public uint Group { get; }
    public uint Links { get; }

    /// <summary>A plain file: not a symlink (never followed here), FIFO, device, socket or folder.</summary>
    public bool IsRegularFile { get; }
    public ulong? Size { get; }

    /// <summary>The status of <paramref name="path"/> (not following a final symlink); null where statx is not
    /// available.</summary>
    public static UnixFileStatus? Of(string path)
    {
        if (!OperatingSystem.IsLinux()) return null;
        var buffer = new byte[256];
        try
        {
            if (statx(AtFdCwd, path, AtSymlinkNoFollow, StatxBasicStats, buffer) != 0) return null;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException || ex is DllNotFoundException)
        {
            return null;
        }
        // struct statx: stx_mask, stx_blksize (u32), stx_attributes (u64), stx_nlink, stx_uid, stx_gid (u32),
        // stx_mode (u16), a spare u16, stx_ino, stx_size (u64).
        return new UnixFileStatus(BitConverter.ToUInt32(buffer, 20), BitConverter.ToUInt32(buffer, 24),
            BitConverter.ToUInt32(buffer, 16), BitConverter.ToUInt16(buffer, 28), BitConverter.ToUInt64(buffer, 40));
    }

    /// <summary>Gives <paramref name="path"/> this owner and group; false when the system refuses (only root may give
    /// files away).</summary>
    public static bool TryChown(string path, uint owner, uint group)
    {
        try { return chown(path, owner, group) == 0; }
        catch (Exception ex) when (ex is EntryPointNotFoundException || ex is DllNotFoundException) { return false; }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int dirfd, string pathname, int flags, uint mask, [Out] byte[] statxbuf);

    [DllImport("libc", SetLastError = true)]
    private static extern int chown(string path, uint owner, uint group);
}

using System.Runtime.InteropServices;

namespace PaperTools.Identity;

/// <summary>
/// A title key as an index keeps it (<see cref="TitleKeys.Print"/>): a 64-bit hash of its text, its length (0: there
/// is no key), and the hash of its opening <see cref="SameWork.MinimumTruncatedPrefix"/> characters when it is that
/// long (see <see cref="SameWorkKeys.PrefixBlock"/>; else 0). Equal keys have equal prints; the text, made again,
/// decides between keys whose prints are equal.
/// </summary>
internal readonly record struct TitleKeyPrint(long Hash, int Length, int Opening)
{
    /// <summary>The print of <paramref name="key"/>. Its hash joins two 32-bit hashes that .NET seeds anew in each
    /// process (strings' own and <see cref="HashCode"/>'s), so a hostile digest cannot craft titles whose prints
    /// collide and chain in one block, as it could with a fixed hash.</summary>
    public static TitleKeyPrint Of(ReadOnlySpan<char> key)
    {
        var other = new HashCode();
        other.AddBytes(MemoryMarshal.AsBytes(key));
        var hash = ((long)string.GetHashCode(key, StringComparison.Ordinal) << 32) | (uint)other.ToHashCode();
        var opening = key.Length >= SameWork.MinimumTruncatedPrefix
            ? string.GetHashCode(key[..SameWork.MinimumTruncatedPrefix], StringComparison.Ordinal) : 0;
        return new TitleKeyPrint(hash, key.Length, opening);
    }
}

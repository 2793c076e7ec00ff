namespace PaperTools.Identity;

/// <summary>
/// A title key as an index keeps it (<see cref="TitleKeys.Print"/>): a 64-bit hash of its text, its length (0: there
/// is no key), and the hash of its opening <see cref="SameWork.MinimumTruncatedPrefix"/> characters when it is that
/// long (see <see cref="SameWorkKeys.PrefixBlock"/>; else 0). Equal keys have equal prints; the text, made again,
/// decides between keys whose prints are equal.
/// </summary>
internal readonly record struct TitleKeyPrint(long Hash, int Length, int Opening)
{
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    /// <summary>The print of <paramref name="key"/>; its hash is FNV-1a over the characters.</summary>
    public static TitleKeyPrint Of(ReadOnlySpan<char> key)
    {
        var hash = FnvOffset;
        foreach (var c in key) hash = (hash ^ c) * FnvPrime;
        var opening = key.Length >= SameWork.MinimumTruncatedPrefix
            ? string.GetHashCode(key[..SameWork.MinimumTruncatedPrefix], StringComparison.Ordinal) : 0;
        return new TitleKeyPrint((long)hash, key.Length, opening);
    }
}

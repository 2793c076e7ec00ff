namespace PaperTools.Identity;

/// <summary>
/// A title key as an index keeps it (<see cref="TitleKeys.Print"/>): a 64-bit hash of its text, its length, and the
/// hash of its opening <see cref="SameWork.MinimumTruncatedPrefix"/> characters when it is that long. Equal keys have
/// equal prints; the text, made again, decides between keys whose prints are equal.
/// </summary>
internal readonly struct TitleKeyPrint
{
    private const ulong FnvOffset = 14695981039346656037;
    private const ulong FnvPrime = 1099511628211;

    private TitleKeyPrint(long hash, int length, int opening)
    {
        Hash = hash;
        Length = length;
        Opening = opening;
    }

    /// <summary>FNV-1a over the key's characters: a digest's titles are few enough that two never share one.</summary>
    public long Hash { get; }

    /// <summary>0: there is no key (no title, or nothing of it kept).</summary>
    public int Length { get; }

    /// <summary>See <see cref="SameWorkKeys.PrefixBlock"/>; 0 for a key shorter than the opening.</summary>
    public int Opening { get; }

    public static TitleKeyPrint Of(ReadOnlySpan<char> key)
    {
        var hash = FnvOffset;
        foreach (var c in key) hash = (hash ^ c) * FnvPrime;
        var opening = key.Length >= SameWork.MinimumTruncatedPrefix
            ? string.GetHashCode(key[..SameWork.MinimumTruncatedPrefix], StringComparison.Ordinal) : 0;
        return new TitleKeyPrint((long)hash, key.Length, opening);
    }
}

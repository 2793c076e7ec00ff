using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace PaperTools.Search;

/// <summary>
/// Counts the words of an ASCII text as <see cref="WordTokenizer"/> finds them there (runs of letters and digits),
/// sixteen characters at a time: a word starts where a letter or digit follows anything else.
/// </summary>
internal static class AsciiWords
{
    private static readonly int Lanes = Vector256<ushort>.Count;

    /// <summary>The number of words in text, or -1 when it is not all ASCII (one pass decides both).</summary>
    public static int Count(ReadOnlySpan<char> chars)
    {
        var count = 0;
        var i = 1;
        if (chars.Length > 0 && IsWordChar(chars[0])) count++;
        if (chars.Length > 0 && chars[0] > 127) return -1;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i + Lanes <= chars.Length; i += Lanes)
            {
                var block = Vector256.Create<ushort>(MemoryMarshal.Cast<char, ushort>(chars.Slice(i, Lanes)));
                if (Vector256.GreaterThanAny(block, Vector256.Create((ushort)127))) return -1;
                var here = IsWordChar(block);
                var before = IsWordChar(
                    Vector256.Create<ushort>(MemoryMarshal.Cast<char, ushort>(chars.Slice(i - 1, Lanes))));
                count += BitOperations.PopCount((here & ~before).ExtractMostSignificantBits());
            }
        }
        for (; i < chars.Length; i++)
        {
            if (chars[i] > 127) return -1;
            if (IsWordChar(chars[i]) && !IsWordChar(chars[i - 1])) count++;
        }
        return count;
    }

    public static bool IsWordChar(char c) => (uint)(c - '0') <= 9 || (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    /// <summary>All ones in each lane holding a letter or digit.</summary>
    public static Vector256<ushort> IsWordChar(Vector256<ushort> c)
        => Vector256.LessThanOrEqual(c - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9))
           | Vector256.LessThanOrEqual((c | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'),
                                       Vector256.Create((ushort)('z' - 'a')));
}

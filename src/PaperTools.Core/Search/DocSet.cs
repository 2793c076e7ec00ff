namespace PaperTools.Search;

/// <summary>A set of document numbers 0..Capacity-1 as a bitmap: AND/OR/NOT of a million papers is a few thousand word
/// operations.</summary>
internal sealed class DocSet
{
    private readonly ulong[] words;

    public DocSet(int capacity)
    {
        Capacity = capacity;
        words = new ulong[(capacity + 63) >> 6];
    }

    public int Capacity { get; }

    public static DocSet All(int capacity)
    {
        var set = new DocSet(capacity);
        for (var i = 0; i < set.words.Length; i++) set.words[i] = ulong.MaxValue;
        set.ClearTail();
        return set;
    }

    public void Add(int doc) => words[doc >> 6] |= 1UL << doc;

    public bool Contains(int doc) => (words[doc >> 6] & (1UL << doc)) != 0;

    public void IntersectWith(DocSet other)
    {
        for (var i = 0; i < words.Length; i++) words[i] &= other.words[i];
    }

    public void UnionWith(DocSet other)
    {
        for (var i = 0; i < words.Length; i++) words[i] |= other.words[i];
    }

    public void Complement()
    {
        for (var i = 0; i < words.Length; i++) words[i] = ~words[i];
        ClearTail();
    }

    public int Count()
    {
        var count = 0;
        foreach (var word in words) count += PopCount(word);
        return count;
    }

    /// <summary>The members in ascending order.</summary>
    public int[] ToArray()
    {
        var members = new int[Count()];
        var next = 0;
        for (var i = 0; i < words.Length; i++)
        {
            var w = words[i];
            while (w != 0)
            {
                members[next++] = (i << 6) + TrailingZeros(w);
                w &= w - 1;
            }
        }
        return members;
    }

    private void ClearTail()
    {
        var extra = words.Length * 64 - Capacity;
        if (extra > 0) words[words.Length - 1] &= ulong.MaxValue >> extra;
    }

    // SWAR population count: netstandard2.0 has no popcount intrinsic.
    private static int PopCount(ulong w)
    {
        w -= (w >> 1) & 0x5555555555555555UL;
        w = (w & 0x3333333333333333UL) + ((w >> 2) & 0x3333333333333333UL);
        w = (w + (w >> 4)) & 0x0f0f0f0f0f0f0f0fUL;
        return (int)((w * 0x0101010101010101UL) >> 56);
    }

    private static int TrailingZeros(ulong w)
    {
        var n = 0;
        if ((w & 0xffffffffUL) == 0) { n += 32; w >>= 32; }
        if ((w & 0xffffUL) == 0) { n += 16; w >>= 16; }
        if ((w & 0xffUL) == 0) { n += 8; w >>= 8; }
        if ((w & 0xfUL) == 0) { n += 4; w >>= 4; }
        if ((w & 0x3UL) == 0) { n += 2; w >>= 2; }
        if ((w & 0x1UL) == 0) n += 1;
        return n;
    }
}

using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace PaperTools.Search;

/// <summary>
/// Word to dense id, looked up straight from a char buffer. Open addressing with linear probing, kept at most three
/// quarters full: a longer probe mostly stays in the slot's cache line, and a smaller table misses the cache less. A
/// word of up to sixteen ASCII characters (nearly every word of running text) is packed into its slot as two 64-bit
/// keys, so finding it is a few multiplies and one slot read: no second memory access, which is what a dictionary of
/// 100,000 words, larger than the cache, pays for. Longer words keep their hash and where their characters are in the
/// slot, and are compared with the pool, where every word's characters sit end to end (frequent words first: they are
/// seen first).
/// </summary>
internal sealed class TermDictionary
{
    private struct Slot
    {
        public ulong Low;     // characters 0-7 of a packed word; 0 for a word that does not pack
        public ulong High;    // characters 8-15; a word that does not pack: its place in the pool (see Place)
        public int Hash;
        public int IdPlusOne; // 0: empty
    }

    private Slot[] slots = new Slot[1024];
    private char[] pool = new char[4096];
    private int[] starts = new int[513];    // word id's chars are pool[starts[id]..starts[id + 1])
    private int poolLength;

    public int Count { get; private set; }

    public string this[int id] => new string(pool, starts[id], starts[id + 1] - starts[id]);

    /// <summary>Copies word id's chars into buffer and returns how many.</summary>
    public int CopyTo(int id, char[] buffer)
    {
        var length = starts[id + 1] - starts[id];
        Array.Copy(pool, starts[id], buffer, 0, length);
        return length;
    }

    public int GetOrAdd(char[] buffer, int length)
    {
        var hash = Prepare(buffer, 0, length, out var low, out var high);
        return GetOrAdd(buffer, 0, length, low, high, hash);
    }

    /// <summary>A word's keys and hash, for <see cref="GetOrAdd(char[], int, int, ulong, ulong, int)"/>.</summary>
    public static int Prepare(char[] buffer, int offset, int length, out ulong low, out ulong high)
        => Pack(buffer, offset, length, out low, out high) ? Mix(low, high) : Hash(buffer, offset, length);

    /// <summary>
    /// Looks up a prepared word. Preparing a text's words first and looking them up after lets the processor fetch
    /// several slots at once instead of one after each word's characters are read.
    /// </summary>
    public int GetOrAdd(char[] buffer, int offset, int length, ulong low, ulong high, int hash)
    {
        var packed = low != 0;
        var mask = slots.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            ref var entry = ref slots[slot];
            if (entry.IdPlusOne == 0)
            {
                var id = Add(buffer, offset, length);
                entry.Low = low;
                entry.High = packed ? high : Place(starts[id], length);
                entry.Hash = hash;
                entry.IdPlusOne = id + 1;
                if (Count * 4 > slots.Length * 3) Rehash();
                return id;
            }
            if (Holds(entry, low, high, hash, buffer, offset, length)) return entry.IdPlusOne - 1;
        }
    }

    /// <summary>Starts fetching the slot a prepared word's lookup reads first.</summary>
    public void Prefetch(int hash) => CachePrefetch.Line(ref slots[hash & (slots.Length - 1)]);

    /// <summary>
    /// A prepared word's likely id, or -1 (not there yet): its slots are probed as a lookup probes them, but a word
    /// that does not pack is taken on its hash alone, its characters not compared, so its id is a guess to prefetch by,
    /// never an answer. A packed word's id is exact: its keys are the word.
    /// </summary>
    public int Guess(int hash, ulong low, ulong high)
    {
        var mask = slots.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            ref var entry = ref slots[slot];
            if (entry.IdPlusOne == 0) return -1;
            if (entry.Hash == hash && entry.Low == low && (low == 0 || entry.High == high)) return entry.IdPlusOne - 1;
        }
    }

    /// <summary>The id of term, or -1 when the field never holds it.</summary>
    public int Find(string term)
    {
        var buffer = term.ToCharArray();
        var hash = Prepare(buffer, 0, buffer.Length, out var low, out var high);
        return Find(buffer, 0, buffer.Length, low, high, hash);
    }

    /// <summary>The id of a prepared word, or -1: GetOrAdd without the add.</summary>
    public int Find(char[] buffer, int offset, int length, ulong low, ulong high, int hash)
    {
        var mask = slots.Length - 1;
        for (var slot = hash & mask; ; slot = (slot + 1) & mask)
        {
            ref var entry = ref slots[slot];
            if (entry.IdPlusOne == 0) return -1;
            if (Holds(entry, low, high, hash, buffer, offset, length)) return entry.IdPlusOne - 1;
        }
    }

    /// <summary>Drops the spare capacity left by doubling, once the index is complete.</summary>
    public void Trim()
    {
        Array.Resize(ref pool, poolLength);
        Array.Resize(ref starts, Count + 1);
    }

    /// <summary>
    /// One to sixteen characters, each 1-127, as the bytes of two 64-bit numbers (no character is 0, so words of
    /// different lengths never share keys); false, with both keys 0, when the word is empty, longer, or not ASCII.
    /// All sixteen lanes are read and checked at once, the ones past the word cleared.
    /// </summary>
    private static bool Pack(char[] buffer, int offset, int length, out ulong low, out ulong high)
    {
        low = high = 0;
        if (length == 0 || length > 16) return false;
        var word = buffer.Length - offset >= 16
            ? Lanes(buffer.AsSpan(offset, 16))
            : Padded(buffer.AsSpan(offset, length));
        var inWord = Vector256.LessThan(LaneNumbers, Vector256.Create((ushort)length));
        var outOfRange = Vector256.GreaterThan(word - Vector256<ushort>.One, Vector256.Create((ushort)126));
        if ((outOfRange & inWord) != Vector256<ushort>.Zero) return false;
        var bytes = Vector128.Narrow((word & inWord).GetLower(), (word & inWord).GetUpper()).AsUInt64();
        low = bytes.GetElement(0);
        high = bytes.GetElement(1);
        return true;
    }

    private static readonly Vector256<ushort> LaneNumbers =
        Vector256.Create((ushort)0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);

    private static Vector256<ushort> Lanes(ReadOnlySpan<char> sixteen)
        => Vector256.Create<ushort>(MemoryMarshal.Cast<char, ushort>(sixteen));

    // A word near the end of its buffer: copied first, so no lane reads past the array.
    private static Vector256<ushort> Padded(ReadOnlySpan<char> word)
    {
        Span<char> sixteen = stackalloc char[16];
        word.CopyTo(sixteen);
        return Lanes(sixteen);
    }

    private static int Mix(ulong low, ulong high) =>
        (int)(((low ^ (high * 0xC2B2AE3D27D4EB4FUL)) * 0x9E3779B97F4A7C15UL) >> 33);

    private int Add(char[] buffer, int offset, int length)
    {
        if (poolLength + length > pool.Length) Array.Resize(ref pool, Math.Max(pool.Length * 2, poolLength + length));
        if (Count + 2 > starts.Length) Array.Resize(ref starts, starts.Length * 2);
        Array.Copy(buffer, offset, pool, poolLength, length);
        poolLength += length;
        starts[Count + 1] = poolLength;
        return Count++;
    }

    private void Rehash()
    {
        var old = slots;
        slots = new Slot[old.Length * 2];
        var mask = slots.Length - 1;
        foreach (var entry in old)
        {
            if (entry.IdPlusOne == 0) continue;
            var slot = entry.Hash & mask;
            while (slots[slot].IdPlusOne != 0) slot = (slot + 1) & mask;
            slots[slot] = entry;
        }
    }

    /// <summary>
    /// Whether a filled slot holds the prepared word. Equal low keys mean both words pack or neither does (a packed
    /// word's low key is never 0); a word that does not pack is compared with the pool where its slot says, not
    /// through starts, so that a long word costs one miss fewer.
    /// </summary>
    private bool Holds(in Slot entry, ulong low, ulong high, int hash, char[] buffer, int offset, int length)
    {
        if (entry.Hash != hash || entry.Low != low) return false;
        if (low != 0) return entry.High == high;
        var start = (int)(entry.High >> 32);
        return (int)(uint)entry.High == length
            && pool.AsSpan(start, length).SequenceEqual(buffer.AsSpan(offset, length));
    }

    /// <summary>A word's start in the pool and its length, as the slot of a word that does not pack holds
    /// them.</summary>
    private static ulong Place(int start, int length) => (ulong)(uint)start << 32 | (uint)length;

    // FNV-1a, then a final mix so that linear probing sees well-spread low bits.
    private static int Hash(char[] buffer, int offset, int length)
    {
        var hash = 2166136261u;
        for (var i = 0; i < length; i++) hash = (hash ^ buffer[offset + i]) * 16777619u;
        hash ^= hash >> 15;
        hash *= 0x2c1b3c6du;
        hash ^= hash >> 12;
        return (int)(hash & 0x7fffffff);
    }
}

using System.Runtime.CompilerServices;

namespace PaperTools.Search;

/// <summary>
/// Walks one term's postings: per document, varint(gap &lt;&lt; 1 | tfIsOne) then varint(tf) when tf &gt; 1.
/// Gaps and the common tf = 1 keep a posting near one byte.
/// </summary>
internal struct PostingReader
{
    /// <summary>The most one posting takes: two 5-byte varints.</summary>
    public const int MaxBytes = 10;

    private readonly byte[] bytes;
    private readonly int end;
    private int position;

    /// <summary>The postings in bytes[start..end).</summary>
    public PostingReader(byte[] bytes, int start, int end)
    {
        this.bytes = bytes;
        this.end = end;
        position = start;
        Doc = -1;
        Frequency = 0;
    }

    public int Doc { get; private set; }

    /// <summary>The byte offset just past the current posting.</summary>
    public int Position => position;
    public int Frequency { get; private set; }

    public bool MoveNext()
    {
        if (position >= end) return false;
        var head = ReadVarint();
        Doc += (int)(head >> 1);
        Frequency = (head & 1) != 0 ? 1 : (int)ReadVarint();
        return true;
    }

    private uint ReadVarint()
    {
        uint value = 0;
        var shift = 0;
        while (true)
        {
            var b = bytes[position++];
            value |= (uint)(b & 0x7f) << shift;
            if (b < 0x80) return value;
            shift += 7;
        }
    }

    /// <summary>
    /// Appends one posting, without bounds checks: the caller guarantees MaxBytes free bytes at position (a check would
    /// read the array's length, and so touch one more cache line, on every posting of every term).
    /// </summary>
    public static int Write(ref byte bytes, int position, int gap, int frequency)
    {
        var head = ((uint)gap << 1) | (frequency == 1 ? 1u : 0u);
        position = WriteVarint(ref bytes, position, head);
        return frequency == 1 ? position : WriteVarint(ref bytes, position, (uint)frequency);
    }

    private static int WriteVarint(ref byte bytes, int position, uint value)
    {
        while (value >= 0x80)
        {
            Unsafe.Add(ref bytes, position++) = (byte)(value | 0x80);
            value >>= 7;
        }
        Unsafe.Add(ref bytes, position++) = (byte)value;
        return position;
    }
}

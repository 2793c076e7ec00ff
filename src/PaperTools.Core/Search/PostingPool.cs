using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace PaperTools.Search;

/// <summary>
/// Every term's postings of one field while it is built: each term's bytes are a chain of slices cut from a few large
/// blocks, each slice twice the last (up to a cap), the next one's address in its last four bytes. A growing term is
/// never copied and nothing is allocated per term, so building leaves the collector almost nothing to move.
/// Addresses are ints, so one builder holds at most 2 GB of one field's postings.
/// </summary>
internal sealed class PostingPool
{
    private const int BlockBits = 20;              // 1 MB blocks: the large object heap, never moved
    private const int BlockSize = 1 << BlockBits;
    private const int BlockMask = BlockSize - 1;
    private const int FirstBlockSize = 16 << 10;   // doubles up to BlockSize: a day's digest stays small
    private const int FirstSliceSize = 16;         // 12 bytes of data: a first posting (at most 10) fits whole
    private const int LargestSliceSize = 4096;
    private const int LinkBytes = 4;

    private byte[][] blocks = new byte[4][];
    private int blockCount;
    private int used; // the next free address

    /// <summary>
    /// Where one term's postings are: its first slice, the next byte to write, where the current slice's data ends
    /// (its link follows), that slice's size (0 until the term's first posting) and the term's bytes so far.
    /// </summary>
    public struct Cursor
    {
        public int Head;
        public int Write;
        public int Limit;
        public int SliceSize;
        public int Length;
    }

    /// <summary>Appends one posting (a gap and a term frequency, as <see cref="PostingReader"/> reads them).</summary>
    public void Append(ref Cursor cursor, int gap, int frequency)
    {
        if (cursor.SliceSize == 0) Start(ref cursor);
        if (cursor.Write + PostingReader.MaxBytes <= cursor.Limit)
        {
            ref var at = ref At(cursor.Write);
            var written = PostingReader.Write(ref at, 0, gap, frequency);
            cursor.Write += written;
            cursor.Length += written;
            return;
        }
        AppendAcross(ref cursor, gap, frequency);
    }

    /// <summary>The term's first posting, read from its first slice, and how many bytes it takes.</summary>
    public int FirstPosting(in Cursor cursor, out int doc, out int frequency)
    {
        var within = cursor.Head & BlockMask;
        var reader = new PostingReader(blocks[cursor.Head >> BlockBits], within, within + FirstSliceSize - LinkBytes);
        reader.MoveNext();
        doc = reader.Doc;
        frequency = reader.Frequency;
        return reader.Position - within;
    }

    /// <summary>Copies the term's bytes, less the first skip of them, to destination; returns how many.</summary>
    public int CopyTo(in Cursor cursor, int skip, Span<byte> destination)
    {
        var copied = 0;
        var address = cursor.Head;
        var size = FirstSliceSize;
        while (true)
        {
            var last = address <= cursor.Write && cursor.Write <= address + size - LinkBytes;
            var dataEnd = last ? cursor.Write : address + size - LinkBytes;
            var data = blocks[address >> BlockBits].AsSpan(address & BlockMask, dataEnd - address);
            if (skip >= data.Length) skip -= data.Length;
            else
            {
                data.Slice(skip).CopyTo(destination.Slice(copied));
                copied += data.Length - skip;
                skip = 0;
            }
            if (last) return copied;
            address = BinaryPrimitives.ReadInt32LittleEndian(blocks[address >> BlockBits].AsSpan(dataEnd & BlockMask));
            size = Math.Min(size * 2, LargestSliceSize);
        }
    }

    private void Start(ref Cursor cursor)
    {
        cursor.Head = cursor.Write = Allocate(FirstSliceSize);
        cursor.Limit = cursor.Head + FirstSliceSize - LinkBytes;
        cursor.SliceSize = FirstSliceSize;
    }

    // The posting does not fit in the slice's data: its bytes go one by one, into the next slice when this one is full.
    private void AppendAcross(ref Cursor cursor, int gap, int frequency)
    {
        Span<byte> posting = stackalloc byte[PostingReader.MaxBytes];
        var length = PostingReader.Write(ref MemoryMarshal.GetReference(posting), 0, gap, frequency);
        foreach (var b in posting.Slice(0, length))
        {
            if (cursor.Write == cursor.Limit) NextSlice(ref cursor);
            At(cursor.Write++) = b;
        }
        cursor.Length += length;
    }

    private void NextSlice(ref Cursor cursor)
    {
        var size = Math.Min(cursor.SliceSize * 2, LargestSliceSize);
        var next = Allocate(size);
        var link = blocks[cursor.Limit >> BlockBits].AsSpan(cursor.Limit & BlockMask);
        BinaryPrimitives.WriteInt32LittleEndian(link, next);
        cursor.Write = next;
        cursor.Limit = next + size - LinkBytes;
        cursor.SliceSize = size;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private ref byte At(int address)
        => ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(blocks[address >> BlockBits]), address & BlockMask);

    // A slice never spans two blocks: the rest of a full block is left unused.
    private int Allocate(int size)
    {
        if (blockCount == 0) blocks[blockCount++] = new byte[FirstBlockSize];
        var current = blocks[blockCount - 1];
        var within = used - ((blockCount - 1) << BlockBits); // may be BlockSize: the block is full
        if (within + size > current.Length && current.Length < BlockSize)
        {
            Array.Resize(ref current, Math.Min(BlockSize, Math.Max(current.Length * 2, within + size)));
            blocks[blockCount - 1] = current;
        }
        if (within + size > current.Length)
        {
            if (blockCount == int.MaxValue >> BlockBits) throw new InvalidOperationException(
                "One field's postings exceed 2 GB in one index run.");
            if (blockCount == blocks.Length) Array.Resize(ref blocks, blocks.Length * 2);
            blocks[blockCount++] = new byte[BlockSize];
            used = (blockCount - 1) << BlockBits;
        }
        var address = used;
        used += size;
        return address;
    }
}

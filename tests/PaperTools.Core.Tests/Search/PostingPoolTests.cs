#nullable enable
using System;
using System.Collections.Generic;
using PaperTools.Search;
using Xunit;

namespace PaperTools.Tests.Search;

public class PostingPoolTests
{
    // Gaps of one to five varint bytes and frequencies of one or more: postings of 1 to 10 bytes, so many of them
    // cross a slice's end, and enough terms to fill the first block and open others.
    private static List<(int Gap, int Frequency)> Postings(int seed, int count)
    {
        var random = new Random(seed);
        var postings = new List<(int, int)>();
        for (var i = 0; i < count; i++)
        {
            var gap = random.Next(5) switch { 0 => 1, 1 => random.Next(200), 2 => random.Next(20_000),
                3 => random.Next(3_000_000), _ => random.Next(int.MaxValue >> 1) } + 1;
            postings.Add((gap, random.Next(4) == 0 ? random.Next(2, 100_000) : 1));
        }
        return postings;
    }

    private static List<(int Gap, int Frequency)> Read(byte[] bytes)
    {
        var reader = new PostingReader(bytes, 0, bytes.Length);
        var read = new List<(int, int)>();
        var previous = -1;
        while (reader.MoveNext())
        {
            read.Add((reader.Doc - previous, reader.Frequency));
            previous = reader.Doc;
        }
        return read;
    }

    [Fact]
    public void Gives_back_each_terms_postings_interleaved_as_the_builder_writes_them()
    {
        var pool = new PostingPool();
        var terms = 3_000;
        var cursors = new PostingPool.Cursor[terms];
        var expected = new List<(int, int)>[terms];
        for (var term = 0; term < terms; term++) expected[term] = Postings(term, term % 7 == 0 ? 1_200 : term % 5);
        for (var round = 0; round < 1_200; round++)
            for (var term = 0; term < terms; term++)
                if (round < expected[term].Count)
                    pool.Append(ref cursors[term], expected[term][round].Item1, expected[term][round].Item2);
        for (var term = 0; term < terms; term++)
        {
            var bytes = new byte[cursors[term].Length];
            Assert.Equal(bytes.Length, pool.CopyTo(cursors[term], 0, bytes));
            Assert.Equal(expected[term], Read(bytes));
        }
    }

    [Fact]
    public void Reads_the_first_posting_and_copies_the_rest_without_it()
    {
        var pool = new PostingPool();
        var cursor = new PostingPool.Cursor();
        var postings = Postings(42, 300);
        foreach (var (gap, frequency) in postings) pool.Append(ref cursor, gap, frequency);
        var firstBytes = pool.FirstPosting(cursor, out var doc, out var frequencyOfFirst);
        Assert.Equal(postings[0], (doc + 1, frequencyOfFirst));
        var all = new byte[cursor.Length];
        pool.CopyTo(cursor, 0, all);
        var rest = new byte[cursor.Length - firstBytes];
        Assert.Equal(rest.Length, pool.CopyTo(cursor, firstBytes, rest));
        Assert.Equal(all[firstBytes..], rest);
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace PaperTools.Tests.Text;

/// <summary>
/// BoundedLineReader reads a block at a time; lines must come out as TextReader.ReadLine gives them (\n, \r\n and \r
/// endings, a last line without one), whatever falls on a block's edge, and a line over the limit is reported, not held.
/// </summary>
public class BoundedLineReaderTests
{
    private static List<(string Line, bool TooLong, int Number)> ReadAll(string text, int maxLength)
    {
        var reader = new BoundedLineReader(new StringReader(text), maxLength);
        var lines = new List<(string, bool, int)>();
        string line;
        while ((line = reader.ReadLine(out var tooLong)) != null) lines.Add((line, tooLong, reader.LineNumber));
        return lines;
    }

    private static List<string> ReadLines(string text)
    {
        var reader = new StringReader(text);
        var lines = new List<string>();
        string line;
        while ((line = reader.ReadLine()) != null) lines.Add(line);
        return lines;
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("\r")]
    [InlineData("\r\n")]
    [InlineData("a")]
    [InlineData("a\n")]
    [InlineData("a\r\nb\rc\n\nd")]
    [InlineData("\n\r\n\r\r\n\n")]
    public void Reads_lines_as_ReadLine_does(string text)
    {
        var lines = ReadAll(text, 100);
        Assert.Equal(ReadLines(text), lines.Select(l => l.Line));
        Assert.Equal(Enumerable.Range(1, lines.Count), lines.Select(l => l.Number));
        Assert.All(lines, l => Assert.False(l.TooLong));
    }

    [Fact]
    public void Lines_and_line_ends_across_block_edges_come_out_whole()
    {
        var random = new Random(5);
        var endings = new[] { "\n", "\r\n", "\r" };
        foreach (var lengths in new[] { 16 * 1024 - 1, 16 * 1024, 16 * 1024 + 1, 40_000, 7 })
        {
            var text = new StringBuilder();
            while (text.Length < 120_000)
            {
                text.Append('x', random.Next(2) == 0 ? lengths : random.Next(0, 300));
                text.Append(endings[random.Next(3)]);
            }
            Assert.Equal(ReadLines(text.ToString()), ReadAll(text.ToString(), 1_000_000).Select(l => l.Line));
        }
    }

    [Fact]
    public void A_line_over_the_limit_is_reported_empty_and_its_neighbours_still_come()
    {
        var text = "before\r\n" + new string('y', 50_000) + "\r\n" + new string('z', 1000) + "\nafter";
        var lines = ReadAll(text, 1000);
        Assert.Equal(new[] { "before", "", new string('z', 1000), "after" }, lines.Select(l => l.Line));
        Assert.Equal(new[] { false, true, false, false }, lines.Select(l => l.TooLong));
        Assert.Equal(new[] { 1, 2, 3, 4 }, lines.Select(l => l.Number));
    }
}

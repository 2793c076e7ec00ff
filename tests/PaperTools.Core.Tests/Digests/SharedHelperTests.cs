using System;
using System.Collections.Generic;
using PaperTools.Diagnostics;
using PaperTools.Digests;
using PaperTools.Digests.Arxiv;
using Xunit;

namespace PaperTools.Tests.Digests;

public class SharedHelperTests
{
    [Theory]
    [InlineData("2025-08-19T17:00:00.000Z", 2025, 8, 19)]
    [InlineData("2024-03-05T00:00:00-05:00", 2024, 3, 5)]
    [InlineData("2024-03-05", 2024, 3, 5)]
    [InlineData(" \t2024-03-05 19:00 and more", 2024, 3, 5)]
    [InlineData("2024-03-05\u00A0\r\n", 2024, 3, 5)]
    [InlineData("2024-03-05x, 4 Mar 2024", 2024, 3, 4)]
    [InlineData("Mon, 04 Mar 2024 00:00:00 -0500", 2024, 3, 4)]
    [InlineData("Wed, 28 Feb 2024 18:59:54 GMT   (1452kb,D)", 2024, 2, 28)]
    [InlineData("Fri  1 Mar 24 19:00:00 GMT", 2024, 3, 1)]
    [InlineData("4 March 1999", 1999, 3, 4)]
    public void ParsesTheDatesDigestsWrite(string text, int year, int month, int day)
        => Assert.Equal(new DateTime(year, month, day), DigestDates.Parse(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("2024-02-30")]
    [InlineData("2024-02-30 4 Mar 2024")]
    [InlineData("2024-13-01")]
    [InlineData("\uFF12024-03-05")]
    [InlineData("2024-3-05")]
    [InlineData("31 Feb 2024")]
    public void RejectsWhatIsNotADate(string text) => Assert.Null(DigestDates.Parse(text));

    [Theory]
    [InlineData("A. Smith, B. Jones and C. Lee", new[] { "A. Smith", "B. Jones", "C. Lee" })]
    [InlineData("A. Smith, B. Jones, and C. Lee", new[] { "A. Smith", "B. Jones", "C. Lee" })]
    [InlineData("A. Smith (1), B. Jones (2) ((1) MIT, (2) CMU)", new[] { "A. Smith", "B. Jones" })]
    [InlineData("<a href=\"https://arxiv.org/a/smith_a_1\">Ann Smith</a>, <a href=\"x\">Bo Li</a>", new[] { "Ann Smith", "Bo Li" })]
    [InlineData("Alexandra Andersen", new[] { "Alexandra Andersen" })]
    [InlineData("", new string[0])]
    public void SplitsArxivAuthorLists(string list, string[] names) => Assert.Equal(names, ArxivAuthors.Split(list));

    [Theory]
    [InlineData("  a\r\n\tb\u00A0 c  ", "a b c")]
    [InlineData(" \n ", null)]
    [InlineData(null, null)]
    [InlineData("a b c", "a b c")]
    [InlineData("a  b", "a b")]
    [InlineData("a b ", "a b")]
    [InlineData(" a b", "a b")]
    [InlineData("a\u2003b\u3000c", "a b c")]
    [InlineData("a\u0085b", "a b")]
    [InlineData(" ", null)]
    [InlineData("x", "x")]
    public void CollapsesWhitespace(string text, string expected) => Assert.Equal(expected, Whitespace.Collapse(text));

    [Fact]
    public void AWholeDocumentBeyondTheLimitIsRefusedByName()
    {
        var problems = new List<Problem>();
        var context = new DigestReadContext(new DigestImportOptions(), problems.Add);
        Assert.Null(WholeDocument.Read(DigestSource.FromText("big.html", new string('a', 200_000)), context, maxLength: 100_000));
        Assert.Equal(ErrorIds.DigestTooLarge, Assert.Single(problems).ErrorId);
        Assert.Equal("small", WholeDocument.Read(DigestSource.FromText("small.html", "small"), context));
    }
}

using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PaperTools.Digests.PlainText;
using Xunit;

namespace PaperTools.Tests.Digests.PlainText;

/// <summary>
/// The text reader counts sentence ends by hand instead of with the regex it used before. That regex is the oracle:
/// on every line of the shared text digests and on lines made to sit at the scan's edges, both must count the same.
/// </summary>
public class SentenceEndOracleTests
{
    private static readonly Regex SentenceEnd = new Regex(@"[.!?](?:\s+[A-Z(]|$)",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    public static TheoryData<string> Crafted() => new()
    {
        "", ".", "!", "?", "a.", "a. B", "a. b", "a.B", "a.  \t B", "a. (b", "a. [b", "a.\n", "a.\nB", "a.\n\n",
        "a. \n", "a.\u00a0B", "a.\u2028B", "a.\u0085B", "a.\u200bB", "a. É", "a. Z", "a. 1", "a.. B", "a.!? B",
        "a. B. C! D? (e) f.", "Dr. Smith et al. Show", "e.g. This", "a.\r\n", "a.\r", "...", ". . . A", "x?\n",
    };

    [Theory]
    [MemberData(nameof(Crafted))]
    public void CraftedLinesCountAsTheRegexDoes(string line)
        => Assert.Equal(SentenceEnd.Count(line), PlainTextDigestReader.SentenceEnds(line, int.MaxValue));

    [Fact]
    public void EveryFixtureLineCountsAsTheRegexDoes()
    {
        var lines = Fixture.Files("text").SelectMany(File.ReadLines).ToList();
        Assert.True(lines.Count > 1000, $"only {lines.Count} lines read");
        Assert.All(lines, line => Assert.Equal(SentenceEnd.Count(line),
            PlainTextDigestReader.SentenceEnds(line, int.MaxValue)));
        // The limit stops the count early without changing what is below it.
        Assert.All(lines, line => Assert.Equal(System.Math.Min(2, SentenceEnd.Count(line)),
            PlainTextDigestReader.SentenceEnds(line, 2)));
    }
}

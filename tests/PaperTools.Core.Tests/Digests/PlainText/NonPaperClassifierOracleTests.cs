using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PaperTools.Digests.PlainText;
using Xunit;

namespace PaperTools.Tests.Digests.PlainText;

/// <summary>
/// The classifier runs its rules only where a cheap scan says they could match. Here the rules as plain regular
/// expressions, run on everything (the classifier as it was before the scans), are the oracle: on every pair of lines
/// in every fixture and on text made to sit at the scans' edges, both must give the same answer.
/// </summary>
public class NonPaperClassifierOracleTests
{
    private static readonly Regex PdfName = new Regex(@"^\S+\.pdf$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    private static readonly Regex AppendixHeading = new Regex(@"^(?:Appendix|Appendices|Supplementary(?:\s+Materials?)?|[A-H](?=[A-Z][a-z]))[A-Za-z ]*[0-9]{2,}\b", RegexOptions.CultureInvariant);
    private static readonly Regex GluedLineNumber = new Regex(@"\b[a-z]{2,}[.,;:)]*[0-9]{1,3}(?=\s|$)", RegexOptions.CultureInvariant);
    private static readonly Regex NewsCue = new Regex(@"\b(?:said|says|is expected to|according to|Prime Minister|government|minister|officials?|spokesperson|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b", RegexOptions.CultureInvariant);
    private static readonly Regex ResearchCue = new Regex(@"\b(?:we|our|paper|propose[sd]?|method|model|results?|experiments?|dataset|algorithm|framework|approach|theory|learning|network)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static string Oracle(string title, string abstractText)
    {
        title = title ?? string.Empty;
        if (PdfName.IsMatch(title)) return NonPaperClassifier.PdfFileName;
        if (AppendixHeading.IsMatch(title)) return NonPaperClassifier.AppendixFragment;
        if (GluedLineNumber.Matches(title + " " + abstractText).Count >= 3) return NonPaperClassifier.PdfTextFragment;
        if (abstractText == null && title.Length > 0 && title.IndexOf(' ') < 0 && title.Length <= 24) return NonPaperClassifier.SectionHeading;
        if (abstractText != null && (title.Length >= 20 && abstractText.StartsWith(title, StringComparison.OrdinalIgnoreCase)
                                     || NewsCue.Matches(abstractText).Count >= 3 && ResearchCue.Matches(abstractText).Count == 0)) return NonPaperClassifier.NewsStory;
        return null;
    }

    public static IEnumerable<object[]> FixtureFiles()
        => Directory.GetFiles(Fixture.Path(), "*", SearchOption.AllDirectories).Select(f => new object[] { System.IO.Path.GetRelativePath(Fixture.Path(), f) });

    [Theory]
    [MemberData(nameof(FixtureFiles))]
    public void Agrees_with_the_plain_rules_on_every_pair_of_lines_in_every_fixture(string file)
    {
        var lines = File.ReadAllLines(Fixture.Path(file)).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var next = i + 1 < lines.Count ? lines[i + 1] : null;
            Assert.Equal(Oracle(lines[i], next), NonPaperClassifier.Classify(lines[i], next));
            Assert.Equal(Oracle(lines[i], null), NonPaperClassifier.Classify(lines[i], null));
            Assert.Equal(Oracle(null, lines[i]), NonPaperClassifier.Classify(null, lines[i]));
        }
    }

    [Theory]
    // Glued numbers: each edge of the scan (digits outside ASCII, white space outside ASCII, what may precede the word).
    [InlineData("Notes", "the trusted4 repository based in research5 data for years.16")]
    [InlineData("Notes", "the trusted4 repository based in research5 data for years.16x")]
    [InlineData("Notes", "the trusted\u0664 repository based in research\u0665 data for years.\u0661\u0666")]
    [InlineData("Notes", "the trusted\u09EA repository based in research5\u00A0data for years.16\u2003end")]
    [InlineData("Notes", "the trusted4\u00A0repository based in research5\u2028data for years.16\u0085")]
    [InlineData("Notes", "the trusted1234 repository based in research5 data for years.16")]
    [InlineData("Notes", "the Xtrusted4 repository based in _research5 data for 9years.16")]
    [InlineData("Notes", "the étrusted4 repository based in ñresearch5 data for \u00DFyears.16")]
    [InlineData("Notes", "the \u200Dtrusted4 repository based in \u0301research5 data for \u02B0years.16")]
    [InlineData("Notes", "the t4 repository based in research5 data for years),;:16")]
    [InlineData("Notes", "the trusted4")]
    [InlineData("beige778 box watermark784", "and years.16 more")]
    [InlineData("beige778 box watermark784", null)]
    [InlineData("beige778 box", "watermark784")]
    [InlineData("box beige778", "watermark784\n")]
    [InlineData("Notes", "trusted4\nresearch5\ryears.16\n")]
    [InlineData("Notes", "trusted4\tresearch5\vyears.16\f")]
    [InlineData("Notes", "trusted4\u001Fresearch5\u001Cyears.16")]
    // PDF names and appendix headings: the first and last characters the scans look at.
    [InlineData("paper.PDF", null)]
    [InlineData("paper.pdf\n", null)]
    [InlineData("a.pdf", null)]
    [InlineData(".pdf", null)]
    [InlineData("my paper.pdf", null)]
    [InlineData("paper.pdfx", null)]
    [InlineData("Supplementary Materials 12", null)]
    [InlineData("Supplementary\u00A0Material77", null)]
    [InlineData("HLimitations777", null)]
    [InlineData("ILimitations777", null)]
    [InlineData("Appendix", null)]
    [InlineData("appendix B12", null)]
    // News: cues with and without a research word, and the repeated headline.
    [InlineData("Budget talks stall", "Officials said the government is expected to delay the vote, according to a spokesperson.")]
    [InlineData("Budget talks stall", "Officials said the government is expected to delay the vote, according to our spokesperson.")]
    [InlineData("Budget talks stall", "Officials said the government is expected to delay the vote. WE agree.")]
    [InlineData("Budget talks stall", "Officials said, says, said.")]
    [InlineData("Budget talks stall", "The minister said on Monday that officials were ready.")]
    [InlineData("Minister to confirm ban ahead of summit", "MINISTER TO CONFIRM BAN AHEAD OF SUMMIT, and more.")]
    [InlineData("", "")]
    [InlineData(null, null)]
    public void Agrees_with_the_plain_rules_at_the_edges_of_its_scans(string title, string abstractText)
        => Assert.Equal(Oracle(title, abstractText), NonPaperClassifier.Classify(title, abstractText));

    [Fact]
    public void Agrees_with_the_plain_rules_on_random_text_made_of_the_characters_the_rules_care_about()
    {
        var random = new Random(11);
        const string alphabet = "abz AZ_.,;:)(1234567890\u0660\u0669\u09EA\u00A0\u2003\n\t\u00E9\u0301\u200Dpdf.PDFsaidon Monday";
        for (var i = 0; i < 20_000; i++)
        {
            var title = Random(random, alphabet, random.Next(0, 30));
            var body = random.Next(4) == 0 ? null : Random(random, alphabet, random.Next(0, 200));
            Assert.Equal(Oracle(title, body), NonPaperClassifier.Classify(title, body));
        }
    }

    [Fact]
    public void Agrees_with_the_plain_rules_on_random_text_made_of_cue_words()
    {
        var random = new Random(17);
        var words = new[] { "said", "says", "Said", "is expected to", "expected", "according to", "Prime Minister", "minister", "Minister",
            "government", "official", "officials", "officialdom", "spokesperson", "on Monday", "on Sunday", "Monday", "today", "We", "our",
            "models", "model", "results", "learning", "the", "a", "vote", "unsaid", "ministers", "days", "." };
        for (var i = 0; i < 20_000; i++)
        {
            var body = string.Join(random.Next(5) == 0 ? "" : " ", Enumerable.Range(0, random.Next(1, 12)).Select(_ => words[random.Next(words.Length)]));
            Assert.Equal(Oracle("Budget talks stall", body), NonPaperClassifier.Classify("Budget talks stall", body));
        }
    }

    private static string Random(Random random, string alphabet, int length)
        => new string(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
}

using System.Collections.Generic;
using System.Linq;
using System.Text;
using PaperTools.BibTeX;
using PaperTools.Formats.BibTeX;
using PaperTools.Diagnostics;
using Xunit;

namespace PaperTools.Tests.BibTeX;

/// <summary>What pybtex and bibtool read, PaperTools reads; what nothing can read is named, and the rest still comes through.</summary>
public class ParserToleranceTests
{
    private static (List<Paper> Papers, List<Problem> Problems, BibTeXParseResult Parsed) Parse(string text)
    {
        var problems = new List<Problem>();
        var parsed = BibTeXParser.Parse(text, "t.bib", problems.Add);
        return (parsed.Records.Select(r => BibTeXPaperReader.ToPaper(r, "t.bib")).ToList(), problems, parsed);
    }

    [Fact]
    public void EmptyKeysAreReadAndKeptEmpty()
    {
        var (papers, problems, _) = Parse("@article{,\n  title = {Keyless},\n  year = 2001\n}\n@book{ , title = {Also keyless}}\n@techreport{\n  author = {Nobody},\n  title = {No key, no comma}\n}\n");
        Assert.Empty(problems);
        Assert.Equal(new[] { "Keyless", "Also keyless", "No key, no comma" }, papers.Select(p => p.Title));
        Assert.All(papers, p => Assert.Equal(string.Empty, p.CitationKey));
        Assert.Equal(2001, papers[0].Year);
    }

    [Fact]
    public void CommentsBetweenFieldsAndCommentedOutEntriesAreComments()
    {
        var text = "%@BOOK{old,\n%  title = {Commented out}\n%}\n" +
                   "@article{a,\n  title = {Kept}, % why this title\n  % a whole line of comment\n  year = 2020 % trailing\n}\n";
        var (papers, problems, parsed) = Parse(text);
        // Read as a comment, and named, as bibtex reads it as an entry (CommentedEntryTests).
        Assert.Equal(ErrorIds.BibTeXCommentedEntry, Assert.Single(problems).ErrorId);
        Assert.Equal("a", Assert.Single(papers).CitationKey);
        Assert.Equal(2020, papers[0].Year);
        Assert.Equal(new[] { "title", "year" }, papers[0].Fields.Select(f => f.Name));
        Assert.StartsWith("%@BOOK{old,", parsed.Document.Blocks[0].Text);
    }

    [Fact]
    public void MissingCommasAndEmptySlotsAreReadPast()
    {
        var (papers, problems, _) = Parse("@article{a title = {After a missing comma},, year = 1999,\n , note = {x}\n journal = {No comma before}}\n");
        Assert.Empty(problems);
        Assert.Equal(new[] { "title", "year", "note", "journal" }, papers.Single().Fields.Select(f => f.Name));
        Assert.Equal("No comma before", papers[0].Venue);
    }

    [Fact]
    public void DigitsOtherThanAsciiAreNoYearAndNeverThrow()
    {
        var (papers, problems, _) = Parse("@book{hindi, title = {Devanagari}, YEAR = {१९८७}}\n@book{ok, title = {Arabic-Indic}, year = {٢٠٢٠}, date = {٢٠٢٠-٠١-٠١}}\n@book{fine, year = 1987}\n");
        Assert.Empty(problems);
        Assert.Equal(new int?[] { null, null, 1987 }, papers.Select(p => p.Year));
        Assert.Equal("{१९८७}", papers[0].Fields["year"]);
    }

    [Fact]
    public void NestedMacrosHaveABudgetAndTheRestOfTheFileIsRead()
    {
        // 530 bytes of @string definitions that each double the last: 2^40 characters if expanded in full.
        var text = new StringBuilder("@string{m0 = \"xxxxxxxxxx\"}\n");
        for (var i = 1; i <= 40; i++) text.Append($"@string{{m{i} = m{i - 1} # m{i - 1}}}\n");
        text.Append("@misc{bomb, title = m40}\n@misc{after, title = {Still read}}\n");
        var (papers, problems, _) = Parse(text.ToString());
        Assert.Contains(problems, p => p.ErrorId == ErrorIds.BibTeXMacroTooLarge);
        Assert.Equal(new[] { "bomb", "after" }, papers.Select(p => p.CitationKey));
        Assert.Null(papers[0].Title);
        Assert.Equal("m40", papers[0].Fields["title"]);
        Assert.Equal("Still read", papers[1].Title);
    }

    [Theory]
    [InlineData("@comment{")]
    [InlineData("@misc{a, title = {")]
    [InlineData("@misc{a, title = \"")]
    [InlineData("@preamble{ \"x\" # {")]
    [InlineData("@string{s = {")]
    public void ManyUnclosedConstructsAreEachNamedAndTheGoodEntriesRead(string unclosed)
    {
        // The quadratic case of old: every construct scanned to the end of the file. The brace table makes each one O(1).
        var text = new StringBuilder();
        for (var i = 0; i < 20_000; i++) text.Append(unclosed).Append('\n');
        text.Append("@misc{good, title = {Good}}\n");
        var (papers, problems, parsed) = Parse(text.ToString());
        Assert.Equal("good", papers.Last().CitationKey);
        Assert.Equal(1, parsed.UnterminatedLine);
        Assert.All(problems, p => Assert.Contains(p.ErrorId, new[] { ErrorIds.BibTeXEntryInvalid }));
    }

    [Fact]
    public void EverythingThatIsNoEntryIsABlockInItsPlace()
    {
        var text = "Free text\n@string{a = {A}}\n@misc{x, title = a}\n@preamble{{p}}\n@comment{c}\n@misc{broken, title = {x} = {y}}\n% tail\n";
        var (papers, problems, parsed) = Parse(text);
        Assert.Equal(BibTeXBlockKind.Unreadable, parsed.Document.Blocks.Single(b => b.Text.StartsWith("@misc{broken")).Kind);
        Assert.Equal(ErrorIds.BibTeXEntryInvalid, Assert.Single(problems).ErrorId);
        var items = parsed.Document.Blocks.Select(b => (b.Position, b.Text)).Concat(parsed.Records.Select(r => (r.Entry.Position, r.Entry.Text)))
            .OrderBy(i => i.Position).Select(i => i.Text);
        Assert.Equal(text, string.Concat(items));
        Assert.Equal("A", papers.Single().Title);
    }

    [Fact]
    public void UnsafeKeysAreReportedWithTheirLine()
    {
        var (papers, problems, _) = Parse("\n@misc{evil\\input/etc/passwd, title = {T}}\n@misc{2004A&A...424..927C, title = {ADS}}\n");
        var problem = Assert.Single(problems);
        Assert.Equal(ErrorIds.BibTeXKeyUnsafe, problem.ErrorId);
        Assert.Equal(2, problem.Line);
        Assert.Equal("2004A&A...424..927C", papers[1].CitationKey);
    }

    [Fact]
    public void MonthsAndDoisAreReadInTheirUsualSpellings()
    {
        var (papers, problems, _) = Parse("@misc{a, year = 2020, month = {Sept.}, doi = {https://doi.org/10.1000/A}}\n" +
            "@misc{b, year = 2020, month = 11, doi = {DOI:10.1000/b}}\n" +
            "@misc{c, year = 2020, month = {JUN}, doi = {http://dx.doi.org/10.1000/c}}\n" +
            "@misc{d, year = 2020, month = {Ju}, doi = {10.1000/https://doi.org/d}}\n");
        Assert.Empty(problems);
        Assert.Equal(new int?[] { 9, 11, 6, null }, papers.Select(p => p.Published?.Month));
        Assert.Equal(new[] { "10.1000/A", "10.1000/b", "10.1000/c", "10.1000/https://doi.org/d" },
            papers.Select(p => p.Doi));
    }

    [Fact]
    public void WhiteSpaceAndLettersBeyondAsciiAreReadAsBibtexReadsThem()
    {
        // A no-break and an ideographic space separate as a space does; a letter beyond ASCII may be in a field name,
        // a symbol may not; a character beyond the BMP is neither letter nor space, as its UTF-16 halves are not.
        var (papers, problems, _) = Parse("@misc{k\u00A0,\u3000tïtle\u2003=\u00A0{Ünï}, yéar = 2001}\n" +
            "@misc{k2, note = {x}, \u00A7x = {y}}\n@misc{k3, \U0001D6FCx = {y}}\n@misc{k4, title = {Ok}}\n");
        Assert.Equal(new[] { "k", "k4" }, papers.Select(p => p.CitationKey));
        Assert.Equal("Ünï", papers[0].Fields["tïtle"]?.Trim('{', '}'));
        Assert.Equal("2001", papers[0].Fields["yéar"]);
        Assert.Equal(2, problems.Count);
        Assert.Contains("found '\u00A7'", problems[0].Message);
        Assert.Contains("found '\U0001D6FC'", problems[1].Message);
    }
}

using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using PaperTools.Diagnostics;
using PaperTools.Formats.BibTeX;
using Xunit;

namespace PaperTools.Tests.BibTeX;

/// <summary>
/// Entries inside @comment or on %-lines: read as comments (as biber reads them), and named in one
/// BibTeXCommentedEntry warning a file, because bibtex and Zotero read them as entries.
/// </summary>
public class CommentedEntryTests
{
    private static List<Problem> Warnings(string text, out BibTeXParseResult parsed)
    {
        var problems = new List<Problem>();
        parsed = BibTeXParser.Parse(text, "t.bib", problems.Add);
        return problems.Where(p => p.ErrorId == ErrorIds.BibTeXCommentedEntry).ToList();
    }

    private static List<Problem> RealFileWarnings(string name, out BibTeXLibrary library)
    {
        var problems = new List<Problem>();
        library = BibTeXLibrary.Read(Fixture.Path("bibtex", "real", name), problems.Add);
        return problems.Where(p => p.ErrorId == ErrorIds.BibTeXCommentedEntry).ToList();
    }

    [Fact]
    public void EntriesInsideAnAtCommentAreNamedWithTheirLines()
    {
        var warning = Assert.Single(RealFileWarnings("bibtex-tidy-example1.bib", out var library));
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Equal(27, warning.Line);
        Assert.EndsWith("bibtex-tidy-example1.bib", warning.Target);
        Assert.StartsWith("2 entries are commented out (in an @comment or on a %-line): @Book{steward03} (line 27), " +
            "@Article{py03a} (line 33). bibtex and Zotero read them as entries;", warning.Message);
        // "@boo{fd{},fds}" there has a key no entry could be cited by; "@Comment{A comment}" holds no entry.
        Assert.DoesNotContain("fd", warning.Message.Replace("fds", ""));
        // The reading stays as it was: the commented entries are not papers.
        Assert.Equal(new[] { "Smith2009", "IP:1990", "py03", "sweig42", "sweig42a" },
            library.Papers.Select(p => p.CitationKey));
    }

    [Fact]
    public void EntriesOnPercentLinesAreNamedWithTheirLines()
    {
        var warning = Assert.Single(RealFileWarnings("biber-names.bib", out var library));
        Assert.Equal(118, warning.Line);
        Assert.Contains(": @BOOK{L27} (line 118), @BOOK{L28} (line 123). ", warning.Message);
        Assert.StartsWith("2 entries", warning.Message);
        Assert.DoesNotContain(library.Papers, p => p.CitationKey is "L27" or "L28");
    }

    [Fact]
    public void OnlyFilesWithCommentedEntriesHaveTheWarning()
    {
        const string betterBibTeX = "zotero-better-bibtex-import_error_with_character_____in_bibtex_field_name__2660.bib";
        var named = Directory.GetFiles(Fixture.Path("bibtex", "real"), "*.bib").Select(Path.GetFileName)
            .Where(name => RealFileWarnings(name, out _).Count > 0).OrderBy(n => n, System.StringComparer.Ordinal);
        Assert.Equal(new[] { "biber-names.bib", "bibtex-tidy-example1.bib", betterBibTeX }, named);
        // biber's APA test file keeps an older spelling of an entry, commented out, above the entry itself: bibtex
        // reads both, the second as a repeated entry.
        var warning = Assert.Single(RealFileWarnings(betterBibTeX, out _));
        Assert.StartsWith("1 entry is commented out (in an @comment or on a %-line): @ARTICLE{10.1:18} (line 809). ",
            warning.Message);
    }

    [Theory]
    [InlineData("bibtex-tidy-example1.bib")]
    [InlineData("biber-names.bib")]
    public void BibtexReadsEveryEntryTheWarningNames(string name)
    {
        var warning = Assert.Single(RealFileWarnings(name, out var library));
        var named = Regex.Matches(warning.Message, @"@[A-Za-z]+\{([^}]+)\} \(line \d+\)").Select(m => m.Groups[1].Value)
            .ToList();
        Assert.NotEmpty(named);
        Assert.DoesNotContain(library.Papers, p => named.Contains(p.CitationKey));
        var dir = BibTeXTestFiles.NewFolder();
        File.Copy(Fixture.Path("bibtex", "real", name), Path.Combine(dir, "library.bib"));
        File.WriteAllText(Path.Combine(dir, "paper.aux"), "\\citation{*}\n\\bibstyle{plain}\n\\bibdata{library}\n");
        // bibtex may complain about these files (a repeated key, a name it cannot parse); what it reads is the point.
        ExternalTool.Run("bibtex", "texlive-binaries", dir, "paper");
        var bbl = File.ReadAllText(Path.Combine(dir, "paper.bbl"));
        foreach (var key in named) Assert.Contains("\\bibitem{" + key + "}", bbl);
    }

    [Theory]
    // JabRef's metadata, prose, an e-mail address, macros and preambles are not entries.
    [InlineData("@comment{jabref-meta: databaseType:bibtex;}\n@comment{jabref-meta: fileDirectory:me@host;}\n")]
    [InlineData("% Written by me@example.org; see @article in the manual.\n@comment{Use @book{...} for books}\n")]
    [InlineData("@comment{\n@string{acm = {ACM}}\n@STRING{acm, x}\n@preamble{x, y}\n@Comment{inner, note}\n}\n")]
    [InlineData("%@string{acm = {ACM}}\n% @preamble{\"x\"}\n")]
    // A type that is not a word, a key with braces, a key too long to be one, no key, no comma.
    [InlineData("@comment{@2019{key, title = x} @boo{fd{},fds} @misc{, title = x} @misc{key}}\n")]
    public void TextThatIsNoEntryIsNotNamed(string text)
    {
        Assert.Empty(Warnings(text, out _));
    }

    [Fact]
    public void AKeyOfAnyLengthUpToTheLimitCounts()
    {
        var key = new string('k', 256);
        Assert.Single(Warnings("%@misc{" + key + ", title = {x}}\n", out _));
        Assert.Empty(Warnings("%@misc{" + key + "k, title = {x}}\n", out _));
    }

    [Fact]
    public void OneEntryIsNamedInTheSingular()
    {
        var warning = Assert.Single(Warnings("@misc{a, title = {A}}\n% @Article ( old2001 , title = {Old})\n", out var parsed));
        Assert.Equal(2, warning.Line);
        Assert.StartsWith("1 entry is commented out (in an @comment or on a %-line): @Article{old2001} (line 2). " +
            "bibtex and Zotero read it as an entry; biber, JabRef and PaperTools skip it.", warning.Message);
        Assert.Single(parsed.Records);
    }

    [Fact]
    public void AnEntryInsideACommentedEntrysValueIsNotCounted()
    {
        // bibtex reads the outer entry whole, so the @misc in its note is text, not an entry.
        var warning = Assert.Single(Warnings(
            "@comment{\n@article{outer, note = {see @misc{inner, title = x}}}\n@book{after, title = y}\n}\n", out _));
        Assert.Contains(": @article{outer} (line 2), @book{after} (line 3). ", warning.Message);
    }

    [Fact]
    public void AnUnclosedCommentIsLookedAtToTheEndOfItsLine()
    {
        var warning = Assert.Single(Warnings("@comment{ @misc{lost, title = {x}}\n@misc{kept, title = {y}}\n", out var parsed));
        Assert.Contains("@misc{lost} (line 1)", warning.Message);
        Assert.DoesNotContain("kept", warning.Message);
        Assert.Equal("kept", Assert.Single(parsed.Records).Entry.Key);
    }

    [Fact]
    public void ThousandsOfCommentedEntriesAreCountedInOneBoundedWarning()
    {
        var text = new StringBuilder("@comment{\n");
        for (var i = 0; i < 5000; i++) text.Append("@misc{c").Append(i).Append(", title = {T}}\n");
        text.Append("}\n");
        for (var i = 0; i < 5000; i++) text.Append("%@misc{p").Append(i).Append(",\n");
        var warning = Assert.Single(Warnings(text.ToString(), out _));
        Assert.StartsWith("10,000 entries are commented out", warning.Message);
        Assert.Contains("@misc{c9} (line 11), and 9,990 more. ", warning.Message);
        Assert.True(warning.Message.Length < 1000, warning.Message);
    }

    [Fact]
    public void HostileCommentsLeaveOnlyTheRealEntryNamed()
    {
        // A huge comment of @s, letters, open braces and would-be keys past the limit, then one entry.
        var text = new StringBuilder("@comment{");
        for (var i = 0; i < 100_000; i++) text.Append("@a{").Append('k', 300).Append(" @ @b ( {{");
        text.Append('\n');
        for (var i = 0; i < 100_000; i++) text.Append("%@x@y{@z{,\n");
        text.Append("%@misc{real,\n");
        var warning = Assert.Single(Warnings(text.ToString(), out _));
        Assert.StartsWith("1 entry is commented out (in an @comment or on a %-line): @misc{real} (line 100002).",
            warning.Message);
    }
}

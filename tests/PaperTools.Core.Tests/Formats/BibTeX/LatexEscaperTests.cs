using System;
using System.Collections.Generic;
using System.Text;
using PaperTools.BibTeX;
using PaperTools.Formats.BibTeX;
using Xunit;

namespace PaperTools.Tests.BibTeX;

public class LatexEscaperTests
{
    private static string Ascii(string text) => new LatexEscaper(BibTeXEscaping.Latex).Escape(text);
    private static string Unicode(string text) => new LatexEscaper(BibTeXEscaping.Unicode).Escape(text);

    [Theory]
    [InlineData("R&D costs 5% of $10 # _x_", @"R\&D costs 5\% of \$10 \# \_x\_")]
    [InlineData("a { b } c", @"a {\textbraceleft} b {\textbraceright} c")]
    [InlineData(@"C:\path ~ x^2", @"C:{\textbackslash}path {\textasciitilde} x{\textasciicircum}2")]
    [InlineData("1--10 and ``quoted'' and ---", "1-{}-10 and `{}`quoted'{}' and -{}-{}-")]
    [InlineData("line\nbreak\t\ttab\u00A0nbsp  ", "line break tab nbsp")]
    [InlineData("nul\0 and \u0007bell\u001B", "nul and bell")]
    public void EscapesSpecialCharacters(string text, string expected) => Assert.Equal(expected, Unicode(text));

    // An abstract is appended to the entry's text: clean ASCII without a backslash or dollar is spelled in one pass,
    // the rest read into pieces first; both must spell as Escape does.
    [Theory]
    [InlineData("Accuracy rises 5% on {BERT} -- fast & small_x ~2^3", @"Accuracy rises 5\% on {\textbraceleft}BERT"
        + @"{\textbraceright} -{}- fast \& small\_x {\textasciitilde}2{\textasciicircum}3")]
    [InlineData("costs $5 and 10%", @"costs \$5 and 10\%")]
    [InlineData(@"R\&D at 5%", @"R\&D at 5\%")]
    [InlineData("two  spaces\nand 5%", @"two spaces and 5\%")]
    [InlineData("plain text", "plain text")]
    [InlineData("state-of-the-art model's `lone' marks", "state-of-the-art model's `lone' marks")]
    [InlineData("pages 1--2 and it''s", "pages 1-{}-2 and it'{}'s")]
    [InlineData(" leading and trailing ", "leading and trailing")]
    public void EscapeIntoAppendsWhatEscapeSpells(string text, string expected)
        => AssertAppendsWhatItReturns("abstract = {", text, expected, (e, t, o) => e.EscapeInto(t, o),
            (e, t) => e.Escape(t));

    // A title takes the same one-pass path, its words with capitals protected.
    [Theory]
    [InlineData("BERT and {GPT} at 5% -- Fast", @"{BERT} and {\textbraceleft}{GPT}{\textbraceright} at 5\% -{}- Fast")]
    [InlineData(@"R\&D at 5% for BERT", @"{R}\&{D} at 5\% for {BERT}")]
    [InlineData("Two  Spaces\nhere", "Two Spaces here")]
    [InlineData("State-of-the-Art BERT's Model", "State-of-the-Art {BERT}'s Model")]
    public void EscapeTitleIntoAppendsWhatEscapeTitleSpells(string text, string expected)
        => AssertAppendsWhatItReturns("title = {", text, expected, (e, t, o) => e.EscapeTitleInto(t, o),
            (e, t) => e.EscapeTitle(t));

    // In both escapings: the in-place writer appends to what the entry holds exactly what the returning one spells.
    private static void AssertAppendsWhatItReturns(string before, string text, string expected,
        Action<LatexEscaper, string, StringBuilder> into, Func<LatexEscaper, string, string> returned)
    {
        foreach (var escaping in new[] { BibTeXEscaping.Latex, BibTeXEscaping.Unicode })
        {
            var output = new StringBuilder(before);
            into(new LatexEscaper(escaping), text, output);
            Assert.Equal(before + expected, output.ToString());
            Assert.Equal(expected, returned(new LatexEscaper(escaping), text));
        }
    }

    [Theory]
    [InlineData(@"R\&D at 5\%", @"R\&D at 5\%")]
    [InlineData(@"G\""odel and {\""o} and \v{s}", @"G{\""o}del and {\""o} and {\v{s}}")]
    [InlineData(@"{\L}ojasiewicz and \L ojasiewicz", @"{\L}ojasiewicz and {\L}ojasiewicz")]
    [InlineData(@"Ma\'{\i}z", @"Ma{\'i}z")]
    [InlineData(@"{\textbraceleft}", @"{\textbraceleft}")]
    [InlineData(@"pages 1\textendash{}10", @"pages 1{\textendash}10")]
    public void DoesNotEscapeTwice(string text, string expected) => Assert.Equal(expected, Ascii(text));

    [Theory]
    [InlineData("$x^2 + y_i$ and $\\mathcal{L}(\\theta)$", "$x^2 + y_i$ and $\\mathcal{L}(\\theta)$")]
    [InlineData("costs $5 and $10", "costs \\$5 and \\$10")]
    [InlineData("$\\alpha$-decay", "α-decay")]
    public void KeepsSafeMath(string text, string expected) => Assert.Equal(expected, Unicode(text));

    [Theory]
    [InlineData("$\\input{/etc/passwd}$")]
    [InlineData("$\\write18{rm -rf ~}$")]
    [InlineData("$^^5cinput x$")]
    [InlineData("$\\def\\x{1}$")]
    [InlineData("$a}{b$")]
    [InlineData("$50% off$")]
    public void WritesUnsafeMathAsText(string text)
    {
        var escaped = Unicode(text);
        Assert.StartsWith("\\$", escaped);
        Assert.DoesNotContain("\\input", escaped);
        Assert.DoesNotContain("\\write", escaped);
        Assert.DoesNotContain("\\def", escaped);
        Assert.True(BracesBalance(escaped), escaped);
    }

    [Theory]
    [InlineData("Gödel", @"G{\""o}del")]
    [InlineData("Łojasiewicz", @"{\L}ojasiewicz")]
    [InlineData("Straße", @"Stra{\ss}e")]
    [InlineData("Šimeček", @"{\v{S}}ime{\v{c}}ek")]
    [InlineData("Erdős", @"Erd{\H{o}}s")]
    [InlineData("François Ørsted", @"Fran{\c{c}}ois {\O}rsted")]
    [InlineData("Nguyễn", @"Nguy{\~{\^e}}n")]
    [InlineData("α-β, Σ and ∞", @"$\alpha$-$\beta$, $\Sigma$ and $\infty$")]
    [InlineData("1–2 — “so”", @"1{\textendash}2 {\textemdash} {\textquotedblleft}so{\textquotedblright}")]
    public void SpellsUnicodeInAsciiMode(string text, string expected) => Assert.Equal(expected, Ascii(text));

    [Fact]
    public void SpellsAnAccentedLetterTheSameEachTimeOneEscaperMeetsIt()
    {
        // The escaper remembers each letter's spelling (and that a letter has none) for the rest of its export.
        var reported = new List<string>();
        var escaper = new LatexEscaper(BibTeXEscaping.Latex, reported.Add);
        Assert.Equal(@"G{\""o}del, {\v{S}}ime{\v{c}}ek and ꙮ", escaper.Escape("Gödel, Šimeček and ꙮ"));
        Assert.Equal(@"{\v{c}} G{\""o}del ꙮ {\""o}", escaper.Escape("č Gödel ꙮ ö"));
        Assert.Equal(new[] { "ꙮ" }, reported);
    }

    [Theory]
    [InlineData("Light\u2010Driven", "Light-Driven")]
    [InlineData("non\u2011breaking", "non-breaking")]
    [InlineData("a\u2010-b and a-\u2010b", "a-{}-b and a-{}-b")]
    public void SpellsUnicodeHyphensAsTheHyphen(string text, string expected)
    {
        var reported = new List<string>();
        Assert.Equal(expected, new LatexEscaper(BibTeXEscaping.Latex, reported.Add).Escape(text));
        Assert.Empty(reported);
    }

    [Fact]
    public void UnicodeModeKeepsUtf8() => Assert.Equal("Gödel, Łojasiewicz, α", Unicode("Gödel, Łojasiewicz, α"));

    [Fact]
    public void UnmappableCharacterIsKeptAndReportedOnce()
    {
        var reported = new List<string>();
        var escaper = new LatexEscaper(BibTeXEscaping.Latex, reported.Add);
        Assert.Equal("中文 and 中 and 🙂", escaper.Escape("中文 and 中 and 🙂"));
        Assert.Equal("中文", escaper.Escape("中文"));
        Assert.Equal(new[] { "中", "文", "🙂" }, reported);
    }

    [Fact]
    public void TitlesProtectOnlyWordsThatNeedIt()
    {
        var escaper = new LatexEscaper(BibTeXEscaping.Latex);
        Assert.Equal("{BERT} and {GPT}-4 meet {PixArt}-$\\alpha$ in {3D}", escaper.EscapeTitle("BERT and GPT-4 meet PixArt-α in 3D"));
        Assert.Equal("A Survey of {Q}-learning for {Bayesian} Agents", escaper.EscapeTitle("A Survey of Q-learning for Bayesian Agents"));
        Assert.Equal("Attention Is All You Need", escaper.EscapeTitle("Attention Is All You Need"));
        Assert.Equal("{ResNet} with {$O(n)$} cost", escaper.EscapeTitle("ResNet with $O(n)$ cost"));
        Assert.DoesNotContain("{{", escaper.EscapeTitle("Attention Is All You Need"));
    }

    [Theory]
    [InlineData("}")]
    [InlineData("}}}, @misc{evil, title={")]
    [InlineData("{{{{")]
    [InlineData("\\")]
    [InlineData("\\{")]
    [InlineData("$")]
    [InlineData("%\n")]
    [InlineData("\\input{/etc/passwd} \\write18{rm -rf ~}")]
    [InlineData("\\v{")]
    [InlineData("{\\'}")]
    [InlineData("\\'{\\'{\\'{\\'{\\'{\\'{e}}}}}}")]
    public void OutputBracesAlwaysBalance(string text)
    {
        foreach (var escaper in new[] { new LatexEscaper(BibTeXEscaping.Latex), new LatexEscaper(BibTeXEscaping.Unicode) })
        {
            Assert.True(BracesBalance(escaper.Escape(text)), escaper.Escape(text));
            Assert.True(BracesBalance(escaper.EscapeTitle(text)), escaper.EscapeTitle(text));
            Assert.DoesNotContain("\\input", escaper.Escape(text));
            Assert.DoesNotContain("\\write", escaper.Escape(text));
        }
    }

    /// <summary>Balanced as BibTeX counts braces: every brace, escaped or not, and never below zero.</summary>
    internal static bool BracesBalance(string text)
    {
        var level = 0;
        foreach (var c in text)
        {
            if (c == '{') level++;
            else if (c == '}' && --level < 0) return false;
        }
        return level == 0;
    }
}

using System.Linq;
using Xunit;

namespace PaperTools.Tests.Text;

public class LatexDecoderTests
{
    [Theory]
    [InlineData(@"Sol\`a", "Solà")]
    [InlineData(@"Bal\'azs", "Balázs")]
    [InlineData(@"Bal\'{a}zs", "Balázs")]
    [InlineData(@"{\'E}mile", "Émile")]
    [InlineData(@"G\""{o}del", "Gödel")]
    [InlineData(@"{\""o}", "ö")]
    [InlineData(@"\v{S}ime\v{c}ek", "Šimeček")]
    [InlineData(@"Fran\c{c}ois", "François")]
    [InlineData(@"Fran\c cois", "François")]
    [InlineData(@"{\L}ojasiewicz", "Łojasiewicz")]
    [InlineData(@"\L ojasiewicz", "Łojasiewicz")]
    [InlineData(@"Stra{\ss}e", "Straße")]
    [InlineData(@"Stra\ss{}e", "Straße")]
    [InlineData(@"Ma\'{\i}z", "Maíz")]
    [InlineData(@"Erd\H{o}s", "Erdős")]
    // An accent over nothing is its spacing character (as latexcodec reads it), never an accent on the letter before:
    // JabRef's "Ragnhei{\d}ur" (meant as ð) keeps its i.
    [InlineData(@"x/\~{}user", "x/˜user")]
    [InlineData(@"a\^{}b and c\'{}d and \""{}", "aˆb and c´d and ¨")]
    [InlineData(@"Ragnhei{\d}ur", "Ragnhei\u00A0\u0323ur")]
    [InlineData(@"PixArt-$\alpha$", "PixArt-α")]
    [InlineData(@"R\&D costs 5\%", "R&D costs 5%")]
    [InlineData(@"{BERT} and {GPT}-4", "BERT and GPT-4")]
    [InlineData(@"pages 1--10 --- done", "pages 1–10 — done")]
    [InlineData(@"``quoted''", "“quoted”")]
    [InlineData(@"x-y, it's `a' ---- ```b'''", "x-y, it's `a' —- “`b”'")]
    [InlineData(@"\emph{Deep} learning", "Deep learning")]
    [InlineData("plain text stays", "plain text stays")]
    [InlineData(@"methodology\hyphen independent", @"methodology\hyphen independent")]
    [InlineData(@"\unknowncommand{} word", @"\unknowncommand word")]
    [InlineData(@"\mkbibquote{Intention} and \textup{The} \small{x}", "Intention and The x")]
    [InlineData(@"{\textbraceleft}x{\textbraceright}", "{x}")]
    public void DecodesToUnicode(string latex, string expected) => Assert.Equal(expected, LatexDecoder.Decode(latex));

    // biber's names test writes one accent three ways; TeX skips the space before an accent's argument.
    [Fact]
    public void AnAccentsArgumentMayFollowASpace()
    {
        var entry = Fixture.BibPapers(Fixture.Path("bibtex", "real", "biber-names.bib"))
            .Single(p => p.CitationKey == "L31");
        Assert.Equal(new[] { "Z̃elly", "Z̃elly", "Z̃elly" }, new[] { "author", "editor", "translator" }
            .Select(role => PaperTools.Formats.BibTeX.BibTeXMapping.Names(entry, role)![0].Family));
    }

    [Theory]
    [InlineData(@"\")]
    [InlineData(@"\'")]
    [InlineData(@"\v{")]
    [InlineData(@"{{{")]
    [InlineData(@"}}}")]
    public void MalformedInputNeverThrows(string latex) => LatexDecoder.Decode(latex);
}

using System;
using System.Linq;
using PaperTools.BibTeX;
using PaperTools.Formats.BibTeX;
using PaperTools.Export;
using Xunit;

namespace PaperTools.Tests.BibTeX;

public class CitationKeyTests
{
    private static string Key(Paper paper, string format = "GoogleScholar", int? defaultYear = null)
        => new ExportSession<BibTeXEntry>(new BibTeXFileFormat(new BibTeXExportOptions { KeyFormat = CitationKeyFormat.Parse(format), DefaultYear = defaultYear })).Add(paper).Key;

    [Fact]
    public void GoogleScholarIsTheDefault() => Assert.Equal("vaswani2017attention", Key(SamplePapers.Attention()));

    [Theory]
    [InlineData("GoogleScholar", "vaswani2017attention")]
    [InlineData("googlescholar", "vaswani2017attention")]
    [InlineData("BetterBibTeX", "vaswaniAttentionAllYou2017")]
    [InlineData("ArxivId", "1706.03762")]
    [InlineData("[auth][year]", "Vaswani2017")]
    [InlineData("[auth:upper]_[shorttitle:2:lower]", "VASWANI_attentionall")]
    [InlineData("arXiv:[arxivid]", "arXiv:1706.03762")]
    [InlineData("[veryshorttitle][year]", "Attention2017")]
    public void PatternsAndPresets(string format, string expected) => Assert.Equal(expected, Key(SamplePapers.Attention(), format));

    [Fact]
    public void KeysAreAsciiWithDiacriticsFolded()
    {
        Assert.Equal("lojasiewicz2021gradient", Key(SamplePapers.Lojasiewicz()));
        var paper = new Paper { Title = "Über Graphen", Authors = new[] { "Pál Erdős" }, Year = 1935 };
        Assert.Equal("erdos1935uber", Key(paper));
        Assert.Equal("obrien2020ends", Key(new Paper { Title = "The End's Near", Authors = new[] { "Flann O'Brien" }, Year = 2020 }));
    }

    [Theory]
    [InlineData("Martin Luther King Jr.", "king1999")]
    [InlineData("John Smith III", "smith1999")]
    [InlineData("Smith, Jr., John", "smith1999")]
    [InlineData("Ludwig van Beethoven", "beethoven1999")]
    [InlineData("O’Neil Jr", "oneil1999")]
    [InlineData("Hans Müller IV", "muller1999")]
    [InlineData("Jr.", "x1999")]
    [InlineData("Louis XIV", "xiv1999")]
    [InlineData("Ada Lovelace III\n", "lovelace1999")]
    public void AuthSkipsNameSuffixes(string author, string expected)
        => Assert.Equal(expected, CitationKeyFormat.Parse("[auth:lower][year]")
            .Expand(new Paper { Title = "x", Authors = new[] { author } }, 1999));

    [Theory]
    [InlineData("The {\\\"U}ber-Graph of Rock’n’Roll", "UberGraphRocknrollUBER", "uberGraphRocknroll2001")]
    [InlineData("On the 3-SAT problem's hardness: a résumé", "3SatProblems3", "3SatProblems2001")]
    [InlineData("\"Why\" we   can't —  stop", "CantStopCANT", "cantStop2001")]
    [InlineData("ΑΒΓ and ДЖ: ok", "OkOK", "ok2001")]
    [InlineData("to the of", "paper", "paper2001")]
    public void TitleWordsAreTexDecodedFoldedAndSignificant(string title, string pattern, string titleKey)
    {
        Assert.Equal(pattern, CitationKeyFormat.Parse("[shorttitle:3][veryshorttitle:upper]")
            .Expand(new Paper { Title = title, Authors = new[] { "A B" } }, null));
        Assert.Equal(titleKey, CitationKeyFormat.GoogleScholar.Expand(new Paper { Title = title }, 2001));
    }

    [Fact]
    public void OldStyleArxivIdsMakeValidKeys() => Assert.Equal("hep-th/9711200", Key(SamplePapers.OldStyle(), "ArxivId"));

    [Fact]
    public void ApostrophesStayInsideTitleWords()
    {
        // The title as digest 003 gives it (and typeset): "What's" is one word, so it is no stop word.
        foreach (var title in new[] { "What's in a Prior? Learned Proximal Networks for Inverse Problems",
                     "What’s in a Prior? Learned Proximal Networks for Inverse Problems" })
        {
            var paper = new Paper { Title = title, Authors = new[] { "Zhenghan Fang" }, Year = 2023 };
            Assert.Equal("fang2023whats", Key(paper));
            Assert.Equal("fangWhatsPriorLearned2023", Key(paper, "BetterBibTeX"));
        }
    }

    [Fact]
    public void AuthorlessPapersGetReadableTitleKeys()
    {
        var papers = SamplePapers.Digest("001");
        var session = new ExportSession<BibTeXEntry>(new BibTeXFileFormat());
        var keys = papers.Select(p => session.Add(p).Key).ToList();
        Assert.Equal("onePerturbationEnough", keys[0]);
        Assert.Equal("generalizableDataFree", keys[1]);
        Assert.All(keys, k => Assert.Matches("^[A-Za-z0-9]+$", k));
        Assert.Equal(keys.Count, keys.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal("onePerturbationEnough2024", Key(papers[0], defaultYear: 2024));
        Assert.Equal("onePerturbationEnough", Key(papers[0], "ArxivId"));
    }

    [Fact]
    public void ClashesGetLetterSuffixes()
    {
        var session = new ExportSession<BibTeXEntry>(new BibTeXFileFormat());
        Paper Make(string title) => new Paper { Title = title, Authors = new[] { "Ashish Vaswani" }, Year = 2017 };
        Assert.Equal("vaswani2017attention", session.Add(Make("Attention Is All You Need")).Key);
        Assert.Equal("vaswani2017attentiona", session.Add(Make("Attention Again")).Key);
        Assert.Equal("vaswani2017attentionb", session.Add(Make("Attention, Once More")).Key);
    }

    [Fact]
    public void ClashesAreCaseInsensitiveLikeBibTeX()
    {
        var library = new[] { new Paper { Title = "Other", CitationKey = "Vaswani2017Attention" } };
        var session = new ExportSession<BibTeXEntry>(new BibTeXFileFormat(), library);
        Assert.Equal("vaswani2017attentiona", session.Add(SamplePapers.Attention()).Key);
    }

    [Fact]
    public void SuffixesSkipKeysTakenOutOfTurn()
    {
        var keys = new CitationKeys();
        keys.Take("smith2020deep");
        keys.Take("Smith2020DeepB");
        Assert.Equal("smith2020deepa", keys.TakeFree("smith2020deep"));
        Assert.Equal("smith2020deepc", keys.TakeFree("smith2020deep"));
        keys.Take("smith2020deepd");
        Assert.Equal("SMITH2020DEEPe", keys.TakeFree("SMITH2020DEEP"));
        Assert.Equal("smith2020deepba", keys.TakeFree("smith2020deepb"));
    }

    // Issue #21 case 3: each paper wanting a shared key walked the suffixes from 'a' (20,000 papers: 2e8 probes,
    // 24 s on main).
    [Fact]
    public void ManyPapersSharingOneKeyTakeLinearTime()
    {
        const int count = 20_000;
        var keys = new CitationKeys();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var taken = Enumerable.Range(0, count).Select(_ => keys.TakeFree("vaswani2017attention")).ToList();
        clock.Stop();
        Assert.Equal(count, taken.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(
            new[] { "vaswani2017attention", "vaswani2017attentiona", "vaswani2017attentionb" }, taken.Take(3));
        Assert.Equal("vaswani2017attentionz", taken[26]);
        Assert.Equal("vaswani2017attentionaa", taken[27]);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"{count} shared keys took {clock.Elapsed}");
    }

    [Fact]
    public void TheKeyOfAPaperAlreadyInTheFileIsKept()
    {
        var inFile = SamplePapers.Attention();
        inFile.CitationKey = "Vaswani:Transformer";
        inFile.ArxivVersion = null;
        var session = new ExportSession<BibTeXEntry>(new BibTeXFileFormat(new BibTeXExportOptions { KeyFormat = CitationKeyFormat.BetterBibTeX }), new[] { inFile });
        var again = SamplePapers.Attention();
        again.Title = "Attention is all you need (v7)";
        Assert.Equal("Vaswani:Transformer", session.Add(again).Key);
    }

    [Fact]
    public void APaperKeepsItsOwnKeyWhenFree()
    {
        var paper = SamplePapers.Attention();
        paper.CitationKey = "transformer";
        Assert.Equal("transformer", Key(paper));
        // A key that TeX or a .bib would misread is written made safe, never as it is.
        paper.CitationKey = "bad key{";
        Assert.Equal("badkey", Key(paper));
        paper.CitationKey = "{}%";
        Assert.Equal("vaswani2017attention", Key(paper));
    }

    [Theory]
    [InlineData("[nosuchfield]")]
    [InlineData("[auth:sideways]")]
    [InlineData("plain text")]
    [InlineData("[auth")]
    [InlineData("key{[auth]}")]
    [InlineData("")]
    public void BadPatternsAreRejectedWithAReason(string format)
    {
        var error = Assert.Throws<ArgumentException>(() => CitationKeyFormat.Parse(format));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void KeysNeverHoldForbiddenCharacters()
    {
        var paper = new Paper { Title = "Comma, {brace} #hash %pct ~tilde 'quote' space", Authors = new[] { "Jo {Evil}, Smith" }, Year = 2020 };
        foreach (var preset in CitationKeyFormat.Presets)
        {
            var key = Key(paper, preset.Name);
            Assert.True(CitationKeys.IsValid(key), key);
            Assert.DoesNotMatch(@"[,{}#%~'\s""]", key);
        }
    }
}

using System.Collections.Generic;
using System.IO;
using System.Linq;
using PaperTools.BibTeX;
using PaperTools.Formats.BibTeX;
using PaperTools.Diagnostics;
using PaperTools.Export;
using PaperTools.Tests.BibTeX;
using PaperTools.Validation;
using Xunit;

namespace PaperTools.Tests.Robustness;

/// <summary>
/// Case 1 and the writing side of case 7: eprint, primaryClass/eprintclass, doi, url and year are written
/// without escaping, so each passes its grammar or is left out with a named warning.
/// </summary>
public class RawFieldTests
{
    private const string TexInput = "^^5cinput^^7b/some/file^^7d";

    private static (string Text, List<Problem> Problems) Entry(Paper paper, BibTeXDialect dialect = BibTeXDialect.BibTeX)
    {
        var problems = new List<Problem>();
        var session = new ExportSession<BibTeXEntry>(new BibTeXFileFormat(new BibTeXExportOptions { Dialect = dialect }), null, problems.Add);
        return (session.Add(paper).Text, problems);
    }

    private static Paper Preprint() => new Paper { Title = "A Title", ArxivId = "2402.18001", Categories = new[] { "cs.CL" }, Year = 2024 };

    [Theory]
    [InlineData(BibTeXDialect.BibTeX, "primaryClass")]
    [InlineData(BibTeXDialect.BibLaTeX, "eprintclass")]
    public void ACategorySpellingABackslashIsLeftOut(BibTeXDialect dialect, string field)
    {
        var paper = Preprint();
        paper.Categories = new[] { TexInput };

        var (text, problems) = Entry(paper, dialect);

        Assert.DoesNotContain("^^", text);
        Assert.DoesNotContain(field, text);
        Assert.Contains("eprint", text);
        var warning = Assert.Single(problems);
        Assert.Equal(ErrorIds.BibTeXArxivCategoryInvalid, warning.ErrorId);
        Assert.Equal(ProblemSeverity.Warning, ErrorIds.SeverityOf(warning.ErrorId));
    }

    [Theory]
    [InlineData("cs.LG x")]
    [InlineData("cs.LG}")]
    [InlineData("cs.ŁG")]
    [InlineData("cs.LG,stat.ML")]
    public void ACategoryThatIsNoCategoryIsLeftOutNotPercentEncoded(string category)
    {
        var paper = Preprint();
        paper.Categories = new[] { category };
        var (text, problems) = Entry(paper, BibTeXDialect.BibLaTeX);
        Assert.DoesNotContain("eprintclass", text);
        Assert.DoesNotContain("%", text);
        Assert.Equal(ErrorIds.BibTeXArxivCategoryInvalid, Assert.Single(problems).ErrorId);
    }

    [Fact]
    public void AnEprintThatIsNoArxivIdIsLeftOutWithEverythingDerivedFromIt()
    {
        var paper = Preprint();
        paper.ArxivId = "2402.18001" + TexInput;
        var (text, problems) = Entry(paper);
        Assert.DoesNotContain("^^", text);
        Assert.DoesNotContain("eprint", text);
        Assert.DoesNotContain("arxiv.org", text);
        Assert.DoesNotContain("10.48550", text);
        Assert.Equal(ErrorIds.BibTeXArxivIdInvalid, Assert.Single(problems).ErrorId);
    }

    [Fact]
    public void ADoiFromAScholarTargetCarriesNoTeX()
    {
        var paper = new Paper { Title = "A Title", Doi = "10.1000/x" + TexInput + "%{#}~\\end", Year = 2024 };
        var (text, problems) = Entry(paper);
        Assert.Empty(problems);
        var doi = text.Split('\n').Single(l => l.TrimStart().StartsWith("doi"));
        Assert.Equal("  doi           = {10.1000/x%5E%5E5cinput%5E%5E7b/some/file%5E%5E7d%25%7B%23%7D%7E%5Cend}", doi);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("\\\\host\\share")]
    [InlineData("//host/share")]
    [InlineData("http:///no-host")]
    public void AUrlThatIsNotAWebAddressIsLeftOut(string url)
    {
        var paper = new Paper { Title = "A Title", Url = url, Year = 2024 };
        var (text, problems) = Entry(paper);
        Assert.DoesNotContain("url", text);
        Assert.Equal(ErrorIds.BibTeXUrlRefused, Assert.Single(problems).ErrorId);
    }

    [Fact]
    public void AYearOfMoreThanFourDigitsIsLeftOut()
    {
        var paper = new Paper { Title = "A Title", Year = 123456 };
        var (text, problems) = Entry(paper);
        Assert.DoesNotContain(text.Split('\n'), l => l.TrimStart().StartsWith("year") || l.TrimStart().StartsWith("date"));
        Assert.Equal(ErrorIds.BibTeXYearInvalid, Assert.Single(problems).ErrorId);
    }

    [Fact]
    public void EveryRefusedValueLeavesTheRestOfTheBatchWhole()
    {
        var dir = BibTeXTestFiles.NewFolder();
        var path = Path.Combine(dir, "library.bib");
        var good = Preprint();
        var bad = new Paper { Title = "Hostile", ArxivId = "x}", Categories = new[] { TexInput }, Doi = "no doi", Url = "javascript:x", Year = -1 };
        var problems = new List<Problem>();
        BibTeXTestFiles.Export(path, new[] { bad, good }, problems: problems);
        var read = BibTeXTestFiles.Import(path);
        Assert.Equal(new[] { "Hostile", "A Title" }, read.Select(p => p.Title));
        Assert.Equal("2402.18001", read[1].ArxivId);
        Assert.All(problems, p => Assert.True(p.Severity == ProblemSeverity.Warning, p.ToString()));
        Assert.Equal(4, problems.Count);
    }

    [Theory]
    [InlineData("2402.18001", "2402.18001")]
    [InlineData("hep-th/9901001", "hep-th/9901001")]
    [InlineData("math.AG/0601001", "math.AG/0601001")]
    [InlineData(" 2402.18001 ", "2402.18001")]
    [InlineData("2402.18001v2", null)]
    [InlineData("arXiv:2402.18001", null)]
    [InlineData("2402.18001}", null)]
    [InlineData("२४०२.१८००१", null)]
    public void ArxivIdGrammar(string value, string expected) => Assert.Equal(expected, ArxivGrammar.Id(value));

    [Theory]
    [InlineData("cs.LG", true)]
    [InlineData("hep-th", true)]
    [InlineData("math-ph", true)]
    [InlineData("cond-mat.mes-hall", true)]
    [InlineData("physics.acc-ph", true)]
    [InlineData("q-bio.NC", true)]
    [InlineData("cs", true)]
    [InlineData("cs.", false)]
    [InlineData("CS.LG", false)]
    [InlineData("cs.LG ", true)]
    [InlineData("cs LG", false)]
    [InlineData("I.2.7", false)]
    public void ArxivCategoryGrammar(string value, bool valid) => Assert.Equal(valid, ArxivGrammar.CategoryOf(value) != null);

    [Theory]
    [InlineData("10.1145/3292500.3330701", "10.1145/3292500.3330701")]
    [InlineData("https://doi.org/10.1145/3292500.3330701", "10.1145/3292500.3330701")]
    [InlineData("doi:10.1000/182", "10.1000/182")]
    [InlineData("10.1002/(SICI)1097-4636(199706)35:4<503::AID-JBM11>3.0.CO;2-C", "10.1002/(SICI)1097-4636(199706)35:4<503::AID-JBM11>3.0.CO;2-C")]
    [InlineData("10.1007/978-3-319-10602-1_48", "10.1007/978-3-319-10602-1_48")]
    [InlineData("10.1000/a%20b", "10.1000/a%20b")]
    [InlineData("10.1000/100%", "10.1000/100%25")]
    [InlineData("10.1000/é", "10.1000/%C3%A9")]
    [InlineData("10.1000/a b", null)]
    [InlineData("10.1000/a\tb", null)]
    [InlineData("10.10/x", null)]
    [InlineData("11.1000/x", null)]
    [InlineData("10.1000/", null)]
    public void DoiGrammar_(string value, string expected) => Assert.Equal(expected, DoiGrammar.ToSafe(value));

    [Theory]
    [InlineData("https://arxiv.org/abs/2402.18001", "https://arxiv.org/abs/2402.18001")]
    [InlineData("HTTP://example.org", "HTTP://example.org")]
    [InlineData("https://example.org/~user/a b", "https://example.org/%7Euser/a%20b")]
    [InlineData("https://example.org/p?q={x}&r=^^5c#frag#more", "https://example.org/p?q=%7Bx%7D&r=%5E%5E5c#frag%23more")]
    [InlineData("https://example.org/100%/a%41", "https://example.org/100%25/a%41")]
    [InlineData("https://example.org/\\input", "https://example.org/%5Cinput")]
    [InlineData("https://例え.jp/パス", "https://%E4%BE%8B%E3%81%88.jp/%E3%83%91%E3%82%B9")]
    [InlineData("https://user@example.org/", "https://user@example.org/")]
    [InlineData("ftp://example.org/x", null)]
    [InlineData("javascript://example.org/%0Aalert(1)", null)]
    [InlineData("https://exa\nmple.org", null)]
    [InlineData("https://", null)]
    [InlineData("https://\\\\host\\share", null)]
    [InlineData("/relative/path", null)]
    public void WebAddressGrammar(string value, string expected) => Assert.Equal(expected, WebAddress.ToSafe(value));

    [Fact]
    public void AddressWithNothingToEncodeIsReturnedUncopied()
    {
        var address = "https://arxiv.org/abs/2402.18001";
        Assert.Same(address, WebAddress.ToSafe(address));
    }

    [Theory]
    [InlineData("10.1000/x%^{}")]
    [InlineData("https://example.org/a b~{}%")]
    public void EncodingTwiceChangesNothing(string value)
    {
        var doi = DoiGrammar.ToSafe(value);
        if (doi != null) Assert.Equal(doi, DoiGrammar.ToSafe(doi));
        var url = WebAddress.ToSafe(value);
        if (url != null) Assert.Equal(url, WebAddress.ToSafe(url));
    }
}

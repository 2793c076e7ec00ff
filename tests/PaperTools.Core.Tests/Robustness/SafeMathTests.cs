using System.Collections.Generic;
using System.IO;
using System.Linq;
using PaperTools.BibTeX;
using PaperTools.Formats.BibTeX;
using PaperTools.Tests.BibTeX;
using Xunit;

namespace PaperTools.Tests.Robustness;

/// <summary>Case 8: math is kept only when LaTeX can typeset it; $\frac$ in an author closed thebibliography.</summary>
public class SafeMathTests
{
    [Theory]
    [InlineData("\\frac")]
    [InlineData("\\frac{a}")]
    [InlineData("\\sqrt")]
    [InlineData("\\sqrt[3]")]
    [InlineData("x^")]
    [InlineData("x_")]
    [InlineData("x^2^3")]
    [InlineData("x_1_2")]
    [InlineData("x^2'")]
    [InlineData("x^}")]
    [InlineData("\\left(")]
    [InlineData("\\left( x")]
    [InlineData("x \\right)")]
    [InlineData("\\left x \\right)")]
    [InlineData("\\mathbf")]
    [InlineData("\\text{a_b}")]
    [InlineData("\\text{\\input}")]
    [InlineData("\\hat")]
    [InlineData("\\input{x}")]
    [InlineData("^^5cinput")]
    [InlineData("\\alpha ≤ \\beta")]
    [InlineData("x^\\frac12")]
    [InlineData("{")]
    [InlineData("\\{ x")]
    public void FormulasLatexCannotTypesetAreText(string formula) => Assert.False(SafeMath.IsSafe(formula), formula);

    [Theory]
    [InlineData("x^2")]
    [InlineData("x_i^2")]
    [InlineData("x^{2}_{i}")]
    [InlineData("^2")]
    [InlineData("f'(x)")]
    [InlineData("f'^2")]
    [InlineData("\\frac{a}{b}")]
    [InlineData("\\frac12")]
    [InlineData("\\frac{\\alpha}{\\sqrt[3]{x}}")]
    [InlineData("\\sqrt{2}")]
    [InlineData("\\left( \\frac{a}{b} \\right)")]
    [InlineData("\\left\\langle x, y \\right\\rangle")]
    [InlineData("\\left. x \\right|")]
    [InlineData("\\mathbb{R}^n")]
    [InlineData("\\text{softmax}(x)")]
    [InlineData("O(n \\log n)")]
    [InlineData("\\{ x \\}")]
    [InlineData("a \\le b")]
    [InlineData("x^\\alpha")]
    [InlineData("\\hat{y}_t")]
    [InlineData("10^{-3}")]
    public void FormulasLatexTypesetsStayMath(string formula) => Assert.True(SafeMath.IsSafe(formula), formula);

    [Fact]
    public void AnIncompleteFormulaInAnAuthorIsWrittenAsTextAndBibtexRunsCleanly()
    {
        var dir = BibTeXTestFiles.NewFolder();
        var path = Path.Combine(dir, "library.bib");
        var papers = new[] { "$\\frac$", "$\\sqrt$", "$x^$", "$\\left($" }
            .Select((f, i) => new Paper { Title = "Paper " + i + " " + f, Authors = new[] { "Ann " + f + " Smith" }, Year = 2024 })
            .Concat(new[] { new Paper { Title = "Later paper", Authors = new[] { "Bob Jones" }, Year = 2024 } }).ToList();
        var plan = BibTeXTestFiles.Export(path, papers);
        var text = File.ReadAllText(path);
        Assert.DoesNotContain("$\\frac$", text);
        Assert.DoesNotContain("$x^$", text);

        var keys = plan.Written.Select(w => w.Value.Key).ToList();
        File.WriteAllText(Path.Combine(dir, "paper.aux"), string.Concat(keys.Select(k => "\\citation{" + k + "}\n")) + "\\bibstyle{plain}\n\\bibdata{library}\n");
        var (exit, output, errors) = ExternalTool.Run("bibtex", "texlive-binaries", dir, "paper");
        Assert.True(exit == 0, output + errors);
        var bbl = File.ReadAllText(Path.Combine(dir, "paper.bbl"));
        Assert.Equal(keys.Count, bbl.Split("\\bibitem").Length - 1);
        Assert.DoesNotContain("$\\frac$", bbl);

        var read = BibTeXTestFiles.Import(path);
        Assert.Equal(papers.Select(p => p.Title), read.Select(p => p.Title));
        Assert.Equal(papers.Select(p => p.Authors[0]), read.Select(p => p.Authors[0]));
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PaperTools.BibTeX;
using PaperTools.Formats.BibTeX;
using PaperTools.Diagnostics;
using PaperTools.Tests.BibTeX;
using Xunit;
using Xunit.Abstractions;

namespace PaperTools.Tests.Fuzz;

/// <summary>
/// The writer, fed random papers (<see cref="PaperGenerator"/>): the .bib reads back to the same text, nothing
/// outside safe math is a command the writer did not spell, bibtool, biber and bibtex accept it, and LaTeX
/// (bibtex + plain.bst, and biblatex + biber, no shell escape) never runs the canary file the fields try to \input.
/// </summary>
[Collection(FuzzCollection.Name)]
[Trait("Category", "Fuzz")]
public class WriterFuzzTests
{
    private const int BatchSize = 200;
    private static readonly Regex ControlWord = new Regex(@"\\([A-Za-z]+)", RegexOptions.CultureInvariant);
    private static readonly HashSet<string> WriterSpellings = new HashSet<string>(
        LatexCharacters.Letters.Keys.Concat(LatexCharacters.TextSymbols.Keys).Concat(LatexCharacters.MathSymbols.Keys)
            .Concat(LatexCharacters.Accents.Keys.Where(char.IsLetter).Select(c => c.ToString())).Concat(new[] { "i", "j", "relax" }));

    private static readonly string[] ExpectedLatexErrors = { "Unicode character", "Invalid UTF-8", "That makes 100 errors", "==> Fatal error occurred" };

    private readonly ITestOutputHelper output;

    public WriterFuzzTests(ITestOutputHelper output) => this.output = output;

    [Fact]
    public void RandomPapersReadBackAndNoFieldReachesTexAsACommand()
    {
        var count = FuzzSettings.WriterCount;
        var findings = new List<string>();
        for (var batch = 0; batch * BatchSize < count; batch++)
        {
            var random = new Random(FuzzSettings.Seed * 7 + batch);
            var papers = Enumerable.Range(batch * BatchSize, Math.Min(BatchSize, count - batch * BatchSize)).Select(i => PaperGenerator.Make(random, i)).ToList();
            var biblatex = batch % 2 == 1;
            var options = new BibTeXExportOptions { Dialect = biblatex ? BibTeXDialect.BibLaTeX : BibTeXDialect.BibTeX };
            try { findings.AddRange(Check(papers, options, judges: batch < 2 || batch % 10 == 0)); }
            catch (Exception ex) when (!(ex is Xunit.Sdk.XunitException && ex.Message.Contains("is not installed")))
            {
                findings.Add($"batch {batch} (seed {FuzzSettings.Seed}) threw {ex.GetType().FullName}: {ex.Message}");
            }
        }
        var summary = $"writer: {count:N0} random papers, {findings.Count} findings" + (findings.Count == 0 ? "" : ":\n" + string.Join("\n", findings.Take(20)));
        output.WriteLine(summary);
        Console.WriteLine(summary);
        Assert.True(findings.Count == 0, summary);
    }

    private static IEnumerable<string> Check(List<Paper> papers, BibTeXExportOptions options, bool judges)
    {
        var dir = BibTeXTestFiles.NewFolder();
        var path = Path.Combine(dir, "library.bib");
        var problems = new List<Problem>();
        var plan = BibTeXTestFiles.Export(path, papers, options, problems: problems);
        foreach (var p in problems.Where(p => p.Severity == ProblemSeverity.Error)) yield return "export: " + p;
        var text = File.ReadAllText(path);

        var readProblems = new List<Problem>();
        var read = BibTeXLibrary.Read(path, readProblems.Add).Papers;
        foreach (var p in readProblems) yield return "read back: " + p;
        // Papers that are the same work by the identity rules (random arXiv ids repeat) are written once.
        var written = plan.Written.Select(w => w.Key).ToList();
        if (read.Count != written.Count)
        {
            yield return $"{written.Count} papers written, {read.Count} read back";
            yield break;
        }
        for (var i = 0; i < written.Count; i++)
        {
            var (want, got) = (written[i], read[i]);
            if (Canonical(want.Title) != got.Title) yield return $"title: {Show(want.Title)} read back as {Show(got.Title)}";
            if (Canonical(want.Abstract) != got.Abstract) yield return $"abstract: {Show(want.Abstract)} read back as {Show(got.Abstract)}";
            var authors = want.Authors.Select(Canonical).Where(a => a != null).ToArray();
            if (!authors.SequenceEqual(got.Authors)) yield return $"authors: [{string.Join(" | ", authors.Select(Show))}] read back as [{string.Join(" | ", got.Authors.Select(Show))}]";
            var keywords = want.Keywords.Select(Canonical).Where(k => k != null).ToArray();
            if (!keywords.SequenceEqual(got.Keywords)) yield return $"keywords: [{string.Join(" | ", keywords.Select(Show))}] read back as [{string.Join(" | ", got.Keywords.Select(Show))}]";
        }
        foreach (var finding in Commands(text)) yield return finding;
        if (!judges) yield break;
        foreach (var finding in Judges(dir, path, plan.Written.Select(w => w.Value.Key).ToList(), options.Dialect)) yield return finding;
    }

    /// <summary>What the writer is meant to read back: the text as the escaper understands it (escapes as their characters, safe math kept).</summary>
    private static string Canonical(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var joined = string.Concat(TextPieceReader.Read(text).Select(p => p.IsMath ? "$" + p.Text + "$" : p.Text));
        return Whitespace.Collapse(joined);
    }

    /// <summary>Outside safe math, every control word is one of the writer's own spellings, and ^^ never appears.</summary>
    private static IEnumerable<string> Commands(string bib)
    {
        if (bib.Contains("^^")) yield return "the .bib holds ^^";
        foreach (var line in bib.Split('\n'))
        {
            var outside = new System.Text.StringBuilder();
            for (var i = 0; i < line.Length; i++)
            {
                var close = line[i] == '$' && (i == 0 || line[i - 1] != '\\') ? LatexMath.FindClosingDollar(line, i) : -1;
                if (close > i && SafeMath.IsSafe(line.Substring(i + 1, close - i - 1))) i = close;
                else outside.Append(line[i]);
            }
            foreach (Match m in ControlWord.Matches(outside.ToString()))
                if (!WriterSpellings.Contains(m.Groups[1].Value)) yield return $"command \\{m.Groups[1].Value} in: {Show(line)}";
        }
    }

    private static IEnumerable<string> Judges(string dir, string path, List<string> keys, BibTeXDialect dialect)
    {
        File.WriteAllText(Path.Combine(dir, "canary.tex"), "\\typeout{" + PaperGenerator.Canary + "}\n");
        var bibtool = ExternalTool.Run("bibtool", "bibtool", dir, "-d", "-o", Path.Combine(dir, "bibtool-out.bib"), path);
        if (bibtool.ExitCode != 0 || bibtool.Errors.Trim().Length > 0) yield return "bibtool: " + bibtool.Errors;
        var biber = ExternalTool.Run("biber", "biber", dir, "--tool", "--validate-datamodel", "--output-file=" + Path.Combine(dir, "biber-out.bib"), path);
        if (biber.ExitCode != 0 || biber.Output.Contains("ERROR")) yield return "biber --tool: " + string.Join("\n", biber.Output.Split('\n').Where(l => l.Contains("ERROR")).Take(5));

        string log;
        if (dialect == BibTeXDialect.BibTeX)
        {
            File.WriteAllText(Path.Combine(dir, "doc.tex"), "\\documentclass{article}\\usepackage[T1]{fontenc}\\usepackage{url}\\begin{document}\\nocite{*}\\bibliographystyle{plain}\\bibliography{library}\\end{document}\n");
            Latex(dir);
            var bibtex = ExternalTool.Run("bibtex", "texlive-binaries", dir, "doc");
            if (bibtex.ExitCode > 1) yield return "bibtex: " + string.Join("\n", File.ReadAllLines(Path.Combine(dir, "doc.blg")).Where(l => !l.StartsWith("Warning--")).Skip(4).Take(12));
            log = Latex(dir);
        }
        else
        {
            File.WriteAllText(Path.Combine(dir, "doc.tex"), "\\documentclass{article}\\usepackage[T1]{fontenc}\\usepackage[backend=biber]{biblatex}\\addbibresource{library.bib}\\begin{document}\\nocite{*}\\printbibliography\\end{document}\n");
            Latex(dir);
            var run = ExternalTool.Run("biber", "biber", dir, "doc");
            if (run.ExitCode != 0) yield return "biber: " + string.Join("\n", run.Output.Split('\n').Where(l => l.Contains("ERROR") || l.Contains("WARN")).Take(8));
            log = Latex(dir);
        }
        if (log.Contains(PaperGenerator.Canary)) yield return "LaTeX ran the canary file: a field reached TeX as \\input";
        // pdflatex has no glyph for much of random Unicode; those errors are expected. Any other error means
        // a field reached TeX as markup (a brace, a command, a parameter character).
        var errors = log.Split('\n').Where(l => l.StartsWith("! ") && !ExpectedLatexErrors.Any(l.Contains)).Distinct().Take(5).ToList();
        if (errors.Count > 0) yield return "LaTeX: " + string.Join(" / ", errors);
    }

    private static string Latex(string dir)
    {
        var (_, output, _) = ExternalTool.Run("pdflatex", "texlive-latex-base (biblatex: texlive-bibtex-extra)", dir, "-interaction=nonstopmode", "-no-shell-escape", "doc.tex");
        return output + (File.Exists(Path.Combine(dir, "doc.log")) ? File.ReadAllText(Path.Combine(dir, "doc.log")) : string.Empty);
    }

    private static string Show(string text) => text == null ? "null" : "\"" + string.Concat(text.Select(c => c < 32 || char.IsSurrogate(c) ? $"\\u{(int)c:X4}" : c.ToString())) + "\"";
}

using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PaperTools.BibTeX;
using PaperTools.Formats.BibTeX;
using PaperTools.Diagnostics;
using Xunit;

namespace PaperTools.Tests.BibTeX;

/// <summary>
/// What real tools say about the files the exporter writes, from all five shared digests, every reader fixture, the crafted papers
/// and the hostile ones: bibtool and biber report nothing, and bibtex with plain.bst, citing every key, runs
/// without an error or a warning. The one thing biber may say is that a paper has no year (or no title), for papers
/// whose source gives none (the digests; id-only records); that warning is matched exactly, for exactly those papers.
/// </summary>
public class OutsideJudgeTests
{
    public static IEnumerable<object[]> Files()
    {
        foreach (var source in new[] { "digests", "fixtures", "crafted", "hostile" })
        {
            yield return new object[] { source, BibTeXDialect.BibTeX, BibTeXEscaping.Latex };
            yield return new object[] { source, BibTeXDialect.BibLaTeX, BibTeXEscaping.Unicode };
        }
        yield return new object[] { "crafted", BibTeXDialect.BibTeX, BibTeXEscaping.Unicode };
    }

    private static (string Dir, string Path, List<Paper> Papers, List<string> Keys) Write(string source, BibTeXDialect dialect, BibTeXEscaping escaping)
    {
        var dir = BibTeXTestFiles.NewFolder();
        var path = Path.Combine(dir, "library.bib");
        var papers = BibTeXRoundTripTests.Papers(source);
        var problems = new List<Problem>();
        var plan = BibTeXTestFiles.Export(path, papers, new BibTeXExportOptions { Dialect = dialect, Escaping = escaping }, problems: problems);
        Assert.True(plan.Written.Count > 0);
        // The one thing the writer may say: Cyrillic (in the real RIS and PubMed fixtures) has no LaTeX spelling that
        // needs no font setup (T2A), so with LaTeX escaping it is written as it is, with a warning.
        // And the values of RIS and CSL-JSON items a dialect has no field for, kept in the note.
        Assert.All(problems, p => Assert.True(
            p.ErrorId == ErrorIds.BibTeXUnmappableCharacter
            && p.Target is string c && c[0] >= '\u0400' && c[0] <= '\u04FF'
            || p.ErrorId == ErrorIds.BibTeXItemValueInNote && source == "fixtures", p.ToString()));
        return (dir, path, plan.Written.Select(w => w.Key).ToList(), plan.Written.Select(w => w.Value.Key).ToList());
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void BibtoolReportsNothing(string source, BibTeXDialect dialect, BibTeXEscaping escaping)
    {
        var (dir, path, _, _) = Write(source, dialect, escaping);
        // BibLaTeX's types (@report, @thesis, @online) are known to bibtool by its biblatex resource.
        var biblatex = dialect == BibTeXDialect.BibLaTeX ? new[] { "-r", "biblatex" } : System.Array.Empty<string>();
        var (exit, output, errors) = ExternalTool.Run("bibtool", "bibtool", dir,
            biblatex.Concat(new[] { "-d", "-o", Path.Combine(dir, "bibtool-out.bib"), path }).ToArray());
        Assert.True(exit == 0, $"bibtool exited with {exit}: {errors}");
        Assert.True(errors.Trim().Length == 0, "bibtool said:\n" + errors + output);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void BiberValidatesTheDataModel(string source, BibTeXDialect dialect, BibTeXEscaping escaping)
    {
        var (dir, path, papers, keys) = Write(source, dialect, escaping);
        var (exit, output, errors) = ExternalTool.Run("biber", "biber", dir, "--tool", "--validate-datamodel", "--output-file=" + Path.Combine(dir, "biber-out.bib"), path);
        Assert.True(exit == 0, $"biber exited with {exit}:\n{output}\n{errors}");

        // Nothing is invented: a paper whose source gives no year (or, id-only records, no title) lacks that field.
        // A record read from RIS or CSL-JSON has the type its source stated, and lacks what its source lacks (an
        // article's journal, a report's institution), or states wrongly (an ISSN whose check digit fails): that,
        // too, is not invented.
        var items = new HashSet<string>(keys.Where((k, i) => papers[i].Item != null));
        var yearless = new HashSet<string>(keys.Where((k, i) => papers[i].Year == null && !items.Contains(k)));
        var titleless = new HashSet<string>(
            keys.Where((k, i) => string.IsNullOrWhiteSpace(papers[i].Title) && !items.Contains(k)));
        var complaints = output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("WARN") || l.StartsWith("ERROR")).ToList();
        var unexpected = complaints.Where(line =>
        {
            var match = Regex.Match(line, @"^WARN - Datamodel: Entry '(?<key>[^']+)' \((?<file>[^)]+)\): "
                + @"(?:Missing mandatory field (?<field>- one of 'date, year' must be defined|'[a-z]+')"
                + @"|Invalid IS[BS]N in value of field 'is[bs]n')$");
            if (!match.Success || match.Groups["file"].Value != path) return true;
            if (items.Contains(match.Groups["key"].Value)) return false;
            var field = match.Groups["field"];
            if (!field.Success || field.Value.StartsWith("'") && field.Value != "'title'") return true;
            var missing = match.Groups["field"].Value == "'title'" ? titleless : yearless;
            return !missing.Contains(match.Groups["key"].Value);
        }).ToList();
        Assert.True(unexpected.Count == 0, "biber said:\n" + string.Join("\n", unexpected));
        Assert.Equal(yearless.Count + titleless.Count,
            complaints.Count(c => !items.Any(k => c.Contains($"Entry '{k}' "))));
    }

    /// <summary>bibtex reads the BibTeX dialect; biblatex files are biber's (plain.bst knows no date field).</summary>
    public static IEnumerable<object[]> BibTeXFiles() => Files().Where(f => (BibTeXDialect)f[1] == BibTeXDialect.BibTeX);

    [Theory]
    [MemberData(nameof(BibTeXFiles))]
    public void BibtexWithPlainStyleRunsCleanly(string source, BibTeXDialect dialect, BibTeXEscaping escaping)
    {
        var (dir, _, papers, keys) = Write(source, dialect, escaping);
        File.WriteAllText(Path.Combine(dir, "paper.aux"),
            string.Concat(keys.Select(k => "\\citation{" + k + "}\n")) + "\\bibstyle{plain}\n\\bibdata{library}\n");
        var (exit, output, errors) = ExternalTool.Run("bibtex", "texlive-binaries", dir, "paper");
        var log = File.ReadAllText(Path.Combine(dir, "paper.blg"));
        Assert.True(exit == 0, $"bibtex exited with {exit}:\n{output}\n{errors}\n{log}");
        // An id-only record (no title, author or year: its source stated none) has nothing plain.bst prints.
        var idOnly = keys.Where((k, i) => string.IsNullOrWhiteSpace(papers[i].Title) && papers[i].Authors.Length == 0 && papers[i].Year == null)
            .Select(k => "Warning--all relevant fields are empty in " + k).ToHashSet();
        // And a record read from RIS or CSL-JSON lacks what its source lacks ("empty author in KEY").
        var items = keys.Where((k, i) => papers[i].Item != null).ToHashSet();
        var warnings = log.Split('\n').Select(l => l.TrimEnd('\r'))
            .Where(l => l.StartsWith("Warning--", System.StringComparison.Ordinal))
            .Where(w => !(Regex.Match(w, @"^Warning--empty [a-z]+ in (?<key>\S+)$") is { Success: true } m
                          && items.Contains(m.Groups["key"].Value)))
            .ToList();
        Assert.True(warnings.All(idOnly.Contains), "bibtex warned:\n" + string.Join("\n", warnings.Where(w => !idOnly.Contains(w))));
        Assert.DoesNotContain("error message", log);
        Assert.DoesNotContain("I couldn't open", log);

        var bbl = File.ReadAllText(Path.Combine(dir, "paper.bbl"));
        Assert.Equal(keys.Count, Regex.Matches(bbl, @"\\bibitem\{").Count);
        foreach (var key in keys) Assert.Contains("\\bibitem{" + key + "}", bbl);
    }

    [Fact]
    public void BibtexOutputCarriesNoCommandFromHostileDigests()
    {
        var (dir, _, _, keys) = Write("hostile", BibTeXDialect.BibTeX, BibTeXEscaping.Latex);
        File.WriteAllText(Path.Combine(dir, "paper.aux"), "\\citation{*}\n\\bibstyle{plain}\n\\bibdata{library}\n");
        var (exit, output, _) = ExternalTool.Run("bibtex", "texlive-binaries", dir, "paper");
        Assert.True(exit == 0, output);
        var bbl = File.ReadAllText(Path.Combine(dir, "paper.bbl"));
        Assert.Equal(keys.Count, Regex.Matches(bbl, @"\\bibitem\{").Count);
        foreach (var command in new[] { "\\input", "\\write", "\\immediate", "\\def", "\\csname", "\\catcode", "\\end{document", "^^" })
            Assert.DoesNotContain(command, bbl);
        Assert.Contains("{\\textbackslash}input{\\textbraceleft}/etc/passwd{\\textbraceright}", bbl);
        Assert.Contains("\\end{thebibliography}", bbl);
        Assert.Single(Regex.Matches(bbl, @"\\end\{thebibliography\}"));
        Assert.Single(Regex.Matches(bbl, @"\\begin\{thebibliography\}"));
    }
}

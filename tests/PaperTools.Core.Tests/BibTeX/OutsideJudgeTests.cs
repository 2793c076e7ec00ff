using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using PaperTools.BibTeX;
using Xunit;

namespace PaperTools.Tests.BibTeX
{
    /// <summary>
    /// What real tools say about the files the exporter writes, from all five shared digests, every reader fixture, the crafted papers
    /// and the hostile ones: bibtool and biber report nothing, and bibtex with plain.bst, citing every key, runs
    /// without an error or a warning. The one thing biber may say is that a paper has no year, for papers whose
    /// source gives none (the digests); that warning is matched exactly, for exactly those papers.
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
            var plan = BibTeXTestFiles.Export(path, papers, new BibTeXExportOptions { Dialect = dialect, Escaping = escaping });
            Assert.True(plan.Written.Count > 0);
            return (dir, path, plan.Written.Select(w => w.Key).ToList(), plan.Written.Select(w => w.Value.Key).ToList());
        }

        [Theory]
        [MemberData(nameof(Files))]
        public void BibtoolReportsNothing(string source, BibTeXDialect dialect, BibTeXEscaping escaping)
        {
            var (dir, path, _, _) = Write(source, dialect, escaping);
            var (exit, output, errors) = ExternalTool.Run("bibtool", "bibtool", dir, "-d", "-o", Path.Combine(dir, "bibtool-out.bib"), path);
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

            var yearless = new HashSet<string>(keys.Where((k, i) => papers[i].Year == null));
            var complaints = output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("WARN") || l.StartsWith("ERROR")).ToList();
            var unexpected = complaints.Where(line =>
            {
                var match = Regex.Match(line, @"^WARN - Datamodel: Entry '(?<key>[^']+)' \((?<file>[^)]+)\): Missing mandatory field - one of 'date, year' must be defined$");
                return !(match.Success && yearless.Contains(match.Groups["key"].Value) && match.Groups["file"].Value == path);
            }).ToList();
            Assert.True(unexpected.Count == 0, "biber said:\n" + string.Join("\n", unexpected));
            Assert.Equal(yearless.Count, complaints.Count);
        }

        /// <summary>bibtex reads the BibTeX dialect; biblatex files are biber's (plain.bst knows no date field).</summary>
        public static IEnumerable<object[]> BibTeXFiles() => Files().Where(f => (BibTeXDialect)f[1] == BibTeXDialect.BibTeX);

        [Theory]
        [MemberData(nameof(BibTeXFiles))]
        public void BibtexWithPlainStyleRunsCleanly(string source, BibTeXDialect dialect, BibTeXEscaping escaping)
        {
            var (dir, _, _, keys) = Write(source, dialect, escaping);
            File.WriteAllText(Path.Combine(dir, "paper.aux"),
                string.Concat(keys.Select(k => "\\citation{" + k + "}\n")) + "\\bibstyle{plain}\n\\bibdata{library}\n");
            var (exit, output, errors) = ExternalTool.Run("bibtex", "texlive-binaries", dir, "paper");
            var log = File.ReadAllText(Path.Combine(dir, "paper.blg"));
            Assert.True(exit == 0, $"bibtex exited with {exit}:\n{output}\n{errors}\n{log}");
            Assert.DoesNotContain("Warning--", log);
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
}

using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using PaperTools.BibTeX;
using PaperTools.Formats.BibTeX;
using PaperTools.Diagnostics;
using Xunit;

namespace PaperTools.Tests.BibTeX;

/// <summary>
/// Real .bib files written by JabRef, Better BibTeX, biber, biblatex, bibtexparser, citation-js and bibtex-tidy
/// (tests/Fixtures/bibtex/real, see its README): read without a terminating error, written back byte for byte,
/// and, laid out anew entry by entry, read by pybtex exactly as it reads the original.
/// </summary>
public class RealBibFileTests
{
    /// <summary>Prints, for two .bib files, how many entries pybtex reads in the first and how many the second has with the same key, type, fields and persons.</summary>
    private const string PybtexComparison = @"
import sys
import pybtex.errors
from pybtex.database.input import bibtex
pybtex.errors.set_strict_mode(False)
pybtex.errors.print_error = lambda *a, **k: None
def read(path):
    with open(path, encoding=sys.argv[3]) as f:
        data = bibtex.Parser().parse_string(f.read())
    return [(k.lower(), e.type.lower(), {n.lower(): v for n, v in e.fields.items() if n.lower() != 'x-papertools-touched'},
             {r.lower(): [str(p) for p in ps] for r, ps in e.persons.items()}) for k, e in data.entries.items()]
a, b = read(sys.argv[1]), read(sys.argv[2])
differing = [e[0] for e in a if e not in b]
print(len(a), len(a) - len(differing), ' '.join(differing))
";

    public static IEnumerable<object[]> Files()
        => Directory.GetFiles(Fixture.Path("bibtex", "real"), "*.bib").OrderBy(f => f).Select(f => new object[] { Path.GetFileName(f) });

    private static List<Paper> Import(string name, out BibTeXLibrary library)
    {
        var problems = new List<Problem>();
        library = BibTeXLibrary.Read(Fixture.Path("bibtex", "real", name), problems.Add);
        Assert.NotNull(library);
        return library.Papers.ToList();
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void ImportThenExportGivesTheFileBack(string name)
    {
        var papers = Import(name, out var library);
        Assert.NotEmpty(papers);
        var path = Path.Combine(BibTeXTestFiles.NewFolder(), name);
        BibTeXTestFiles.Export(path, papers, problems: new List<Problem>());
        // Files in UTF-8 come back byte for byte; others (Windows-1252) come back as the same text, in UTF-8.
        if (library.IsUtf8 && !library.Bytes.Take(3).SequenceEqual(new byte[] { 0xEF, 0xBB, 0xBF })) Assert.Equal(library.Bytes, File.ReadAllBytes(path));
        else Assert.Equal(library.Text, File.ReadAllText(path, Encoding.UTF8));
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void EntriesLaidOutAnewReadAsTheOriginalsInPybtex(string name)
    {
        var papers = Import(name, out var library);
        foreach (var paper in papers) paper.Fields.Add("x-papertools-touched", "{1}");
        var dir = BibTeXTestFiles.NewFolder();
        var path = Path.Combine(dir, "touched.bib");
        BibTeXTestFiles.Export(path, papers, problems: new List<Problem>());
        Assert.Equal(papers.Count, Regex.Matches(File.ReadAllText(path), "x-papertools-touched").Count);

        // pybtex reads both as UTF-8: the original as PaperTools decoded it (Windows-1252 when it is not UTF-8).
        var original = Path.Combine(dir, "original.bib");
        File.WriteAllText(original, library.Text, new UTF8Encoding(false));
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var (exit, output, errors) = ExternalTool.Run(python, "python3-pybtex", dir, "-c", PybtexComparison, original, path, "utf-8");
        Assert.True(exit == 0, $"pybtex (Debian package python3-pybtex) failed: {errors}");
        var parts = output.Trim().Split(' ', 3);
        var read = int.Parse(parts[0]);
        var intact = int.Parse(parts[1]);
        // Where pybtex cannot read the original as its authors meant (keyless entries, whose first field it takes
        // for the key), the entries PaperTools lays out read differently; those are listed here by name.
        var pybtexMisreads = new Dictionary<string, int>
        {
            ["jabref-repecnepimportertest2.bib"] = 1,
            ["zotero-better-bibtex-endnote_should_parse.bib"] = 1,
            ["biber-xdata.bib"] = 2,
            ["biber-tool.bib"] = 1,
        };
        pybtexMisreads.TryGetValue(name, out var expectedDiffering);
        Assert.True(read - intact == expectedDiffering, $"{read - intact} of {read} entries read differently: {(parts.Length > 2 ? parts[2] : string.Empty)}");
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PaperTools.Diagnostics;
using PaperTools.Digests;

namespace PaperTools.Tests;

/// <summary>Paths to tests/Fixtures (copied beside the test assembly) and a one-call import that collects problems.</summary>
public static class Fixture
{
    public static string Path(params string[] parts)
        => System.IO.Path.Combine(new[] { AppContext.BaseDirectory, "Fixtures" }.Concat(parts).ToArray());

    /// <summary>The fixture files of a folder, without the README.md that says where they came from.</summary>
    public static IEnumerable<string> Files(string folder)
        => Directory.GetFiles(Path(folder)).Where(f => !System.IO.Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase));

    /// <summary>Every reader's fixture folder, one list for every judge of what the writers make of them.</summary>
    public static readonly string[] ReaderFolders =
    {
        "huggingface-html", "huggingface-json", "huggingface-paper", "arxiv-email", "arxiv-feed", "arxiv-feed-tex", "arxiv-rss1",
        "scholar", "biorxiv", "arxiv-oai", "pubmed", "semantic-scholar", "openalex", "ris", "csl-json",
    };

    /// <summary>
    /// The papers of every reader fixture that every writer takes, in a stable order. A RIS or CSL-JSON record
    /// with only creators, which those readers keep as Zotero does, gives a .bib nothing to cite it by.
    /// </summary>
    public static List<Paper> ReaderFixturePapers()
        => ReaderFolders.SelectMany(f => Files(f).OrderBy(x => x, StringComparer.Ordinal))
            .SelectMany(f => Import(f).Papers)
            .Where(p => p.IsPaper && PaperTools.Formats.Items.Citable(p))
            .ToList();

    public static string SharedDigest(string prefix)
        => Directory.GetFiles(Path("text"), prefix + "_*.txt").Single();

    public static (List<Paper> Papers, List<Problem> Problems) Import(string path, DigestImportOptions options = null)
    {
        var problems = new List<Problem>();
        var papers = new DigestImporter().Import(path, new DigestReadContext(options ?? new DigestImportOptions(), problems.Add)).ToList();
        return (papers, problems);
    }

    /// <summary>The papers of a .bib file, whatever problems it reports; fails when the file cannot be read.</summary>
    public static IReadOnlyList<Paper> BibPapers(string path)
    {
        var library = PaperTools.Formats.BibTeX.BibTeXLibrary.Read(path, _ => { });
        Xunit.Assert.NotNull(library);
        return library.Papers;
    }

    /// <summary>The paper of <paramref name="key"/> in the real .bib <paramref name="file"/> (bibtex/real).</summary>
    public static Paper RealBibPaper(string file, string key)
        => BibPapers(Path("bibtex", "real", file)).Single(p => p.CitationKey == key);

    /// <summary>A scratch file under the test run's temp folder, deleted with the folder.</summary>
    public static string TempFile(string name, byte[] content)
    {
        var dir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "papertools-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = System.IO.Path.Combine(dir, name);
        File.WriteAllBytes(path, content);
        return path;
    }
}

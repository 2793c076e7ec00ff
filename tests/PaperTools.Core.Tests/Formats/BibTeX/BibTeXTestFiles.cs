using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PaperTools.BibTeX;
using PaperTools.Formats.BibTeX;
using PaperTools.Diagnostics;
using PaperTools.Export;
using Xunit;

namespace PaperTools.Tests.BibTeX;

/// <summary>Exports to scratch .bib files and reads them back, failing the test on any unexpected problem.</summary>
internal static class BibTeXTestFiles
{
    public static string NewFolder()
    {
        var dir = Path.Combine(Path.GetTempPath(), "papertools-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }

    /// <summary>Writes <paramref name="papers"/> to <paramref name="path"/>; returns the plan carried out.</summary>
    public static PaperFilePlan<BibTeXEntry> Export(string path, IEnumerable<Paper> papers, BibTeXExportOptions options = null, bool append = false, List<Problem> problems = null)
    {
        var collected = problems ?? new List<Problem>();
        var exporter = new PaperFileExporter<BibTeXEntry>(new BibTeXFileFormat(options ?? new BibTeXExportOptions()), collected.Add);
        var plan = exporter.Plan(path, papers, append, noClobber: false, force: false, out var failure);
        Assert.True(failure == null, failure?.ToString());
        Assert.True(exporter.Commit(plan, force: false, out failure), failure?.ToString());
        if (problems == null) Assert.Empty(collected);
        return plan;
    }

    public static List<Paper> Import(string path)
    {
        var problems = new List<Problem>();
        var library = BibTeXLibrary.Read(path, problems.Add);
        Assert.Empty(problems);
        return library.Papers.ToList();
    }
}

#nullable enable
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PaperTools.BibTeX;
using PaperTools.Formats.BibTeX;
using PaperTools.Formats.CslJson;
using PaperTools.Diagnostics;
using PaperTools.Export;
using PaperTools.Formats.Ris;
using Xunit;

namespace PaperTools.Tests.Formats;

/// <summary>One paper through a format's writer and back through its reader, and crafted records read from text.</summary>
internal static class ItemFormats
{
    public static string Write(string format, Paper paper)
        => format == "ris"
            ? RisRecordWriter.Write(new KeyedPaper(paper, "k"), "\r\n")
            : "[\n" + CslItemWriter.Write(new KeyedPaper(paper, "k"), 2, "\n") + "\n]\n";

    public static Paper Through(string format, Paper paper)
    {
        var (papers, problems) = Read(format, Write(format, paper));
        Assert.Empty(problems);
        return Assert.Single(papers);
    }

    public static (List<Paper> Papers, List<Problem> Problems) Read(string format, string text)
        => Fixture.Import(Fixture.TempFile(format == "ris" ? "item.ris" : format == "bib" ? "item.bib" : "item.json",
            Encoding.UTF8.GetBytes(text)));

    /// <summary>
    /// A paper written to a .bib in <paramref name="dialect"/> (as Export-PaperBibTeX writes it), the entry's text and
    /// the paper read back; the warnings the writer gave go to <paramref name="problems"/>.
    /// </summary>
    public static (string Text, Paper Back) ThroughBib(Paper paper, BibTeXDialect dialect,
        List<Problem>? problems = null)
    {
        var path = System.IO.Path.Combine(Tests.BibTeX.BibTeXTestFiles.NewFolder(), "item.bib");
        Tests.BibTeX.BibTeXTestFiles.Export(path, new[] { paper }, new BibTeXExportOptions { Dialect = dialect },
            problems: problems ?? new List<Problem>());
        return (System.IO.File.ReadAllText(path), Assert.Single(Tests.BibTeX.BibTeXTestFiles.Import(path)));
    }

    public static Paper ReadBib(string text)
        => Assert.Single(Fixture.BibPapers(Fixture.TempFile("entry.bib", Encoding.UTF8.GetBytes(text))));
}

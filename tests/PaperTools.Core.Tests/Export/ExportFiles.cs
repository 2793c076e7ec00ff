using System.Collections.Generic;
using System.IO;
using System.Linq;
using PaperTools.Formats;
using PaperTools.Formats.CslJson;
using PaperTools.Diagnostics;
using PaperTools.Export;
using PaperTools.Formats.Ris;
using PaperTools.Tests.BibTeX;
using Xunit;

namespace PaperTools.Tests.Export;

/// <summary>Writing test files with the RIS and CSL-JSON exporters, and the paper sets the judges see.</summary>
internal static class ExportFiles
{
    public static RecordFileFormat FormatNamed(string name) => name == "ris" ? (RecordFileFormat)new RisFileFormat() : new CslJsonFileFormat();

    public static string Extension(string format) => format == "ris" ? ".ris" : ".json";

    /// <summary>The five shared digests, every reader fixture (all shapes), the crafted papers and the hostile ones.</summary>
    public static List<Paper> Papers(string source)
        => source == "fixtures"
            ? Fixture.ReaderFixturePapers()
            : BibTeXRoundTripTests.Papers(source);

    public static PaperFilePlan<KeyedPaper> Export(string path, IEnumerable<Paper> papers, string format, bool append = false, List<Problem> problems = null, List<Problem> targetProblems = null)
    {
        var exporter = new PaperFileExporter<KeyedPaper>(FormatNamed(format), p => problems?.Add(p), p => targetProblems?.Add(p));
        var plan = exporter.Plan(path, papers, append, noClobber: false, force: false, out var failure);
        Assert.True(plan != null, failure?.ToString());
        Assert.True(exporter.Commit(plan, force: false, out failure), failure?.ToString());
        return plan;
    }

    public static string NewFile(string format) => Path.Combine(BibTeXTestFiles.NewFolder(), "library" + Extension(format));

    /// <summary>
    /// A text as the format can carry it: RIS is plain text, so its writer turns control characters (and Unicode line
    /// separators) into spaces; CSL-JSON escapes them and keeps them.
    /// </summary>
    public static string Carried(string format, string text)
        => Whitespace.Collapse(format == "ris" && text != null ? System.Text.RegularExpressions.Regex.Replace(text, "[\\p{Cc}\u2028\u2029]", " ") : text);

    /// <summary>
    /// A paper's text as the format carries it (<see cref="Carried(string, string)"/>), inline math of text read from
    /// TeX as the writers render it: for a CSL-JSON title the words of its rich text.
    /// </summary>
    public static string Carried(string format, Paper paper, string text, bool title = false)
    {
        if (!Items.HoldsTex(paper)) return Carried(format, text);
        return Carried(format, format == "csl" && title
            ? CslRichText.Plain(MathText.ToRichText(text, words => CslRichText.Escape(words)))
            : MathText.ToPlain(text));
    }

    /// <summary>The words of a name, whatever order and split a tool gives them: "Vaswani, Ashish" and {given: Ashish, family: Vaswani} agree.</summary>
    public static string NameWords(string name)
        => string.Join(" ", (name ?? string.Empty).Split(new[] { ' ', ',' }, System.StringSplitOptions.RemoveEmptyEntries).OrderBy(w => w, System.StringComparer.Ordinal));
}

#nullable enable
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using PaperTools.Formats.BibTeX;
using PaperTools.Tests.BibTeX;
using Xunit;

namespace PaperTools.Tests.Export;

/// <summary>
/// An entry read from a .bib is written to RIS and CSL-JSON with what it inherits, as biber resolves it (checked
/// against `biber --tool --output-resolve` of the same files): the fields of its crossref parent it lacks, the
/// parent's title as its booktitle, and every field of the @xdata entries it names (by key or by an ids alias).
/// The parent's own identifiers (doi, url) stay the parent's, and a child's own date stays whole.
/// </summary>
public class InheritedFieldsTests
{
    private static readonly string Real = Fixture.Path("bibtex", "real");

    // JabRef's DBLP pair: the paper names its proceedings by crossref, which hold the editors, publisher and ISBN.
    [Fact]
    public void AProceedingsPaperTakesItsProceedingsEditorsPublisherAndIsbn()
    {
        var item = CslItem("jabref-crossref.bib", "DBLP:conf/wicsa/ZimmermannWKG15");
        Assert.Equal(new[] { "Bass", "Lago", "Kruchten" },
            item.GetProperty("editor").EnumerateArray().Select(e => e.GetProperty("family").GetString()));
        Assert.Equal("IEEE Computer Society", item.GetProperty("publisher").GetString());
        Assert.Equal("978-1-4799-1922-2", item.GetProperty("ISBN").GetString());
        Assert.Equal("10.1109/WICSA.2015.29", item.GetProperty("DOI").GetString());
        Assert.Equal("http://dx.doi.org/10.1109/WICSA.2015.29", item.GetProperty("URL").GetString());

        var record = RisRecord("jabref-crossref.bib", "DBLP:conf/wicsa/ZimmermannWKG15");
        Assert.Equal(new[] { "Bass, Len", "Lago, Patricia", "Kruchten, Philippe" }, Tag(record, "A2"));
        Assert.Equal(new[] { "IEEE Computer Society" }, Tag(record, "PB"));
        Assert.Equal(new[] { "10.1109/WICSA.2015.29" }, Tag(record, "DO"));
        Assert.DoesNotContain("ieeexplore", record);
    }

    // biblatex's examples: @incollection{westfahl:space} names @collection{westfahl:frontier}, which comes after it.
    [Fact]
    public void AChapterTakesItsCollectionsTitleAsItsContainerAndKeepsItsOwnDate()
    {
        var item = CslItem("biblatex-biblatex-examples.bib", "westfahl:space");
        Assert.Equal("Space and Beyond", item.GetProperty("container-title").GetString());
        Assert.Equal("Greenwood", item.GetProperty("publisher").GetString());
        Assert.Equal("Westport, Conn. and London", item.GetProperty("publisher-place").GetString());
        Assert.Equal("Westfahl", Assert.Single(item.GetProperty("editor").EnumerateArray().ToList())
            .GetProperty("family").GetString());
        Assert.Equal(2000, item.GetProperty("issued").GetProperty("date-parts")[0][0].GetInt32());
    }

    // biber's xdata tests: xd1 names "macmillanalias", the ids alias of @xdata{macmillan}, which names two more.
    [Fact]
    public void XdataIsInheritedThroughAliasesAndChains()
    {
        var xd1 = CslItem("biber-xdata.bib", "xd1");
        Assert.Equal("Macmillan", xd1.GetProperty("publisher").GetString());
        Assert.Equal("New York and London", xd1.GetProperty("publisher-place").GetString());
        Assert.Equal("A Note", xd1.GetProperty("note").GetString());
        // xd2 states its own publisher; its xdata lends only the place and the note.
        var xd2 = CslItem("biber-xdata.bib", "xd2");
        Assert.Equal("Routledge", xd2.GetProperty("publisher").GetString());
        Assert.Equal("New York and London", xd2.GetProperty("publisher-place").GetString());
    }

    // xd3's xdata chain loops back on itself (loop -> loop:2 -> loop:3 -> loop): each entry is drawn on once.
    [Fact]
    public void AnXdataLoopEndsAndTheEntryIsWritten()
    {
        var xd3 = CslItem("biber-xdata.bib", "xd3");
        Assert.Equal("Note", xd3.GetProperty("note").GetString());
        Assert.Equal(1923, xd3.GetProperty("issued").GetProperty("date-parts")[0][0].GetInt32());
    }

    // What the user changed since reading stays as changed; the inherited fields still come along.
    [Fact]
    public void AChangedPropertyIsWrittenAsChanged()
    {
        var papers = Fixture.BibPapers(Path.Combine(Real, "jabref-crossref.bib")).ToList();
        var paper = papers.Single(p => p.CitationKey == "DBLP:conf/wicsa/ZimmermannWKG15");
        paper.Venue = "WICSA 2015";
        var item = CslItems(papers)["DBLP:conf/wicsa/ZimmermannWKG15"];
        Assert.Equal("WICSA 2015", item.GetProperty("container-title").GetString());
        Assert.Equal("IEEE Computer Society", item.GetProperty("publisher").GetString());
    }

    // Writing the resolved record leaves the paper as read: its entry, which the .bib export writes, lacks the fields.
    [Fact]
    public void ThePaperKeepsItsEntryAsWritten()
    {
        var source = Path.Combine(Real, "jabref-crossref.bib");
        var papers = Fixture.BibPapers(source).ToList();
        var child = papers.Single(p => p.CitationKey == "DBLP:conf/wicsa/ZimmermannWKG15");
        var text = child.Entry!.Text;
        Assert.True(CslItems(papers)[child.CitationKey!].TryGetProperty("editor", out _));
        Assert.Null(child.Fields["editor"]);
        Assert.Equal(text, child.Entry.Text);
        Assert.Contains(text, File.ReadAllText(source));
    }

    // What an entry states once resolved, item by item; the identifiers and a stated date are left apart above.
    private static readonly string[] Resolved =
    {
        "editor", "translator", "publisher", "publisher-place", "ISBN", "container-title", "volume",
        "number-of-volumes", "collection-title", "edition", "note", "language", "issued",
    };

    // Where biber and the item part, each for a reason of its own: bibtex's keys are case-insensitive, biber's are
    // not ({WHOLE-JOURNAL} names @article{whole-journal} to bibtex only); the parser drops the leading space of
    // a macro's value ("Annual" # STOC, its own venue too).
    private static readonly (string File, string Key, string Variable)[] KnownApart =
    {
        ("bibtex-tidy-example.bib", "article-crossref", "container-title"),
        ("bibtex-tidy-example.bib", "article-crossref", "volume"),
        ("bibtex-tidy-example.bib", "article-crossref", "issued"),
        ("bibtex-tidy-example.bib", "inproceedings-crossref", "container-title"),
    };

    // biber as judge: each entry that names a crossref or xdata is written as the entry biber resolves is.
    [Theory]
    [InlineData("jabref-crossref.bib")]
    [InlineData("biblatex-biblatex-examples.bib")]
    [InlineData("bibtex-tidy-example.bib")]
    [InlineData("biber-tool.bib")]
    [InlineData("biber-examples.bib")]
    [InlineData("zotero-better-bibtex-bbt_does_not_import_groups_from_jabref_5.1__1641.bib")]
    public void EachChildIsWrittenAsBiberResolvesIt(string file)
    {
        var source = Path.Combine(Real, file);
        var folder = BibTeXTestFiles.NewFolder();
        var resolvedPath = Path.Combine(folder, "resolved.bib");
        var (exit, output, errors) = ExternalTool.Run("biber", "biber", folder, "--tool", "--output-resolve",
            "--output-file=" + resolvedPath, source);
        Assert.True(exit == 0, $"biber exited with {exit}:\n{output}\n{errors}");
        var papers = Fixture.BibPapers(source);
        var children = papers.Where(p => (p.Fields["crossref"] != null || p.Fields["xdata"] != null)
            && BibTeXMapping.NotAWork(p.EntryType) == null).Select(p => p.CitationKey!).ToList();
        Assert.NotEmpty(children);
        var ours = CslItems(papers);
        var biber = CslItems(Fixture.BibPapers(resolvedPath));
        var compared = 0;
        foreach (var key in children)
            foreach (var variable in Resolved.Where(v => !KnownApart.Contains((file, key, v))))
            {
                var (written, resolved) = (Text(ours[key], variable), Text(biber[key], variable));
                Assert.True(written == resolved, $"{key} {variable}: {written} written, biber resolves {resolved}");
                compared += resolved == null ? 0 : 1;
            }
        Assert.True(compared > children.Count, "the children state inherited values");
    }

    // A variable's JSON; the note's parts as a set, where the fields no mapping reads (kept as "BibTeX:name: value")
    // follow the entry's field order, which biber's resolved file does not keep, and a name list is given as
    // written, where biber writes it "Family, Given".
    private static string? Text(JsonElement item, string variable)
    {
        if (!item.TryGetProperty(variable, out var value)) return null;
        if (variable != "note") return value.GetRawText();
        return string.Join("; ", value.GetString()!.Split("; ")
            .Where(part => !part.StartsWith("BibTeX:bookauthor: ", System.StringComparison.Ordinal))
            .OrderBy(part => part, System.StringComparer.Ordinal));
    }

    private static JsonElement CslItem(string file, string key)
        => CslItems(Fixture.BibPapers(Path.Combine(Real, file)))[key];

    private static Dictionary<string, JsonElement> CslItems(IEnumerable<Paper> papers)
    {
        var plan = ExportFiles.Export(ExportFiles.NewFile("csl"), papers, "csl");
        using var document = JsonDocument.Parse(File.ReadAllText(plan.Target));
        return document.RootElement.EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!,
            i => i.Clone());
    }

    private static string RisRecord(string file, string key)
    {
        var plan = ExportFiles.Export(ExportFiles.NewFile("ris"), Fixture.BibPapers(Path.Combine(Real, file)), "ris");
        return File.ReadAllText(plan.Target).Split("ER  - ").Single(r => r.Contains($"ID  - {key}\r\n"));
    }

    private static IEnumerable<string> Tag(string record, string tag)
        => record.Split("\r\n").Where(l => l.StartsWith(tag + "  - ")).Select(l => l.Substring(6));
}

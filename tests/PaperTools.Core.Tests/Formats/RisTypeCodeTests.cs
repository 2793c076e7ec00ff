#nullable enable
using System.Linq;
using Xunit;

namespace PaperTools.Tests.Formats;

/// <summary>
/// RIS written from real .bib entries as Zotero's BibTeX import reads them (BibTeX.js, RIS.js): a @video is a video
/// recording (TY VIDEO, which Zotero reads as one; MPCT would be a film), and a report's number is SN, Zotero's
/// report number there (M1 it leaves aside); both read back as written.
/// </summary>
public class RisTypeCodeTests
{
    [Fact]
    public void AVideoEntryIsWrittenAsAVideoRecording()
    {
        var file = Fixture.Path("bibtex", "real",
            "zotero-better-bibtex-import_error_with_character_____in_bibtex_field_name__2660.bib");
        var papers = Fixture.BibPapers(file);
        var video = papers.First(p => p.Title == "The Year We Thought About Love");
        Assert.Equal("VIDEO", video.EntryType, ignoreCase: true);
        var text = ItemFormats.Write("ris", video);
        Assert.StartsWith("TY  - VIDEO\r\n", text);
        var back = ItemFormats.Through("ris", video);
        Assert.Equal("motion_picture", back.Item?.Type);
        Assert.Equal(text, ItemFormats.Write("ris", back));
        // A @movie stays a film.
        var movie = ItemFormats.ReadBib("@movie{m, title = {A Film}, year = {2001}}");
        Assert.StartsWith("TY  - MPCT\r\n", ItemFormats.Write("ris", movie));
    }

    [Fact]
    public void AReportNumberIsWrittenInSn()
    {
        var papers = Fixture.BibPapers(Fixture.Path("bibtex", "real", "biblatex-biblatex-examples.bib"));
        var report = papers.Single(p => p.CitationKey == "chiu");
        var text = ItemFormats.Write("ris", report);
        Assert.StartsWith("TY  - RPRT\r\n", text);
        Assert.Contains("SN  - RC-6947\r\n", text);
        Assert.DoesNotContain("M1  - ", text);
        var back = ItemFormats.Through("ris", report);
        Assert.Equal("RC-6947", back.Item?["number"]);
        Assert.Equal(text, ItemFormats.Write("ris", back));
    }
}

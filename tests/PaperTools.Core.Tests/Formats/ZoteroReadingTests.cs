#nullable enable
using System.Collections.Generic;
using System.Linq;
using PaperTools.BibTeX;
using PaperTools.Formats;
using PaperTools.Formats.BibTeX;
using Xunit;

namespace PaperTools.Tests.Formats;

/// <summary>
/// The item model reads real records as Zotero's importer reads them (its BibTeX.js and RIS.js, the judge of
/// tests/Tools/zotero-judge), so that what PaperTools writes of them Zotero reads back alike.
/// </summary>
public class ZoteroReadingTests
{
    private static Paper Entry(string file, string key) => Fixture.RealBibPaper(file, key);

    private static Paper Record(string file, int index)
        => Fixture.Import(Fixture.Path("ris", "real", file)).Papers[index];

    [Theory]
    [InlineData("mastersthesis-minimal", "Master's Thesis")]
    [InlineData("phdthesis-minimal", "PhD Thesis")]
    [InlineData("mastersthesis-full", "Master's project")]
    public void AThesisIsNamedByItsEntryTypeUnlessItsTypeFieldNamesIt(string key, string genre)
    {
        var item = BibTeXMapping.Read(Entry("bibtex-tidy-example.bib", key));
        Assert.Equal("thesis", item?.Type);
        Assert.Equal(genre, item?["genre"]);
    }

    [Fact]
    public void AMiscEntryIsADocumentAndLangidIsNotTheLanguage()
    {
        Assert.Equal("document", BibTeXMapping.Read(Entry("bibtex-tidy-example.bib", "misc-minimal"))?.Type);
        var westfahl = Entry("biblatex-biblatex-examples.bib", "westfahl:space");
        Assert.NotNull(westfahl.Fields["langid"]);
        Assert.Null(BibTeXMapping.Read(westfahl)?["language"]);
    }

    [Fact]
    public void ADoubleHyphenPageRangeIsAnEnDashAndRisKeepsItWhole()
    {
        var paper = Entry("jabref-complex.bib", "1102917");
        Assert.Equal("357\u2013367", BibTeXMapping.Read(paper)?["page"]);
        var ris = ItemFormats.Write("ris", paper);
        Assert.Contains("SP  - 357\u2013367\r\n", ris);
        Assert.DoesNotContain("EP  - ", ris);
        Assert.Equal("357\u2013367", ItemFormats.Through("ris", paper).Item?["page"]);
    }

    // Zotero's BibTeX import reads a book's pages as its number of pages, as its RIS import reads a book's SP and its
    // CSL-JSON import number-of-pages: a collection's range whole in SP, where Zotero reads no EP (and its own RIS
    // export writes it so), and read back from there as the number of pages.
    [Fact]
    public void ABooksPagesAreItsNumberOfPagesInSPAndNumberOfPages()
    {
        var cite = Fixture.BibPapers(Fixture.Path("bibtex", "real", "jabref-citavixmlimportertest3.bib"))
            .Single(p => p.Title == "Cite them right");
        Assert.Equal("120", BibTeXMapping.Read(cite)?["number-of-pages"]);
        Assert.Null(BibTeXMapping.Read(cite)?["page"]);
        Assert.Contains("SP  - 120\r\n", ItemFormats.Write("ris", cite));
        Assert.Contains("\"number-of-pages\": \"120\"", ItemFormats.Write("csl", cite));
        var collection = Entry("biblatex-biblatex-examples.bib", "matuz:doody");
        Assert.Equal("book", BibTeXMapping.Read(collection)?.Type);
        var ris = ItemFormats.Write("ris", collection);
        Assert.Contains("SP  - 204-208\r\n", ris);
        Assert.DoesNotContain("EP  - ", ris);
        Assert.DoesNotContain("N1  - page", ris);
        Assert.DoesNotContain("N1  - number-of-pages", ris);
        Assert.Equal("204-208", ItemFormats.Through("ris", collection).Item?["number-of-pages"]);
    }

    // A .bib's names in the parts bibtex (and Zotero's BibTeX import) reads: a braced name is one literal, an
    // unbraced one a person's whatever its words, and "Last, Jr, First" is written in RIS's order, "Last, First, Jr",
    // which Zotero reads as the given name "First, Jr" it reads from the .bib.
    [Fact]
    public void ABibsNamesAreWrittenInTheirBibTeXParts()
    {
        var institutions = Entry("zotero-better-bibtex-import_error_with_character_____in_bibtex_field_name__2660.bib",
            "9.8:2");
        var ris = ItemFormats.Write("ris", institutions);
        Assert.Contains("AU  - American Psychological Association\r\nAU  - National Institutes of Health\r\n", ris);
        Assert.Contains("\"literal\": \"National Institutes of Health\"", ItemFormats.Write("csl", institutions));
        var who = Entry("jabref-testjabref.bib", "Organization2020");
        Assert.Contains("AU  - Organization, World Health\r\nAU  - others\r\n", ItemFormats.Write("ris", who));
        var csl = ItemFormats.Write("csl", who);
        Assert.Contains("\"family\": \"Organization\"", csl);
        Assert.Contains("\"given\": \"World Health\"", csl);
        var suffixed = ItemFormats.Write("ris", Entry("jabref-complex.bib", "10250999"));
        Assert.Contains("AU  - von Hippel, Eric\r\nAU  - Reagle, Joseph M., Jr.\r\nAU  - Sherry, Jr., John F.\r\n"
            + "AU  - van den Huevel, Johan A, Jr.\r\n", suffixed);
    }

    // A name that states more than two commas (biblatex's extended "family=..., given=..." form, which Zotero's BibTeX
    // import does not read) keeps its middle parts, ", " between, as Zotero joins them.
    [Fact]
    public void ANameWithMoreCommasKeepsItsMiddleParts()
    {
        var things = Fixture.BibPapers(Fixture.Path("bibtex", "real", "biber-examples.bib"))
            .First(p => p.Authors.Any(a => a.StartsWith("useprefix=true", System.StringComparison.Ordinal)));
        Assert.Contains("AU  - useprefix=true, family=Rabble, given=Richard, prefix=von\r\n",
            ItemFormats.Write("ris", things));
    }

    // JabRef's conference papers state the conference's location beside the publisher's address: Zotero's BibTeX
    // import takes the address as the place, so the location is the event's place (a RIS note, CSL event-place).
    [Fact]
    public void AnAddressIsThePlaceWhereAnEntryStatesALocationToo()
    {
        var paper = Entry("jabref-complex.bib", "1137631");
        var item = BibTeXMapping.Read(paper);
        Assert.Equal("New York, NY, USA", item?["publisher-place"]);
        Assert.Equal("Shanghai, China", item?["event-place"]);
        var ris = ItemFormats.Write("ris", paper);
        // CY, or C1 where the writer gives a conference paper's place as Zotero's RIS import reads it.
        Assert.Matches(@"(?:CY|C1)  - New York, NY, USA\r\n", ris);
        Assert.Contains("N1  - event-place: Shanghai, China\r\n", ris);
        Assert.Contains("\"publisher-place\": \"New York, NY, USA\"", ItemFormats.Write("csl", paper));
        var located = ItemFormats.ReadBib("@book{k, title = {T}, location = {Berlin}}\n");
        Assert.Equal("Berlin", BibTeXMapping.Read(located)?["publisher-place"]);
    }

    // APA's examples as Better BibTeX's issue 2660 gives them: a thesis with a publisher beside its institution (Zotero
    // takes the publisher), a report with an issue beside its number (Zotero reads number as the report's number). The
    // field not taken is kept by name in the note, not dropped.
    [Fact]
    public void ASecondFieldForOneVariableIsKeptInTheNote()
    {
        const string file = "zotero-better-bibtex-import_error_with_character_____in_bibtex_field_name__2660.bib";
        var thesis = Entry(file, "10.6:65");
        var item = BibTeXMapping.Read(thesis);
        Assert.Equal("ProQuest Dissertations and Theses Global", item?["publisher"]);
        var ris = ItemFormats.Write("ris", thesis);
        Assert.Contains("PB  - ProQuest Dissertations and Theses Global\r\n", ris);
        Assert.Contains("N1  - BibTeX:institution: University of Wisconsin\u2013Madison\r\n", ris);
        Assert.Contains("\"note\": \"BibTeX:institution: University of Wisconsin\u2013Madison\"",
            ItemFormats.Write("csl", thesis));
        var report = BibTeXMapping.Read(Entry(file, "10.4:52"));
        Assert.Equal("10, Issue 260", report?["number"]);
        Assert.Equal("Vital and Health Statistics Series", report?["issue"]);
    }

    [Fact]
    public void APatentsA2IsNotAnEditorAndIsWrittenBackAsA2()
    {
        var patent = Record("zotero-translators-RIS-case02.ris", 0);
        Assert.Equal("patent", patent.Item?.Type);
        Assert.Empty(patent.Item!.Creators);
        var ris = ItemFormats.Write("ris", patent);
        Assert.Contains("A2  - Epitope,I.\r\n", ris);
        Assert.DoesNotContain("ED  - ", ris);
    }

    // Zotero reads a patent's A2 as its issuing authority and M1 as its application number (CSL authority and
    // call-number, as Zotero's CSL mapping names them); written back in the same tags.
    [Fact]
    public void APatentsA2AndM1AreItsAuthorityAndApplicationNumber()
    {
        var patent = Record("zotero-translators-RIS-case02.ris", 0);
        Assert.Equal("Epitope,I.", patent.Item?["authority"]);
        Assert.Equal("G01N 33/569 G01N 33/577", patent.Item?["call-number"]);
        Assert.Null(patent.Item?["number"]);
        Assert.Contains("M1  - G01N 33/569 G01N 33/577\r\n", ItemFormats.Write("ris", patent));
        var csl = ItemFormats.Write("csl", patent);
        Assert.Contains("\"authority\": \"Epitope,I.\"", csl);
        Assert.Contains("\"call-number\": \"G01N 33/569 G01N 33/577\"", csl);
        Assert.Equal(patent.Item!.Variables, ItemFormats.Through("ris", patent).Item?.Variables);
    }

    [Fact]
    public void AJournalGivenOnlyAsJoIsAlsoItsAbbreviationWrittenAsZoteroReadsIt()
    {
        var article = Record("zotero-translators-RIS-case01.ris", 0);
        Assert.Equal("J.Neurosurg.", article.Venue);
        Assert.Equal("J.Neurosurg.", article.Item?["container-title-short"]);
        Assert.Contains("J2  - J.Neurosurg.\r\n", ItemFormats.Write("ris", article));
        Assert.Contains("\"journalAbbreviation\": \"J.Neurosurg.\"", ItemFormats.Write("csl", article));
        Assert.Equal("J.Neurosurg.", ItemFormats.Through("csl", article).Item?["container-title-short"]);
    }

    [Fact]
    public void ABooksT2IsItsSeriesAndCitavisFirstHoldingItsCatalogAndCallNumber()
    {
        var book = Record("zotero-translators-RIS-case07.ris", 0);
        Assert.Null(book.Venue);
        Assert.Equal("Bibliothek des Eigentums", book.Item?["collection-title"]);
        Assert.Equal("UB Mannheim", book.Item?["source"]);
        Assert.Equal("300 QN 100 D419", book.Item?["call-number"]);
        var ris = ItemFormats.Write("ris", book);
        Assert.Contains("T3  - Bibliothek des Eigentums\r\n", ris);
        Assert.Contains("CN  - 300 QN 100 D419\r\n", ris);
        Assert.Contains("H1  - UB Leipzig\r\nH2  - PL 415 D419\r\n", ris);
        Assert.DoesNotContain("T2  - ", ris);
        Assert.Equal(ris, ItemFormats.Write("ris", ItemFormats.Through("ris", book)));
    }

    [Fact]
    public void ABooksM1IsItsSeriesNumberAndItsOtherNumberANote()
    {
        var item = new BibItem { Type = "book" };
        item["collection-number"] = "12";
        item["number"] = "A-7";
        var ris = ItemFormats.Write("ris", new Paper { Title = "A book", Item = item });
        Assert.Contains("M1  - 12\r\n", ris);
        Assert.Contains("N1  - number: A-7\r\n", ris);
        Assert.Equal("12", ItemFormats.Through("ris", new Paper { Title = "A book", Item = item }).Item?["collection-number"]);
    }

    [Fact]
    public void TheDeprecatedY1YieldsToDa()
    {
        var record = Record("zotero-translators-RIS-case08.ris", 0);
        Assert.Equal(1950, record.Year);
        Assert.Equal(new System.DateTime(1950, 1, 1), record.Published);
    }

    [Fact]
    public void ProCitesAuthorNotesAreCreatorsAndAOneStringNameStaysWhole()
    {
        var article = Record("zotero-translators-RIS-case05.ris", 20);
        Assert.Equal(new[] { new BibCreator("editor", "Author, Monographic") }, article.Item?.Creators);
        Assert.DoesNotContain("Author, Monographic", ItemFormats.Write("ris", article).Split("N1  - ").Skip(1));
        var book = Record("zotero-translators-RIS-case05.ris", 6);
        Assert.Equal(new[] { "Monographic Author" }, book.Authors);
        Assert.Contains("AU  - Monographic Author\r\n", ItemFormats.Write("ris", book));
    }

    // ProCite's every-type export (case05): the fields it writes as "N1  - Label: value" notes are read as Zotero's
    // RIS import reads them, so that Zotero reads the .bib and RIS written of them alike.
    [Fact]
    public void ProCitesFieldNotesAreTheFieldsTheyName()
    {
        var chapter = Record("zotero-translators-RIS-case05.ris", 3);
        Assert.Equal(("Edition", "Volume ID", "Series Title", "Series Volume Identification"),
            (chapter.Item?["edition"], chapter.Item?["volume"], chapter.Item?["collection-title"],
                chapter.Item?["collection-number"]));
        Assert.Equal("40", chapter.CitationKey);
        Assert.Null(chapter.Item?["issue"]);
        var (bib, _) = ItemFormats.ThroughBib(chapter, BibTeXDialect.BibTeX);
        Assert.Contains("  volume        = {Volume ID},\n", bib);
        Assert.Contains("  edition       = {Edition},\n", bib);
        Assert.Contains("  series        = {Series Title},\n", bib);
        Assert.Contains("RIS:N1: Issue ID: Issue ID", bib);
        var ris = ItemFormats.Write("ris", chapter);
        Assert.Contains("VL  - Volume ID\r\n", ris);
        Assert.DoesNotContain("N1  - Volume ID", ris);
        Assert.DoesNotContain("Record ID", ris);

        var paper = Record("zotero-translators-RIS-case05.ris", 10);
        Assert.Equal(("Proceedings Title", "ISBN"), (paper.Venue, paper.Item?["ISBN"]));
        var book = Record("zotero-translators-RIS-case05.ris", 7);
        Assert.Equal(("Edition", "Volume ID", "Series Volume ID"),
            (book.Item?["edition"], book.Item?["volume"], book.Item?["collection-number"]));
        var bill = Record("zotero-translators-RIS-case05.ris", 0);
        Assert.Equal(("Code", "Bill/Res Number", "Section(s)"), (bill.Venue, bill.Item?["number"], bill.Item?["section"]));
        Assert.Contains("OP  - History\r\n", ItemFormats.Write("ris", bill));
    }

    // Zotero reads a patent's PB as its assignee; its BibTeX import reads assignee, language and pages of a @patent,
    // which classic BibTeX writes (biblatex's @patent has none of them: there they stay in the note).
    // CSL's issue of a patent is its priority numbers to Zotero, which its RIS import reads from OP (EndNote's
    // "Priority Numbers", RIS case03): read and written there. Reference Manager (case02) and ProCite (case05) give
    // the patent number in IS, which Zotero's RIS import keeps as a note: kept by name, written back as IS, and never
    // as CSL's issue (Zotero's CSL-JSON import would read it as the priority numbers).
    [Theory]
    [InlineData("zotero-translators-RIS-case02.ris", 0, "4,904,581", null)]
    [InlineData("zotero-translators-RIS-case05.ris", 30, "Patent Number", null)]
    [InlineData("zotero-translators-RIS-case03.ris", 39, null, "Priority Numbers")]
    public void APatentsOpIsItsPriorityNumbersAndItsIsIsKeptByName(string file, int index, string? number,
        string? priority)
    {
        var patent = Record(file, index);
        Assert.Equal("patent", patent.Item?.Type);
        Assert.Equal(priority, patent.Item?["issue"]);
        Assert.Equal(number, patent.Item?.Unknown.SingleOrDefault(u => u.Key == "RIS:IS").Value);
        var ris = ItemFormats.Write("ris", patent);
        Assert.Equal(number != null, ris.Contains("IS  - " + number + "\r\n"));
        Assert.Equal(priority != null, ris.Contains("OP  - " + priority + "\r\n"));
        Assert.Equal(ris, ItemFormats.Write("ris", ItemFormats.Through("ris", patent)));
        var csl = ItemFormats.Write("csl", patent);
        Assert.Equal(priority != null, csl.Contains("\"issue\": \"" + priority + "\""));
        Assert.Equal(number != null, csl.Contains("RIS:IS: " + number));
        Assert.DoesNotContain("RIS:OP", csl);
    }

    // Zotero's RIS import keeps a name without a comma in one field (ProCite's "Monographic Author", RIS case05), as
    // its CSL-JSON import keeps a literal: a CSL literal and a braced .bib name, read back whole.
    [Fact]
    public void ARisNameWithoutACommaStaysWholeInCslAndBibTeX()
    {
        var chapter = Record("zotero-translators-RIS-case05.ris", 3);
        Assert.Equal("chapter", chapter.Item?.Type);
        Assert.Contains(new BibCreator("editor", "Monographic Author"), chapter.Item!.Creators);
        var csl = ItemFormats.Write("csl", chapter);
        Assert.Contains("\"literal\": \"Monographic Author\"", csl);
        Assert.DoesNotContain("\"given\": \"Monographic\"", csl);
        var back = ItemFormats.Through("csl", chapter);
        Assert.Equal(csl, ItemFormats.Write("csl", back));
        Assert.Contains("A2  - Monographic Author\r\n", ItemFormats.Write("ris", back));
        var (bib, _) = ItemFormats.ThroughBib(chapter, BibTeXDialect.BibLaTeX);
        Assert.Contains("  editor        = {{Monographic Author}},", bib);
        Assert.Contains("  author        = {Author Name, Author2 Name2},", bib);
    }

    // Zotero's RIS import reads a computer program's or dataset's ET as its version (CSL version), not an edition.
    [Theory]
    [InlineData(12, "software")]
    [InlineData(15, "dataset")]
    public void AProgramsOrDatasetsEtIsItsVersion(int index, string type)
    {
        var record = Record("zotero-translators-RIS-case03.ris", index);
        Assert.Equal(type, record.Item?.Type);
        Assert.Equal(("Version", null), (record.Item?["version"], record.Item?["edition"]));
        var ris = ItemFormats.Write("ris", record);
        Assert.Contains("ET  - Version\r\n", ris);
        Assert.Equal(ris, ItemFormats.Write("ris", ItemFormats.Through("ris", record)));
        var csl = ItemFormats.Write("csl", record);
        Assert.Contains("\"version\": \"Version\"", csl);
        Assert.DoesNotContain("\"edition\"", csl);
        Assert.Contains("  version       = {Version},", ItemFormats.ThroughBib(record, BibTeXDialect.BibLaTeX).Text);
    }

    [Fact]
    public void APatentsAssigneeLanguageAndPagesAreFieldsInClassicBibTeX()
    {
        var patent = Record("zotero-translators-RIS-case02.ris", 0);
        var (bibtex, back) = ItemFormats.ThroughBib(patent, BibTeXDialect.BibTeX);
        Assert.StartsWith("@patent{", bibtex);
        Assert.Contains("  assignee      = {4,629,783},\n", bibtex);
        Assert.DoesNotContain("publisher: ", bibtex);
        Assert.Equal("4,629,783", BibTeXMapping.Read(back)?["publisher"]);
        var (biblatex, _) = ItemFormats.ThroughBib(patent, BibTeXDialect.BibLaTeX);
        Assert.DoesNotContain("assignee", biblatex);
        Assert.Contains("publisher: 4,629,783", biblatex);

        var procite = Record("zotero-translators-RIS-case05.ris", 30);
        var (text, _) = ItemFormats.ThroughBib(procite, BibTeXDialect.BibTeX);
        Assert.Contains("  language      = {Language},\n", text);
        Assert.Contains("  pages         = {Abstract Journal Page(s)},\n", text);
    }

    // EndNote's grant (a journal article to Zotero) names its journal only by J2: Zotero takes it as the journal too.
    [Fact]
    public void AJournalArticleNamedOnlyByItsAbbreviationHasItAsItsJournal()
    {
        var grant = Record("zotero-translators-RIS-case03.ris", 27);
        Assert.Equal(("Periodical Title", "Periodical Title"), (grant.Venue, grant.Item?["container-title-short"]));
        var (bib, _) = ItemFormats.ThroughBib(grant, BibTeXDialect.BibTeX);
        Assert.Contains("  journal       = {Periodical Title},\n", bib);
        Assert.Contains("  shortjournal  = {Periodical Title},\n", bib);
        var (book, _) = ItemFormats.Read("ris", "TY  - BOOK\r\nTI  - A book\r\nJ2  - Abbr.\r\nER  - \r\n");
        Assert.Null(Assert.Single(book).Venue);
    }

    // EndNote's conference paper: C1 is where the proceedings were published (Zotero's place), CY the conference's
    // location; ProCite gives the place in CY alone, which Zotero reads as the place then.
    [Fact]
    public void AConferencePapersPlaceIsItsC1ElseItsCy()
    {
        var paper = Record("zotero-translators-RIS-case03.ris", 14);
        Assert.Equal("paper-conference", paper.Item?.Type);
        Assert.Equal("Place Published", paper.Item?["publisher-place"]);
        var (bib, _) = ItemFormats.ThroughBib(paper, BibTeXDialect.BibTeX);
        Assert.Contains("  address       = {Place Published},\n", bib);
        Assert.Contains("RIS:CY: Conference Location", bib);
        var ris = ItemFormats.Write("ris", paper);
        Assert.Contains("C1  - Place Published\r\n", ris);
        Assert.Contains("CY  - Conference Location\r\n", ris);
        Assert.Equal(ris, ItemFormats.Write("ris", ItemFormats.Through("ris", paper)));
        var procite = Record("zotero-translators-RIS-case05.ris", 10);
        Assert.Equal("Place of Publication", procite.Item?["publisher-place"]);
        Assert.Contains("C1  - Place of Publication\r\n", ItemFormats.Write("ris", procite));
    }

    // Zotero reads a computer program's LA as its programming language, which CSL has no variable for: kept by name,
    // written back as LA, and not a .bib language (Zotero would read that as the language of its text).
    [Fact]
    public void AProgramsLaIsItsProgrammingLanguageKeptByName()
    {
        var program = Record("zotero-translators-RIS-case03.ris", 12);
        Assert.Equal("software", program.Item?.Type);
        Assert.Null(program.Item?["language"]);
        Assert.Contains(new KeyValuePair<string, string>("RIS:LA", "Language"), program.Item!.Unknown);
        Assert.Contains("LA  - Language\r\n", ItemFormats.Write("ris", program));
        var (bib, _) = ItemFormats.ThroughBib(program, BibTeXDialect.BibTeX);
        Assert.DoesNotContain("  language      = ", bib);
        Assert.Contains("RIS:LA: Language", bib);
        Assert.Equal("Language", Record("zotero-translators-RIS-case03.ris", 29).Item?["language"]);
    }

    [Fact]
    public void EditorsAreWrittenInTheTagZoteroReadsInOrderAndAnEmailsA2IsItsRecipient()
    {
        var chapter = Record("zotero-translators-RIS-case03.ris", 7);
        Assert.Equal("chapter", chapter.Item?.Type);
        var ris = ItemFormats.Write("ris", chapter);
        Assert.Contains("A2  - Editor\r\nA3  - Editor, Series\r\n", ris);
        Assert.DoesNotContain("ED  - ", ris);
        var email = Record("zotero-translators-RIS-case05.ris", 14);
        Assert.Equal("personal_communication", email.Item?.Type);
        Assert.Equal(new[] { new BibCreator("recipient", "Recipient") }, email.Item?.Creators);
        Assert.StartsWith("TY  - ICOMM\r\n", ItemFormats.Write("ris", email));
    }

    [Fact]
    public void TaIsATranslatedAuthorNoteNotATranslator()
    {
        var aggregated = Record("zotero-translators-RIS-case03.ris", 0);
        Assert.DoesNotContain(aggregated.Item?.Creators ?? new(), c => c.Role == "translator");
        Assert.Contains("TA  - Author, Translated\r\n", ItemFormats.Write("ris", aggregated));
    }

    [Theory]
    [InlineData("book", "A2")]
    [InlineData("chapter", "A3")]
    public void ASeriesEditorIsWrittenInTheTagZoteroReadsForTheType(string type, string tag)
    {
        var item = new BibItem { Type = type };
        item.Creators.Add(new BibCreator("collection-editor", "Smith, Ann"));
        var paper = new Paper { Title = "A title", Item = item };
        Assert.Contains(tag + "  - Smith, Ann\r\n", ItemFormats.Write("ris", paper));
        Assert.Equal(item.Creators, ItemFormats.Through("ris", paper).Item?.Creators);
    }

    [Fact]
    public void ARecordWithoutTitleGoesThroughRisAndCslJsonAsItWas()
    {
        var untitled = Fixture.Import(Fixture.Path("ris", "hostile_records.ris")).Papers[0];
        Assert.Null(untitled.Title);
        foreach (var format in new[] { "ris", "csl" })
        {
            var text = ItemFormats.Write(format, untitled);
            var back = ItemFormats.Through(format, untitled);
            Assert.Equal(untitled.Authors, back.Authors);
            Assert.Equal(text, ItemFormats.Write(format, back));
        }
    }

    [Theory]
    [InlineData("aksin", "issue", "13")]
    [InlineData("averroes/bland", "collection-number", "7")]
    [InlineData("chiu", "number", "RC-6947")]
    public void NumberIsAnArticlesIssueABooksSeriesNumberAndAReportsOwn(string key, string variable, string value)
    {
        var item = BibTeXMapping.Read(Entry("biblatex-biblatex-examples.bib", key));
        Assert.Equal(value, item?[variable]);
        Assert.Single(new[] { "issue", "collection-number", "number" }, v => item?[v] != null);
    }

    [Fact]
    public void AChaptersSeriesVolumeIsItsNumberInTheBib()
    {
        var chapter = Record("zotero-translators-RIS-case03.ris", 7);
        Assert.Equal(("chapter", "Series Volume"), (chapter.Item?.Type, chapter.Item?["collection-number"]));
        foreach (var dialect in new[] { BibTeXDialect.BibTeX, BibTeXDialect.BibLaTeX })
        {
            var (text, back) = ItemFormats.ThroughBib(chapter, dialect);
            Assert.StartsWith("@incollection{", text);
            Assert.Contains("  number        = {Series Volume},", text);
            Assert.DoesNotContain("collection-number: ", text);
            Assert.Equal("Series Volume", BibTeXMapping.Read(back)?["collection-number"]);
        }
    }

    [Fact]
    public void ALinkWithoutSchemeIsTheEntrysUrlWrittenRaw()
    {
        // EndNote's every-type export: UR holds its field's name, "URL", which Zotero reads as the url.
        var record = Record("zotero-translators-RIS-case03.ris", 0);
        Assert.Null(record.Url);
        var (text, back) = ItemFormats.ThroughBib(record, BibTeXDialect.BibTeX);
        Assert.Contains("  url           = {URL}", text);
        Assert.DoesNotContain("RIS:UR", text);
        Assert.Equal("URL", back.Url);

        // Crafted: what TeX could run is encoded; a second link, after a web address, stays in the note.
        var (crafted, _) = ItemFormats.Read("ris", string.Join("\r\n", "TY  - GEN", "TI  - A title",
            "UR  - www.example.org/\\input{x}%", "ER  - ", "TY  - GEN", "TI  - A title", "UR  - https://example.org/a",
            "UR  - example.org/b", "ER  - ", ""));
        Assert.Contains("  url           = {www.example.org/%5Cinput%7Bx%7D%25}",
            ItemFormats.ThroughBib(crafted[0], BibTeXDialect.BibTeX).Text);
        var second = ItemFormats.ThroughBib(crafted[1], BibTeXDialect.BibTeX).Text;
        Assert.Contains("  url           = {https://example.org/a}", second);
        Assert.Contains("RIS:UR: example.org/b", second);
    }

    [Theory]
    [InlineData("aristotle:anima", "Cambridge University Press")]
    [InlineData("nietzsche:ksa", "Deutscher Taschenbuch-Verlag and Walter de Gruyter")]
    public void AFieldWrittenWithStringMacrosReadsAsTheyExpand(string key, string publisher)
    {
        // publisher = cup and dtv # { and Walter de Gruyter}, with the file's @string definitions.
        var paper = Entry("biblatex-biblatex-examples.bib", key);
        Assert.Equal(publisher, BibTeXMapping.Read(paper)?["publisher"]);
        Assert.Contains("PB  - " + publisher + "\r\n", ItemFormats.Write("ris", paper));
    }

    // EndNote's every-type export (case03) and a PubMed record (case04), read as Zotero's RIS.js reads them.
    [Theory]
    [InlineData(27, "GRANT", null, "Status")]
    [InlineData(18, "EJOUR", "ISSN", "Issue")]
    [InlineData(29, "JOUR", "ISSN", "Issue")]
    public void AGrantIsAJournalArticleAndAJournalArticlesSnItsIssnAndM1ItsIssue(int index, string code,
        string? issn, string issue)
    {
        var article = Record("zotero-translators-RIS-case03.ris", index);
        Assert.Equal("article-journal", article.Item?.Type);
        Assert.Equal(issn, article.Item?["ISSN"]);
        Assert.Null(article.Item?["ISBN"]);
        Assert.Equal(issue, article.Item?["issue"]);
        var ris = ItemFormats.Write("ris", article);
        Assert.StartsWith("TY  - " + code + "\r\n", ris);
        if (issn != null) Assert.Contains("SN  - " + issn + "\r\n", ris);
        Assert.Contains("IS  - " + issue + "\r\n", ris);
        Assert.Equal(ris, ItemFormats.Write("ris", ItemFormats.Through("ris", article)));
        var (text, _) = ItemFormats.ThroughBib(article, BibTeXDialect.BibTeX);
        Assert.StartsWith("@article{", text);
        Assert.Contains("  number        = {" + issue + "},", text);
        if (issn != null) Assert.Contains("  issn          = {" + issn + "},", text);
        Assert.Equal("9999", Record("zotero-translators-RIS-case04.ris", 0).Item?["issue"]);
    }

    [Fact]
    public void AStandardIsAReportWhoseSnIsItsNumber()
    {
        var standard = Record("zotero-translators-RIS-case03.ris", 43);
        Assert.Equal(("report", "Document Number"), (standard.Item?.Type, standard.Item?["number"]));
        Assert.Null(standard.Item?["ISBN"]);
        Assert.StartsWith("TY  - STAND\r\n", ItemFormats.Write("ris", standard));
        var (text, back) = ItemFormats.ThroughBib(standard, BibTeXDialect.BibTeX);
        Assert.StartsWith("@techreport{", text);
        Assert.Equal("Document Number", BibTeXMapping.Read(back)?["number"]);
    }

    // Zotero's BibTeX import reads organization as a document's publisher; biblatex's @misc has no publisher.
    [Fact]
    public void ADocumentsPublisherIsItsOrganizationAndAnArtworksStaysInTheNote()
    {
        var document = Record("zotero-translators-RIS-case03.ris", 0);
        Assert.Equal("document", document.Item?.Type);
        foreach (var dialect in new[] { BibTeXDialect.BibTeX, BibTeXDialect.BibLaTeX })
        {
            var (text, back) = ItemFormats.ThroughBib(document, dialect);
            Assert.Contains("  organization  = {Publisher},", text);
            Assert.DoesNotContain("publisher: ", text);
            Assert.Equal("Publisher", BibTeXMapping.Read(back)?["publisher"]);
        }
        var artwork = Record("zotero-translators-RIS-case03.ris", 2);
        Assert.Equal("graphic", artwork.Item?.Type);
        var (misc, _) = ItemFormats.ThroughBib(artwork, BibTeXDialect.BibTeX);
        Assert.StartsWith("@misc{", misc);
        Assert.DoesNotContain("organization", misc);
        Assert.Contains("publisher: Publisher", misc);
    }

    [Fact]
    public void AMagazinesJoIsItsNameNotAnAbbreviation()
    {
        var magazine = Record("zotero-translators-RIS-case05.ris", 17);
        Assert.Equal(("article-magazine", "Magazine Title"), (magazine.Item?.Type, magazine.Venue));
        Assert.Null(magazine.Item?["container-title-short"]);
    }

    // Better BibTeX's pandoc export: CSL-JSON titles with <b>, <i> and <sub>, which Zotero's BibTeX import reads back
    // from \textbf, \textit and \textsubscript; a span CSL does not define keeps its words.
    [Fact]
    public void ACslTitlesMarkupIsLatexInTheBibNotANote()
    {
        var papers = Fixture.Import(Fixture.Path("csl-json", "zotero_bbt_pandoc_citation.csl.json")).Papers;
        var (bold, _) = ItemFormats.ThroughBib(papers[0], BibTeXDialect.BibTeX);
        Assert.Contains("  title         = {The physical volcanology of the 1600 eruption of \\textbf{Huaynaputina}, "
            + "southern Peru},", bold);
        Assert.DoesNotContain("title: ", bold);
        var (italic, back) = ItemFormats.ThroughBib(papers[1], BibTeXDialect.BibLaTeX);
        Assert.Contains("B\u00fccher \\textit{Prouerbia} und \\textit{Ecclesiastes} in", italic);
        Assert.Equal(papers[1].Title, back.Title);
        var (crafted, _) = ItemFormats.Read("csl", "[{\"id\": \"k\", \"type\": \"book\", \"title\": \"H<sub>2</sub>O "
            + "<span style=\\\"color:red\\\">&amp; <i>r</i>ed</span> <span class=\\\"nocase\\\">pH</span>\"}]");
        Assert.Contains("  title         = {{H}\\textsubscript{2}{O} \\& \\textit{r}ed {{pH}}},",
            ItemFormats.ThroughBib(crafted[0], BibTeXDialect.BibTeX).Text);
    }

    [Fact]
    public void AConferencePapersProceedingsAreC3AndItsConferenceT2()
    {
        // A .bib booktitle is Zotero's proceedingsTitle, which its RIS import reads from C3 (T2 is the conference).
        var moraux = ItemFormats.Write("ris", Entry("biblatex-biblatex-examples.bib", "moraux"));
        Assert.Contains("C3  - Aristotle on Mind and the Senses\r\n", moraux);
        Assert.DoesNotContain("T2  - ", moraux);

        // RIS case03: a CONF with both, and a CPAPER that names only its conference, each written back as it came.
        var records = Fixture.Import(Fixture.Path("ris", "real", "zotero-translators-RIS-case03.ris")).Papers
            .Where(p => p.Item?.Type == "paper-conference").ToList();
        var both = records.Single(p => p.Item?["event-title"] == "Conference Name" && p.Venue == "Proceedings Title");
        var conferenceOnly = records.Single(p => p.Venue == "Conference Name");
        Assert.Equal("Conference Name", conferenceOnly.Item?["event-title"]);
        var written = ItemFormats.Write("ris", both);
        Assert.Contains("C3  - Proceedings Title\r\n", written);
        Assert.Contains("T2  - Conference Name\r\n", written);
        written = ItemFormats.Write("ris", conferenceOnly);
        Assert.Contains("T2  - Conference Name\r\n", written);
        Assert.DoesNotContain("C3  - ", written);
        Assert.Equal(written, ItemFormats.Write("ris", ItemFormats.Through("ris", conferenceOnly)));
    }

    // Zotero reads a CSL container-title and a .bib booktitle as the proceedings: a conference paper that names only
    // its conference (the CPAPER of RIS case03) has its name as event-title and eventtitle alone, as in RIS.
    [Fact]
    public void AConferencePaperThatNamesOnlyItsConferenceHasNoContainerInCslOrBibTeX()
    {
        var records = Fixture.Import(Fixture.Path("ris", "real", "zotero-translators-RIS-case03.ris")).Papers
            .Where(p => p.Item?.Type == "paper-conference").ToList();
        var conferenceOnly = records.Single(p => p.Venue == "Conference Name");
        var csl = ItemFormats.Write("csl", conferenceOnly);
        Assert.Contains("\"event-title\": \"Conference Name\"", csl);
        Assert.DoesNotContain("container-title", csl);
        var back = ItemFormats.Through("csl", conferenceOnly);
        Assert.Null(back.Venue);
        Assert.Equal(csl, ItemFormats.Write("csl", back));
        var (bib, _) = ItemFormats.ThroughBib(conferenceOnly, BibTeXDialect.BibLaTeX);
        Assert.Contains("  eventtitle    = {Conference Name},", bib);
        Assert.DoesNotContain("booktitle", bib);
        Assert.DoesNotContain("container-title", bib);

        var both = records.Single(p => p.Venue == "Proceedings Title");
        Assert.Contains("\"container-title\": \"Proceedings Title\"", ItemFormats.Write("csl", both));
        Assert.Contains("  booktitle     = {Proceedings Title},",
            ItemFormats.ThroughBib(both, BibTeXDialect.BibLaTeX).Text);
    }
}

using System.Linq;
using PaperTools.BibTeX;
using PaperTools.Formats.BibTeX;
using PaperTools.Export;
using Xunit;

namespace PaperTools.Tests.BibTeX;

public class BibTeXWriterTests
{
    private static BibTeXEntry Entry(Paper paper, BibTeXExportOptions options = null) => new ExportSession<BibTeXEntry>(new BibTeXFileFormat(options ?? new BibTeXExportOptions())).Add(paper);

    private static string[] Names(BibTeXEntry entry) => entry.Fields.Select(f => f.Name).ToArray();

    [Fact]
    public void ArxivPreprintIsMiscWithEveryArxivField()
    {
        var text = Entry(SamplePapers.Attention()).Text;
        Assert.Equal(
@"@misc{vaswani2017attention,
  author        = {Ashish Vaswani and Noam Shazeer and Niki Parmar and Jakob Uszkoreit and Llion Jones and Aidan N. Gomez and {\L}ukasz Kaiser and Illia Polosukhin},
  title         = {Attention Is All You Need},
  year          = {2017},
  month         = jun,
  eprint        = {1706.03762},
  archivePrefix = {arXiv},
  primaryClass  = {cs.CL},
  doi           = {10.48550/arXiv.1706.03762},
  url           = {https://arxiv.org/abs/1706.03762},
  keywords      = {transformers, attention},
  abstract      = {The dominant sequence transduction models are based on complex recurrent or convolutional neural networks in an encoder-decoder configuration. We propose a new simple network architecture, the Transformer, based solely on attention mechanisms.}
}".Replace("\r\n", "\n"), text);
    }

    [Fact]
    public void BibLaTeXUsesDateEprinttypeAndEprintclass()
    {
        var entry = Entry(SamplePapers.Attention(), new BibTeXExportOptions { Dialect = BibTeXDialect.BibLaTeX });
        Assert.Equal(new[] { "author", "title", "date", "eprint", "eprinttype", "eprintclass", "doi", "url", "keywords", "abstract" }, Names(entry));
        Assert.Equal("{2017-06-12}", entry.Fields.Single(f => f.Name == "date").Value);
        Assert.Equal("{arxiv}", entry.Fields.Single(f => f.Name == "eprinttype").Value);
        Assert.Contains(" and Łukasz Kaiser and ", entry.Text);
    }

    [Fact]
    public void TheKindOfWorkPicksTheEntryType()
    {
        // A venue named as a conference: @inproceedings, the venue as booktitle (in both dialects).
        var conference = Entry(SamplePapers.JournalArticle());
        Assert.Equal("inproceedings", conference.Type);
        Assert.Equal(new[] { "author", "title", "booktitle", "year", "eprint", "archivePrefix", "primaryClass", "doi", "url" }, Names(conference));
        Assert.Equal("{10.1109/CVPR.2016.90}", conference.Fields.Single(f => f.Name == "doi").Value);
        Assert.Contains("booktitle", Names(Entry(SamplePapers.JournalArticle(), new BibTeXExportOptions { Dialect = BibTeXDialect.BibLaTeX })));

        // A journal named beside a publisher's DOI, or a journal reference: @article with journal (journaltitle).
        var journal = new Paper { Title = "A Result", Authors = new[] { "Ada Lovelace" }, Year = 1843, Doi = "10.1000/xyz123", Venue = "Taylor's Scientific Memoirs" };
        Assert.Equal("article", Entry(journal).Type);
        Assert.Contains("journaltitle", Names(Entry(journal, new BibTeXExportOptions { Dialect = BibTeXDialect.BibLaTeX })));
        Assert.Equal("article", Entry(new Paper { Title = "Old", JournalRef = "Phys. Rev. D 58 (1998) 1" }).Type);

        // A DOI alone names no journal; a preprint server is none: @misc, the server as howpublished.
        Assert.Equal("misc", Entry(new Paper { Title = "Only a DOI", Doi = "10.1000/xyz123" }).Type);
        var preprint = Entry(new Paper { Title = "Posted", Venue = "medRxiv", Doi = "10.1101/2023.11.02.23297923" });
        Assert.Equal("misc", preprint.Type);
        Assert.Equal("{medRxiv}", preprint.Fields.Single(f => f.Name == "howpublished").Value);
        Assert.Equal("misc", Entry(SamplePapers.OldStyleNoJournal()).Type);
    }

    [Fact]
    public void DigestPapersGetNoAuthorAndNoYear()
    {
        foreach (var paper in SamplePapers.AllDigests())
        {
            var entry = Entry(paper);
            Assert.DoesNotContain("author", Names(entry));
            Assert.DoesNotContain("year", Names(entry));
            Assert.DoesNotContain("month", Names(entry));
            Assert.Equal(new[] { "title", "key", "abstract" }, Names(entry).Where(n => n != "url").ToArray());
            var biblatex = Entry(paper, new BibTeXExportOptions { Dialect = BibTeXDialect.BibLaTeX });
            Assert.DoesNotContain("date", Names(biblatex));
            Assert.DoesNotContain("key", Names(biblatex));
        }
    }

    [Fact]
    public void DefaultYearFillsOnlyWhenAsked()
    {
        var paper = SamplePapers.Digest("001")[0];
        var entry = Entry(paper, new BibTeXExportOptions { DefaultYear = 2024 });
        Assert.Equal("{2024}", entry.Fields.Single(f => f.Name == "year").Value);
        Assert.DoesNotContain("month", Names(entry));
        Assert.Equal("{2017}", Entry(SamplePapers.Attention(), new BibTeXExportOptions { DefaultYear = 2024 }).Fields.Single(f => f.Name == "year").Value);
    }

    [Fact]
    public void AbstractCanBeLeftOutAndSnippetsAreNeverAbstracts()
    {
        Assert.DoesNotContain("abstract", Names(Entry(SamplePapers.Attention(), new BibTeXExportOptions { IncludeAbstract = false })));
        var snippet = SamplePapers.Attention();
        snippet.AbstractIsSnippet = true;
        Assert.DoesNotContain("abstract", Names(Entry(snippet)));
    }

    [Fact]
    public void EscapingDefaultsFollowTheDialect()
    {
        Assert.Equal(BibTeXEscaping.Latex, new BibTeXExportOptions().EffectiveEscaping);
        Assert.Equal(BibTeXEscaping.Unicode, new BibTeXExportOptions { Dialect = BibTeXDialect.BibLaTeX }.EffectiveEscaping);
        Assert.Contains("Łojasiewicz", Entry(SamplePapers.Lojasiewicz(), new BibTeXExportOptions { Escaping = BibTeXEscaping.Unicode }).Text);
    }

    [Fact]
    public void UrlAndDoiAreRawButCannotCloseTheField()
    {
        var paper = new Paper { Title = "T", Url = "https://example.org/a_b%20c#x}@misc{evil,", Doi = "10.1000/a_b{c}\\d" };
        var entry = Entry(paper);
        Assert.Equal("{https://example.org/a_b%20c#x%7D@misc%7Bevil,}", entry.Fields.Single(f => f.Name == "url").Value);
        Assert.Equal("{10.1000/a_b%7Bc%7D%5Cd}", entry.Fields.Single(f => f.Name == "doi").Value);
    }

    [Fact]
    public void AuthorNamesCannotSplitOrBreakTheList()
    {
        var paper = new Paper { Title = "T", Authors = new[] { "Simon and Garfunkel", "Smith, Jr, John, Extra", "Dana Scott" } };
        var author = Entry(paper).Fields.Single(f => f.Name == "author").Value;
        Assert.Equal("{Simon {and} Garfunkel and {Smith, Jr, John, Extra} and Dana Scott}", author);
    }

    [Fact]
    public void PaperWithNothingToCiteIsReported()
    {
        var problems = new System.Collections.Generic.List<PaperTools.Diagnostics.Problem>();
        var session = new ExportSession<BibTeXEntry>(new BibTeXFileFormat(), null, problems.Add);
        Assert.Null(session.Add(new Paper { Abstract = "only an abstract" }));
        Assert.Equal(PaperTools.Diagnostics.ErrorIds.BibTeXPaperIncomplete, Assert.Single(problems).ErrorId);
    }

    [Fact]
    public void SamePaperTwiceIsWrittenOnce()
    {
        var session = new ExportSession<BibTeXEntry>(new BibTeXFileFormat());
        Assert.NotNull(session.Add(SamplePapers.Attention()));
        Assert.Null(session.Add(SamplePapers.Attention()));
    }
}

using System;
using System.Linq;
using PaperTools.Identity;
using Xunit;

namespace PaperTools.Tests.Identity;

public class DuplicateFinderTests
{
    private static Paper P(string title, string source, int line, DigestFormat format = DigestFormat.Text, string arxiv = null, string doi = null, params string[] authors)
        => new Paper { Title = title, Source = source, SourceLine = line, SourceFormat = format, ArxivId = arxiv, Doi = doi, Authors = authors, DigestDate = new DateTime(2025, 8, 20) };

    private const string Long = "Scaling Laws for Neural Language Models Trained on Heterogeneous Multilingual Corpora";

    /// <summary>The same preprint as four sources carry it: the arXiv e-mail, a Hugging Face card, a Scholar alert, a text digest.</summary>
    private static Paper[] FourSources() => new[]
    {
        P(Long, "arxiv.eml", 40, DigestFormat.ArxivEmail, "2501.04567", null, "Jared Kaplan", "Sam McCandlish", "Tom Henighan"),
        P("Unrelated paper on graph kernels", "arxiv.eml", 60, DigestFormat.ArxivEmail, "2501.04999", null, "Ana Silva"),
        P(Long, "hf.json", 3, DigestFormat.HuggingFaceJson, "2501.04567", null, "Jared Kaplan"),
        P("Scaling Laws for Neural Language Models Trained on Heterogeneous Multiling…", "scholar.eml", 12, DigestFormat.ScholarAlert, null, null, "J Kaplan", "S McCandlish…"),
        P("Scaling laws for neural language models trained on heterogeneous multilingual corpora", "today.txt", 7),
    };

    [Fact]
    public void OneWorkFromFourSourcesIsOneGroupWithEachReason()
    {
        var papers = FourSources();
        papers[2].Upvotes = 41;
        var groups = DuplicateFinder.Find(papers);
        var group = Assert.Single(groups);
        Assert.Equal(new[] { 1, 3, 4, 5 }, group.Members.Select(m => m.Position));
        Assert.Equal(new[] { SameWorkReason.None, SameWorkReason.ArxivId, SameWorkReason.TruncatedTitle, SameWorkReason.Title }, group.Members.Select(m => m.Reason));
        Assert.Equal(SameWorkReason.TruncatedTitle, group.Reason);
        Assert.Equal(group.Members.Min(m => m.Confidence), group.Confidence);
        Assert.Equal(Long, group.Title);
        Assert.Contains("scholar.eml:12 (ScholarAlert, 2025-08-20)", group.SeenIn);
    }

    [Fact]
    public void MergingKeepsTheRichestValueOfEachProperty()
    {
        var papers = FourSources();
        papers[2].Upvotes = 41;
        papers[2].CodeUrl = "https://github.com/example/scaling";
        papers[3].Abstract = "we study empirical scaling laws …";
        papers[3].AbstractIsSnippet = true;
        papers[4].Abstract = "We study empirical scaling laws for language model performance on the cross-entropy loss.";
        var group = DuplicateFinder.Find(papers).Single();
        var merged = PaperMerger.Merge(group.Papers);
        Assert.Equal(Long, merged.Title);
        Assert.Equal(new[] { "Jared Kaplan", "Sam McCandlish", "Tom Henighan" }, merged.Authors);
        Assert.Equal(41, merged.Upvotes);
        Assert.Equal("https://github.com/example/scaling", merged.CodeUrl);
        Assert.Equal(papers[4].Abstract, merged.Abstract);
        Assert.False(merged.AbstractIsSnippet);
        Assert.Equal("2501.04567", merged.ArxivId);
        Assert.Equal(("arxiv.eml", 40), (merged.Source, merged.SourceLine));
        Assert.Equal(new[] { "arxiv.eml", "hf.json", "scholar.eml", "today.txt" }, merged.SeenIn.Select(s => s.Source));
        // The records themselves are left as they were, and merging a merged paper again keeps every sighting.
        Assert.Null(papers[0].Upvotes);
        Assert.Empty(papers[0].SeenIn);
        var again = PaperMerger.Merge(new[] { merged, P(Long, "tomorrow.txt", 9) });
        Assert.Equal(5, again.SeenIn.Length);
    }

    [Fact]
    public void ALibraryRecordKeepsWhatItStates()
    {
        var library = P("Scaling laws for neural language models trained on heterogeneous multilingual corpora", "library.bib", 1, DigestFormat.BibTeX, "2501.04567", null, "Kaplan, Jared");
        library.Entry = new PaperTools.BibTeX.BibTeXEntry("article", "kaplan2025", Array.Empty<PaperTools.BibTeX.BibTeXField>(), "@article{kaplan2025,}", 1);
        library.CitationKey = "kaplan2025";
        var digest = FourSources()[0];
        digest.Abstract = "Abstract from the e-mail.";
        var merged = PaperMerger.Merge(new[] { digest, library });
        Assert.Equal(library.Title, merged.Title);
        Assert.Equal(new[] { "Kaplan, Jared" }, merged.Authors);
        Assert.Equal("kaplan2025", merged.CitationKey);
        Assert.Same(library.Entry, merged.Entry);
        Assert.Equal("Abstract from the e-mail.", merged.Abstract);
        Assert.Equal("arxiv.eml", merged.Source);
    }

    [Fact]
    public void ACutTitleThatOpensTwoWorksJoinsNeither()
    {
        var papers = new[]
        {
            P("Reconciling Semiclassical and Bohmian Mechanics IV: Multisur…", "scholar.eml", 1, DigestFormat.ScholarAlert),
            P("Reconciling Semiclassical and Bohmian Mechanics IV: Multisurface Dynamics", "a.txt", 1),
            P("Reconciling Semiclassical and Bohmian Mechanics IV: Multisurface Scattering", "b.txt", 1),
            P("Reconciling Semiclassical and Bohmian Mechanics IV: Multisurface Scattering", "c.txt", 1),
        };
        var group = Assert.Single(DuplicateFinder.Find(papers));
        Assert.Equal(new[] { 3, 4 }, group.Members.Select(m => m.Position));
        Assert.Equal(4, DuplicateFinder.Find(papers, includeSingles: true).Sum(g => g.Count));
    }

    [Fact]
    public void ACutTitleTiedByItsIdentifierIsNotPlacedAgainByItsTitle()
    {
        var papers = new[]
        {
            P("Reconciling Semiclassical and Bohmian Mechanics IV: Multisur…", "scholar.eml", 1, DigestFormat.ScholarAlert, "2401.00001"),
            P("Semiclassical and Bohmian Mechanics, Revisited", "arxiv.eml", 1, DigestFormat.ArxivEmail, "2401.00001v2"),
            P("Reconciling Semiclassical and Bohmian Mechanics IV: Multisurface Scattering", "b.txt", 1),
        };
        var group = Assert.Single(DuplicateFinder.Find(papers));
        Assert.Equal(new[] { 1, 2 }, group.Members.Select(m => m.Position));
        Assert.Equal(SameWorkReason.ArxivId, group.Reason);
    }

    [Fact]
    public void AnArxivIdAndADoiBridgeTwoGroups()
    {
        var papers = new[]
        {
            P("Deep Residual Learning for Image Recognition", "arxiv.txt", 1, DigestFormat.Text, "1512.03385"),
            P("Deep residual learning for image recognition (CVPR)", "crossref.json", 1, DigestFormat.CrossrefJson, null, "10.1109/CVPR.2016.90"),
            P("Deep Residual Learning", "openalex.json", 1, DigestFormat.OpenAlex, "1512.03385v1", "10.1109/cvpr.2016.90"),
        };
        var group = Assert.Single(DuplicateFinder.Find(papers));
        Assert.Equal(3, group.Count);
        Assert.All(group.Members.Skip(1), m => Assert.Contains(m.Reason, new[] { SameWorkReason.ArxivId, SameWorkReason.Doi }));
        Assert.Equal(new[] { 0, 3, 1 }, group.Members.Select(m => m.MatchedPosition));
    }

    [Fact]
    public void ThousandsOfCopiesOfOnePaperAreOneGroupAndNullsAreSkipped()
    {
        var papers = Enumerable.Range(0, 20_000).Select(i => i % 1000 == 0 ? null : P(i % 2 == 0 ? Long : Long.ToUpperInvariant(), "big.txt", i)).ToArray();
        var group = Assert.Single(DuplicateFinder.Find(papers));
        Assert.Equal(19_980, group.Count);
    }

    [Theory]
    [InlineData("…")]
    [InlineData("...")]
    [InlineData("   ")]
    [InlineData("?!: — …")]
    [InlineData("1 2 3…")]
    public void TitlesWithNothingToCompareAreNobodysDuplicate(string title)
    {
        var papers = new[] { new Paper { Title = title, Authors = new string[] { null, "", "et al." } }, new Paper { Title = title }, P(Long, "a.txt", 1) };
        Assert.Empty(DuplicateFinder.Find(papers));
        Assert.Equal(3, DuplicateFinder.Find(papers, includeSingles: true).Count);
    }

    [Fact]
    public void ConflictingTitleTwinsAreTwoGroups()
    {
        var conference = P("Deep Residual Learning", "a.bib", 1);
        conference.Year = 2016;
        conference.EntryType = "inproceedings";
        var journal = P("Deep residual learning", "b.bib", 1);
        journal.Year = 2019;
        journal.EntryType = "article";
        var again = P("Deep Residual Learning", "c.txt", 1);
        again.Year = 2019;
        var groups = DuplicateFinder.Find(new[] { conference, journal, again });
        var group = Assert.Single(groups);
        Assert.Equal(new[] { journal, again }, group.Papers);
    }
}

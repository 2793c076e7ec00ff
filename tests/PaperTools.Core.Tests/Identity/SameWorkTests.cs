using System.Linq;
using PaperTools.Identity;
using Xunit;

namespace PaperTools.Tests.Identity;

public class SameWorkTests
{
    private static Paper P(string title = null, int? year = null, string type = null, string arxiv = null, string doi = null, params string[] authors)
        => new Paper { Title = title, Year = year, EntryType = type, ArxivId = arxiv, Doi = doi, Authors = authors };

    [Fact]
    public void SharedIdentifiersDecide()
    {
        var preprint = P("Attention Is All You Need", 2017, "misc", "1706.03762", "10.48550/arXiv.1706.03762", "Ashish Vaswani");
        var match = SameWork.Compare(preprint, P(arxiv: "1706.03762v7", title: "Other words", year: 2023));
        Assert.True(match.IsSameWork);
        Assert.Equal(SameWorkReason.ArxivId, match.Reason);
        Assert.Equal(1.0, match.Confidence);
        Assert.Equal(SameWorkReason.ArxivId, SameWork.Compare(preprint, P(doi: "10.48550/ARXIV.1706.03762")).Reason);
        Assert.Equal(SameWorkReason.Doi, SameWork.Compare(P(doi: "https://doi.org/10.1000/ABC"), P(doi: "10.1000/abc", title: "x")).Reason);
        Assert.Equal(SameWorkReason.ArxivId, SameWork.Compare(P(arxiv: "hep-th/9901001v2"), P(arxiv: "hep-th/9901001")).Reason);
    }

    [Fact]
    public void ATitleAloneMergesOnlyWhenNothingConflicts()
    {
        var digest = P("UniHG: A Large-scale Universal Heterogeneous Graph");
        var arxiv = P("unihg a large scale universal heterogeneous graph", 2024, null, null, null, "Yide Qiu", "Shaoxiang Ling");
        var match = SameWork.Compare(digest, arxiv);
        Assert.True(match.IsSameWork);
        Assert.Equal(SameWorkReason.Title, match.Reason);
        Assert.InRange(match.Confidence, 0.8, 0.95);
        Assert.True(SameWork.Compare(arxiv, P("UniHG: A large-scale universal heterogeneous graph", 2024, "article", null, null, "Qiu, Yide")).Confidence > match.Confidence);
    }

    [Theory]
    [InlineData(2019, 2020, "inproceedings", "inproceedings", SameWorkConflicts.Year)]
    [InlineData(2020, 2020, "inproceedings", "article", SameWorkConflicts.EntryType)]
    [InlineData(2019, 2021, "inproceedings", "article", SameWorkConflicts.Year | SameWorkConflicts.EntryType)]
    public void AConferenceAndAJournalVersionStayApart(int yearA, int yearB, string typeA, string typeB, SameWorkConflicts expected)
    {
        var match = SameWork.Compare(P("Deep Residual Learning", yearA, typeA, null, null, "He, Kaiming"), P("Deep residual learning", yearB, typeB, null, null, "Kaiming He"));
        Assert.False(match.IsSameWork);
        Assert.True(match.IsPossibleDuplicate);
        Assert.Equal(expected, match.Conflicts);
        Assert.Contains("differ", match.Explain());
    }

    [Fact]
    public void RecurringColumnTitlesWithOtherAuthorsStayApart()
    {
        var match = SameWork.Compare(P("Editorial", 2020, "article", null, null, "Smith, A."), P("Editorial", 2020, "article", null, null, "Jones, B.", "Brown, C."));
        Assert.Equal(SameWorkConflicts.Authors, match.Conflicts);
        Assert.False(match.IsSameWork);
        // The same authors in both name orders, "and others" aside, agree.
        Assert.True(SameWork.Compare(P("T", null, null, null, null, "van der Berg, Jan", "others"), P("T", null, null, null, null, "Jan van der Berg")).IsSameWork);
    }

    [Fact]
    public void DifferentIdentifiersKeepEqualTitlesApart()
    {
        Assert.Equal(SameWorkConflicts.ArxivId, SameWork.Compare(P("Survey", arxiv: "2001.00001"), P("Survey", arxiv: "2101.00002")).Conflicts);
        Assert.False(SameWork.Compare(P("Survey", doi: "10.1/a"), P("Survey", doi: "10.1/b")).IsSameWork);
        Assert.True(SameWork.Compare(P("Survey", type: "misc"), P("Survey", type: "article")).IsSameWork);
    }

    [Fact]
    public void PapersWithoutTitleOrIdentifierAreTheSameOnlyAsTheSameEntry()
    {
        Assert.Equal(SameWorkReason.None, SameWork.Compare(new Paper(), new Paper()).Reason);
        var a = new Paper { CitationKey = "x1", EntryType = "misc" };
        Assert.Equal(SameWorkReason.SameEntry, SameWork.Compare(a, new Paper { CitationKey = "X1", EntryType = "misc" }).Reason);
        Assert.False(SameWork.Compare(a, new Paper { CitationKey = "x2", EntryType = "misc" }).IsSameWork);
        var fields = new Paper { CitationKey = "" };
        fields.Fields.Add("note", "{Only a note}");
        var same = new Paper { CitationKey = "" };
        same.Fields.Add("note", "{Only a note}");
        Assert.True(SameWork.Compare(fields, same).IsSameWork);
    }

    [Fact]
    public void TheIndexComparesOnlyPapersThatShareAKey()
    {
        var index = new SameWorkIndex();
        var journal = P("Deep Residual Learning", 2016, "article", null, "10.1109/CVPR.2016.90", "He, Kaiming");
        var preprint = P("Deep Residual Learning", 2015, "misc", "1512.03385", null, "Kaiming He");
        index.Add(journal);
        index.Add(preprint);
        Assert.Same(preprint, index.FindSameWork(P(arxiv: "1512.03385v1")));
        Assert.Same(journal, index.FindSameWork(P(doi: "10.1109/cvpr.2016.90")));
        var conference = P("Deep residual learning", 2016, "inproceedings", null, null, "He, K.");
        var candidates = index.Candidates(conference).ToList();
        Assert.Equal(2, candidates.Count);
        Assert.All(candidates, c => Assert.True(c.Match.IsPossibleDuplicate));
        Assert.Null(index.FindSameWork(conference));
        Assert.Empty(index.Candidates(P("Something else")));
    }

    [Fact]
    public void APaperFiledUnderSeveralSharedKeysIsOneCandidate()
    {
        var index = new SameWorkIndex();
        var preprint = P("Deep Residual Learning", 2015, "misc", "1512.03385", "10.1109/CVPR.2016.90", "Kaiming He");
        index.Add(preprint);
        // The same arXiv id, DOI and title: three blocks lead to one paper, listed once.
        var again = P("Deep Residual Learning", 2015, "misc", "1512.03385v2", "10.1109/cvpr.2016.90", "He, Kaiming");
        var candidate = Assert.Single(index.Candidates(again));
        Assert.Same(preprint, candidate.Paper);
        Assert.True(candidate.Match.IsSameWork);
    }

    [Fact]
    public void ManyTiesAreEachListedOnceInTheOrderAdded()
    {
        // A recurring column title: a dozen papers tie by title alone, past the few a lookup checks by hand.
        var index = new SameWorkIndex();
        var columns = Enumerable.Range(0, 12).Select(i => P("Editorial", 2000 + i, "article", null, null, "Ed" + i))
            .ToList();
        foreach (var column in columns) index.Add(column);
        index.Add(columns[3]);
        var candidates = index.Candidates(P("Editorial")).ToList();
        Assert.Equal(columns, candidates.Select(c => c.Paper));
        Assert.Same(columns[0], index.FindSameWork(P("Editorial")));
        Assert.Same(columns[5], index.FindSameWork(P("Editorial", 2005)));
    }
}

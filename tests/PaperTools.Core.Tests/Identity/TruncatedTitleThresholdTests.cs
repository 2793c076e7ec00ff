using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PaperTools.BibTeX;
using PaperTools.Formats.BibTeX;
using PaperTools.Identity;
using Xunit;
using Xunit.Abstractions;

namespace PaperTools.Tests.Identity;

/// <summary>
/// The measurement behind <see cref="SameWork.MinimumTruncatedPrefix"/>, on every real title the fixtures hold
/// (the shared digests, each reader's fixtures, the real .bib files): how often different titles share an opening
/// of a given length, and what a cut title finds in an index of all of them.
/// </summary>
public class TruncatedTitleThresholdTests
{
    private readonly ITestOutputHelper output;

    public TruncatedTitleThresholdTests(ITestOutputHelper output) => this.output = output;

    private static readonly Lazy<List<string>> RealTitles = new Lazy<List<string>>(() =>
    {
        var digests = new[] { "000", "001", "002", "003", "004" }.SelectMany(d => Fixture.Import(Fixture.SharedDigest(d)).Papers);
        var bib = Directory.GetFiles(Fixture.Path("bibtex"), "*.bib", SearchOption.AllDirectories)
            .SelectMany(f => BibTeXLibrary.Read(f, _ => { })?.Papers ?? (IReadOnlyList<Paper>)Array.Empty<Paper>());
        return digests.Concat(Fixture.ReaderFixturePapers()).Concat(bib)
            .Where(p => p.IsPaper && !string.IsNullOrWhiteSpace(p.Title) && !CutTitle.IsCut(p.Title))
            .GroupBy(p => SameWork.TitleKey(p), StringComparer.Ordinal).Where(g => g.Key != null).Select(g => g.First().Title).ToList();
    });

    /// <summary>The share of titles longer than <paramref name="length"/> key characters whose opening of that length another title shares.</summary>
    private static double SharedOpenings(int length)
    {
        var keys = RealTitles.Value.Select(t => SameWork.TitleKey(new Paper { Title = t })).Where(k => k.Length > length).ToList();
        var counts = keys.GroupBy(k => k.Substring(0, length), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return keys.Count(k => counts[k.Substring(0, length)] > 1) / (double)keys.Count;
    }

    [Fact]
    public void OpeningsAsLongAsTheThresholdAreAlmostAlwaysUnique()
    {
        Assert.True(RealTitles.Value.Count > 1000, $"{RealTitles.Value.Count} real titles");
        var at20 = SharedOpenings(20);
        var at30 = SharedOpenings(30);
        var atThreshold = SharedOpenings(SameWork.MinimumTruncatedPrefix);
        output.WriteLine($"{RealTitles.Value.Count} titles; openings shared: 20 characters {at20:P2}, 30 {at30:P2}, 40 {SharedOpenings(40):P2}, {SameWork.MinimumTruncatedPrefix} {atThreshold:P2}");
        // Shorter openings are shared often enough that a cut there would guess; at the threshold (almost) never.
        Assert.True(at20 > 0.01, $"20 characters: {at20:P2}");
        Assert.True(at30 > atThreshold, $"30 characters: {at30:P2}, {SameWork.MinimumTruncatedPrefix}: {atThreshold:P2}");
        Assert.True(atThreshold <= 0.002, $"{SameWork.MinimumTruncatedPrefix} characters: {atThreshold:P2}");
    }

    [Fact]
    public void EveryRealTitleCutAtTheThresholdFindsItselfOrNothing()
    {
        var index = new SameWorkIndex();
        var papers = RealTitles.Value.Select(t => new Paper { Title = t }).ToList();
        foreach (var paper in papers) index.Add(paper);
        var found = 0;
        var refused = 0;
        foreach (var paper in papers)
        {
            var spaced = TextNormalizer.NormalizeTitle(paper.Title);
            if (SameWork.TitleKey(paper).Length <= SameWork.MinimumTruncatedPrefix + 3) continue;
            var cut = new Paper { Title = CutAfter(spaced, SameWork.MinimumTruncatedPrefix + 3) + "…" };
            var same = index.FindSameWork(cut, out var match);
            if (same == null) { refused++; continue; }
            Assert.Equal(SameWork.TitleKey(paper), SameWork.TitleKey(same));
            Assert.Equal(SameWorkReason.TruncatedTitle, match.Reason);
            found++;
        }
        output.WriteLine($"cut after {SameWork.MinimumTruncatedPrefix + 3} characters: {found} found their own title, {refused} refused as ambiguous, none found another");
        Assert.True(found > 500, $"{found} found");
        Assert.True(refused <= found / 100, $"{refused} refused as ambiguous of {found + refused}");
    }

    [Fact]
    public void AWholeTitleFindsItsCutFormAndNoNumberedSibling()
    {
        // The index holds each long real title cut short (as Scholar lists it) and two numbered copies of it, whole,
        // that share its opening; the whole title then finds its cut form, never a numbered copy.
        var index = new SameWorkIndex();
        var cuts = new Dictionary<Paper, Paper>();
        foreach (var title in RealTitles.Value)
        {
            var spaced = TextNormalizer.NormalizeTitle(title);
            if (SameWork.TitleKey(new Paper { Title = title }).Length <= SameWork.MinimumTruncatedPrefix + 3) continue;
            var whole = new Paper { Title = title };
            index.Add(new Paper { Title = title + " (2)" });
            var cut = new Paper { Title = CutAfter(spaced, SameWork.MinimumTruncatedPrefix + 3) + "…" };
            index.Add(cut);
            index.Add(new Paper { Title = title + " (3)" });
            cuts.Add(whole, cut);
        }
        var found = 0;
        foreach (var (whole, cut) in cuts)
        {
            var same = index.FindSameWork(whole, out var match);
            Assert.DoesNotContain(index.Candidates(whole), c => !CutTitle.IsCut(c.Paper.Title));
            Assert.NotNull(same);
            Assert.Equal(SameWorkReason.TruncatedTitle, match.Reason);
            Assert.Equal(SameWork.TitleKey(cut), SameWork.TitleKey(same));
            found++;
        }
        output.WriteLine($"{found} of {cuts.Count} whole titles found their cut form among {3 * cuts.Count} papers");
        Assert.True(found > 500, $"{found} found");
    }

    /// <summary>The text up to where its letters and digits number <paramref name="keyCharacters"/>, often inside a word.</summary>
    private static string CutAfter(string spaced, int keyCharacters)
    {
        var seen = 0;
        for (var i = 0; i < spaced.Length; i++)
            if (spaced[i] != ' ' && ++seen == keyCharacters) return spaced.Substring(0, i + 1);
        return spaced;
    }
}

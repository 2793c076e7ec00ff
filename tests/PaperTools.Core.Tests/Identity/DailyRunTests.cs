using System.Collections.Generic;
using System.IO;
using System.Linq;
using PaperTools.Diagnostics;
using PaperTools.Identity;
using PaperTools.Tests.BibTeX;
using Xunit;

namespace PaperTools.Tests.Identity;

/// <summary>
/// The scripted daily run on the five shared digests: import, append to the library, import the same digests
/// again, append again. The second append finds everything there and leaves the file byte for byte as it was.
/// </summary>
public class DailyRunTests
{
    private static List<Paper> ImportDigests()
        => new[] { "000", "001", "002", "003", "004" }.SelectMany(d => Fixture.Import(Fixture.SharedDigest(d)).Papers).Where(p => p.IsPaper).ToList();

    [Fact]
    public void AppendingTheSameDigestsAgainChangesNoByte()
    {
        var library = Path.Combine(BibTeXTestFiles.NewFolder(), "library.bib");
        var first = BibTeXTestFiles.Export(library, ImportDigests(), append: true);
        // 579 papers, 28 of them later repeats of the 26 works the digests share.
        Assert.Equal(551, first.Written.Count);
        var after = File.ReadAllBytes(library);
        var problems = new List<Problem>();
        var second = BibTeXTestFiles.Export(library, ImportDigests(), append: true, problems: problems);
        Assert.Empty(second.Written);
        Assert.Equal(579, second.AlreadyPresent.Count);
        Assert.DoesNotContain(problems, p => p.ErrorId != ErrorIds.BibTeXPossibleDuplicate);
        Assert.Equal(after, File.ReadAllBytes(library));
    }

    [Fact]
    public void TheRecipeMergesLeavesOutWhatTheLibraryHasAndAppendsNothingTheSecondTime()
    {
        var library = Path.Combine(BibTeXTestFiles.NewFolder(), "library.bib");
        File.WriteAllText(library, string.Empty);
        for (var day = 0; day < 2; day++)
        {
            var known = new SameWorkIndex();
            foreach (var paper in BibTeXTestFiles.Import(library)) known.Add(paper);
            var merged = DuplicateFinder.Find(ImportDigests(), includeSingles: true).Select(g => PaperMerger.Merge(g.Papers));
            var fresh = merged.Where(p => known.FindSameWork(p) == null).ToList();
            var before = File.ReadAllBytes(library);
            var plan = BibTeXTestFiles.Export(library, fresh, append: true);
            Assert.Equal(day == 0 ? 551 : 0, fresh.Count);
            Assert.Equal(fresh.Count, plan.Written.Count);
            if (day == 1) Assert.Equal(before, File.ReadAllBytes(library));
        }
        Assert.Equal(551, BibTeXTestFiles.Import(library).Count);
    }
}

using PaperTools.Identity;

namespace PaperTools.Commands;

/// <summary>
/// Get-PaperDuplicate and Merge-PaperDuplicate: gather the papers (a duplicate may arrive last, so nothing can be
/// written before the input ends), then group them once by the same-work rule, Ctrl+C stopping the grouping.
/// </summary>
public abstract class DuplicateCmdletBase : PaperToolsCmdlet
{
    private readonly List<Paper> gathered = new List<Paper>();
    private ProgressReporter? progress;

    private protected ProgressReporter Progress => progress ??= new ProgressReporter(this, MyInvocation.MyCommand.Name);

    protected void Gather(Paper[]? papers)
    {
        if (papers == null) return;
        foreach (var paper in papers)
        {
            if (paper == null) continue;
            gathered.Add(paper);
            if (Progress.IsDue) Progress.Show($"{Plural.Of(gathered.Count, "paper")} read");
        }
    }

    /// <summary>The gathered papers' groups in order of first appearance (with the papers seen once when <paramref
    /// name="includeSingles"/>).</summary>
    protected List<PaperDuplicateGroup> GroupGathered(bool includeSingles)
    {
        Progress.Show($"Grouping {Plural.Of(gathered.Count, "paper")}");
        var groups = RunCancellable(() => DuplicateFinder.Find(gathered, includeSingles, Cancellation));
        var found = includeSingles ? Plural.Of(groups.Count, "work", "works")
            : Plural.Of(groups.Count, "group of duplicates", "groups of duplicates");
        WriteVerbose($"{Plural.Of(gathered.Count, "paper")}: {found}.");
        return groups;
    }
}

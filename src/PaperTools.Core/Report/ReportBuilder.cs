using PaperTools.Identity;
using PaperTools.Search;

namespace PaperTools.Report;

/// <summary>
/// Turns a day's papers and the interest profiles into a report: one index over the papers (Find-Paper's), every
/// query of every profile run on it, a paper kept in a profile when any of its queries matches and it has one of the
/// profile's categories (when it names some). A paper matching several profiles is in each. Sections list their papers
/// by best score, then input order; papers the same work as one held are marked, by the rule -Append uses.
/// </summary>
public static class ReportBuilder
{
    public const string AllPapersSection = "All papers";

    /// <param name="papers">The day's papers; nulls are skipped.</param>
    /// <param name="profiles">Null or empty: one section of every paper, in input order.</param>
    /// <param name="held">The library's papers, to mark those it already has; null marks none.</param>
    public static PaperReport Build(IEnumerable<Paper?> papers, IReadOnlyList<InterestProfile>? profiles,
        IEnumerable<Paper>? held = null, string? title = null, CancellationToken cancellation = default)
    {
        var list = papers.Where(p => p != null).Select(p => p!).ToList();
        var library = new SameWorkIndex();
        var holdsAny = false;
        foreach (var paper in held ?? Array.Empty<Paper>())
        {
            if (paper == null) continue;
            library.Add(paper);
            holdsAny = true;
        }
        var isHeld = new Dictionary<Paper, bool>(ReferenceEqualityComparer.Instance);
        bool Held(Paper paper)
        {
            if (!holdsAny) return false;
            if (!isHeld.TryGetValue(paper, out var known)) isHeld[paper] = known = library.FindSameWork(paper) != null;
            return known;
        }

        var sections = new List<ReportSection>();
        if (profiles == null || profiles.Count == 0)
            sections.Add(new ReportSection(AllPapersSection, Array.Empty<string>(),
                list.Select(p => new ReportEntry(p, 0, null, Held(p))).ToList()));
        else
        {
            var index = PaperIndex.Build(list, cancellation);
            var position = new Dictionary<Paper, int>(ReferenceEqualityComparer.Instance);
            for (var i = 0; i < list.Count; i++) position.TryAdd(list[i], i);
            foreach (var profile in profiles)
            {
                cancellation.ThrowIfCancellationRequested();
                var entries = Match(profile, list, index, position, Held);
                sections.Add(new ReportSection(profile.Name, profile.Recipients, entries));
            }
        }
        var date = list.Select(p => p.DigestDate).Where(d => d.HasValue).DefaultIfEmpty(null).Max();
        return new PaperReport(title ?? DefaultTitle(date), date?.Date, list.Count, sections);
    }

    public static string DefaultTitle(DateTime? date)
        => date.HasValue ? $"Reading list, {date.Value:yyyy-MM-dd}" : "Reading list";

    private static List<ReportEntry> Match(InterestProfile profile, List<Paper> papers, PaperIndex index,
        Dictionary<Paper, int> position, Func<Paper, bool> held)
    {
        var inCategories = profile.Categories.Count == 0 ? null : new PaperFilter(categories: profile.Categories);
        var found = new Dictionary<Paper, (double Score, MatchedTerms Matches)>(ReferenceEqualityComparer.Instance);
        if (profile.Queries.Count == 0)
        {
            foreach (var paper in papers)
                if (inCategories!.Matches(paper)) found.TryAdd(paper, (0, new MatchedTerms()));
        }
        foreach (var query in profile.Queries)
        {
            foreach (var result in index.Search(query))
            {
                if (inCategories != null && !inCategories.Matches(result.Paper)) continue;
                if (!found.TryGetValue(result.Paper, out var hit)) hit = (result.Score, new MatchedTerms());
                hit.Matches.Add(result.Matches);
                found[result.Paper] = (Math.Max(hit.Score, result.Score), hit.Matches);
            }
        }
        return found
            .OrderByDescending(pair => pair.Value.Score).ThenBy(pair => position[pair.Key])
            .Select(pair => new ReportEntry(pair.Key, pair.Value.Score,
                pair.Value.Matches.ToString(), held(pair.Key)))
            .ToList();
    }
}

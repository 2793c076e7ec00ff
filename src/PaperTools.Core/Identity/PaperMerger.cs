using PaperTools.Search;

namespace PaperTools.Identity;

/// <summary>
/// One paper from the records of one work, keeping the richest value of each property; a record read from a .bib is
/// the system of record, the others fill what it lacks; SeenIn lists every record's provenance, so merging again
/// loses nothing. The records are not changed. Which value wins: docs/design.md.
/// </summary>
public static class PaperMerger
{
    private static readonly HashSet<DigestFormat> ArxivFormats = new HashSet<DigestFormat> { DigestFormat.ArxivEmail,
        DigestFormat.ArxivFeed, DigestFormat.ArxivOai };

    public static Paper Merge(IReadOnlyList<Paper> records)
    {
        var papers = records?.Where(p => p != null).ToList() ?? throw new ArgumentNullException(nameof(records));
        if (papers.Count == 0) throw new ArgumentException("There is nothing to merge.", nameof(records));
        var library = papers.FirstOrDefault(p => p.Entry != null);
        var primary = library ?? papers[0];
        var merged = PaperCopy.Of(primary);
        // The record of reference first, then the others in the order they came.
        var ordered = new[] { primary }.Concat(papers.Where(p => !ReferenceEquals(p, primary))).ToList();
        var kept = library != null;

        merged.Title = kept && merged.Title != null ? merged.Title
            : ordered.Select(p => p.Title).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t) && !CutTitle.IsCut(t))
                ?? First(ordered, p => p.Title);
        if (!(kept && merged.Authors.Length > 0))
            merged.Authors = ArxivListElseLongest(ordered, p => p.Authors);
        if (!(kept && merged.Categories.Length > 0))
            merged.Categories = ArxivListElseLongest(ordered, p => p.Categories);
        if (!(kept && merged.Abstract != null))
        {
            var richest = Longest(ordered.Where(p => p.Abstract != null && !p.AbstractIsSnippet).ToList(),
                p => p.Abstract?.Length ?? 0)
                          ?? Longest(ordered.Where(p => p.Abstract != null).ToList(), p => p.Abstract?.Length ?? 0);
            merged.Abstract = richest?.Abstract;
            merged.AbstractIsSnippet = richest?.AbstractIsSnippet ?? false;
        }
        merged.Keywords = ordered.SelectMany(p => p.Keywords).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        merged.Upvotes = ordered.Max(p => p.Upvotes);
        merged.Year ??= First(ordered, p => p.Year);
        merged.Published ??= First(ordered, p => p.Published);
        merged.ArxivId ??= First(ordered, p => p.ArxivId);
        merged.ArxivVersion = ordered.Where(p => p.ArxivVersion.HasValue
            && SameWork.ArxivKey(p) == SameWork.ArxivKey(merged)).Max(p => p.ArxivVersion) ?? merged.ArxivVersion;
        merged.Doi ??= First(ordered, p => p.Doi);
        merged.Url ??= First(ordered, p => p.Url);
        merged.PdfUrl ??= First(ordered, p => p.PdfUrl);
        merged.JournalRef ??= First(ordered, p => p.JournalRef);
        merged.Comments ??= First(ordered, p => p.Comments);
        merged.Venue ??= First(ordered, p => p.Venue);
        merged.AnnounceType ??= First(ordered, p => p.AnnounceType);
        merged.CodeUrl ??= First(ordered, p => p.CodeUrl);
        merged.ProjectUrl ??= First(ordered, p => p.ProjectUrl);
        merged.MetadataSource ??= First(ordered, p => p.MetadataSource);
        if (!merged.IsPaper && papers.Any(p => p.IsPaper))
        {
            merged.IsPaper = true;
            merged.NonPaperReason = null;
        }

        var first = papers[0];
        (merged.Source, merged.SourceLine, merged.SourceFormat, merged.DigestDate) = (first.Source, first.SourceLine,
            first.SourceFormat, first.DigestDate);
        merged.SeenIn = papers.SelectMany(p => p.SeenIn.Length > 0 ? p.SeenIn
            : new[] { PaperProvenance.Of(p) }).ToArray();
        return merged;
    }

    private static T? First<T>(IEnumerable<Paper> papers, Func<Paper, T> value)
        => papers.Select(value).FirstOrDefault(v => v != null && !(v is string s && s.Length == 0));

    /// <summary>The list as an arXiv record states it, else the longest list; a copy.</summary>
    private static string[] ArxivListElseLongest(IReadOnlyList<Paper> papers, Func<Paper, string[]> list)
        => (papers.FirstOrDefault(p => ArxivFormats.Contains(p.SourceFormat) && list(p).Length > 0) ?? Longest(papers,
            p => list(p).Length)) is Paper source
            ? list(source).ToArray() : Array.Empty<string>();

    /// <summary>The paper with the largest measure (the first of equals); null when none measures above 0.</summary>
    private static Paper? Longest(IReadOnlyList<Paper> papers, Func<Paper, int> measure)
    {
        Paper? best = null;
        var most = 0;
        foreach (var paper in papers)
        {
            var m = measure(paper);
            if (m > most) (best, most) = (paper, m);
        }
        return best;
    }
}

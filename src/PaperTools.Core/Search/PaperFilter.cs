namespace PaperTools.Search;

/// <summary>
/// The query-free tests of Find-Paper, all of which must hold: title and author wildcards, a date window on
/// Published (else DigestDate), categories, and whether an arXiv id is present. Unset criteria pass everything.
/// Immutable once built, so one filter tests any number of papers without allocating.
/// </summary>
public sealed class PaperFilter
{
    private readonly GlobPattern[]? titles;
    private readonly GlobPattern[]? authors;
    private readonly GlobPattern[]? categories;
    private readonly DateTime? since;
    private readonly DateTime? until;
    private readonly bool? hasArxivId;

    /// <param name="titles">Any of these must match the whole title.</param>
    /// <param name="authors">Any of these must match one author's whole name.</param>
    /// <param name="since">Dated on or after this day.</param>
    /// <param name="until">Dated on or before this day (the whole day counts).</param>
    /// <param name="categories">Any of these must match one of the paper's categories.</param>
    /// <param name="hasArxivId">True: must have an arXiv id; false: must have none.</param>
    public PaperFilter(IEnumerable<string>? titles = null, IEnumerable<string>? authors = null,
        DateTime? since = null, DateTime? until = null, IEnumerable<string>? categories = null, bool? hasArxivId = null)
    {
        this.titles = Compile(titles);
        this.authors = Compile(authors);
        this.categories = Compile(categories);
        this.since = since?.Date;
        this.until = until?.Date;
        this.hasArxivId = hasArxivId;
    }

    public bool Matches(Paper? paper)
    {
        if (paper == null) return false;
        if (hasArxivId.HasValue && string.IsNullOrEmpty(paper.ArxivId) == hasArxivId.Value) return false;
        if (since.HasValue || until.HasValue)
        {
            var date = PaperOrdering.DateOf(paper)?.Date;
            if (date == null || date < since || date > until) return false;
        }
        if (categories != null && !AnyMatch(categories, paper.Categories)) return false;
        if (authors != null && !AnyMatch(authors, paper.Authors)) return false;
        if (titles != null && !AnyMatch(titles, paper.Title)) return false;
        return true;
    }

    private static bool AnyMatch(GlobPattern[] patterns, string[] values)
    {
        if (values == null) return false;
        foreach (var value in values)
            if (AnyMatch(patterns, value)) return true;
        return false;
    }

    private static bool AnyMatch(GlobPattern[] patterns, string? value)
    {
        if (value == null) return false;
        foreach (var pattern in patterns)
            if (pattern.IsMatch(value)) return true;
        return false;
    }

    private static GlobPattern[]? Compile(IEnumerable<string>? patterns)
    {
        var compiled = patterns?.Where(p => !string.IsNullOrEmpty(p)).Select(p => new GlobPattern(p)).ToArray();
        return compiled == null || compiled.Length == 0 ? null : compiled;
    }
}

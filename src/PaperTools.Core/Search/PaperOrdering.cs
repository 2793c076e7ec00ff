namespace PaperTools.Search;

/// <summary>The Date and Title orders, shared by ranked results and plain filtered lists.</summary>
public static class PaperOrdering
{
    /// <summary>The date a paper is filed under: Published, else the digest's date.</summary>
    public static DateTime? DateOf(Paper paper) => paper.Published ?? paper.DigestDate;

    /// <summary>Papers in the given order, stable (ties keep input order), at most top of them; Relevance keeps input
    /// order.</summary>
    public static List<Paper> Sort(IReadOnlyList<Paper> papers, SearchSort sort, int? top)
    {
        var order = new List<int>(papers.Count);
        for (var i = 0; i < papers.Count; i++) order.Add(i);
        var compare = Comparer(papers, sort);
        if (compare != null) order.Sort((x, y) => { var c = compare(x, y); return c != 0 ? c : x.CompareTo(y); });
        var count = Math.Min(order.Count, top ?? int.MaxValue);
        var sorted = new List<Paper>(count);
        for (var i = 0; i < count; i++) sorted.Add(papers[order[i]]);
        return sorted;
    }

    /// <summary>
    /// Compares papers by their position in the list: Date is newest first, Title is A-Z ignoring case, diacritics
    /// and punctuation; papers without the key go last. Null for Relevance, which has no paper-only order.
    /// Keys are computed once, not per comparison.
    /// </summary>
    internal static Comparison<int>? Comparer(IReadOnlyList<Paper> papers, SearchSort sort)
    {
        if (sort == SearchSort.Date)
        {
            var dates = new DateTime?[papers.Count];
            for (var i = 0; i < dates.Length; i++) dates[i] = papers[i] == null ? null : DateOf(papers[i]);
            return (x, y) => CompareMissingLast(dates[x].HasValue, dates[y].HasValue)
                ?? Nullable.Compare(dates[y], dates[x]);
        }
        if (sort == SearchSort.Title)
        {
            var titles = new string[papers.Count];
            for (var i = 0; i < titles.Length; i++) titles[i] = TextNormalizer.NormalizeTitle(papers[i]?.Title);
            return (x, y) => CompareMissingLast(titles[x].Length > 0, titles[y].Length > 0)
                ?? string.CompareOrdinal(titles[x], titles[y]);
        }
        return null;
    }

    private static int? CompareMissingLast(bool x, bool y)
        => x && y ? (int?)null : x == y ? 0 : x ? -1 : 1;
}

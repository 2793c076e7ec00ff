namespace PaperTools.Digests.JournalToc;

/// <summary>
/// What one item of a journal's table-of-contents feed states, as <see cref="JournalTocMapping.Read"/> reads it.
/// More than a Paper holds today (volume, issue, pages, ISSN, publisher, the date's precision):
/// <see cref="JournalTocMapping.ToPaper"/> says where each value goes.
/// </summary>
internal sealed record TocItem
{
    public string? Title { get; init; }
    public string[] Authors { get; init; } = Array.Empty<string>();
    public string? Abstract { get; init; }
    public string? Doi { get; init; }
    public string? Url { get; init; }
    public string? Journal { get; init; }
    public string? Volume { get; init; }
    public string? Issue { get; init; }
    public string? FirstPage { get; init; }
    public string? LastPage { get; init; }
    public CoverDate? CoverDate { get; init; }
    public string? Issn { get; init; }
    public string? EIssn { get; init; }
    public string? Publisher { get; init; }
}

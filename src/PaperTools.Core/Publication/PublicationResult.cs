namespace PaperTools.Publication;

/// <summary>What Update-PaperPublication found for one paper.</summary>
public enum PublicationStatus
{
    /// <summary>Not a preprint (or already published); only notices were looked for.</summary>
    NotPreprint,
    /// <summary>A preprint for which no source names a published version (or one that is the same work).</summary>
    NotFound,
    /// <summary>
    /// A record with the same title but authors that conflict or are not stated: reported, not applied.
    /// </summary>
    PossibleMatch,
    /// <summary>
    /// A published version was found and verified; <see cref="PublicationResult.Changes"/> says what it changes.
    /// </summary>
    Published,
    /// <summary>The paper states its published version already: nothing to change.</summary>
    UpToDate,
}

/// <summary>
/// One paper's outcome: the paper as it leaves (<see cref="Paper"/>, the input itself when nothing changed), the
/// published version and where it was found, each field change as before/after, the notices and whether the paper is
/// retracted or withdrawn. Update-PaperPublication -AsResult writes these instead of the papers.
/// </summary>
public sealed class PublicationResult
{
    public PublicationResult(Paper original)
    {
        Original = original;
        Paper = original;
    }

    public Paper Original { get; }

    /// <summary>
    /// The paper with the published version (and mark) applied; <see cref="Original"/> when nothing changed.
    /// </summary>
    public Paper Paper { get; internal set; }

    /// <summary>
    /// Leaves the paper as it came (the change was declined: -WhatIf, -Confirm); the changes stay listed.
    /// </summary>
    public void KeepOriginal() => Paper = Original;

    public string? CitationKey => Original.CitationKey;
    public string? Title => Original.Title;
    public PublicationStatus Status { get; internal set; } = PublicationStatus.NotPreprint;

    /// <summary>The published version's DOI (for a possible match, the candidate's).</summary>
    public string? PublishedDoi { get; internal set; }

    /// <summary>
    /// The source and route that named the published version ("arXiv API doi", "Crossref is-preprint-of" …).
    /// </summary>
    public string? FoundBy { get; internal set; }

    /// <summary>Why the verdict was reached ("titles, authors and year agree", "same title, other authors").</summary>
    public string? Reason { get; internal set; }

    public IReadOnlyList<FieldChange> Changes { get; internal set; } = Array.Empty<FieldChange>();
    public IReadOnlyList<PublicationNotice> Notices { get; internal set; } = Array.Empty<PublicationNotice>();

    /// <summary>True when a retraction or withdrawal notice names the paper (or its published version).</summary>
    public bool IsRetracted => Notices.Any(n => n.Withdraws);

    public bool Changed => Changes.Count > 0;
}

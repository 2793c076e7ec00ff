namespace PaperTools.Publication;

/// <summary>
/// A Crossref work as Update-PaperPublication uses it: the paper it describes (title, authors, year, DOI, read by the
/// same reader as a saved Crossref reply), the container and its numbering, the BibTeX type its Crossref type maps to,
/// its preprint relations, the notices that update it, and the works it is itself a notice about.
/// </summary>
public sealed class PublishedWork(Paper work, string crossrefType)
{
    public Paper Work { get; } = work;
    public string Doi => Work.Doi ?? string.Empty;

    /// <summary>journal-article, proceedings-article, posted-content …</summary>
    public string CrossrefType { get; } = crossrefType;

    /// <summary>
    /// article, inproceedings or incollection; null for a type that is no published version (posted-content …).
    /// </summary>
    public string? EntryType => CrossrefType switch
    {
        "journal-article" => "article",
        "proceedings-article" => "inproceedings",
        "book-chapter" => "incollection",
        _ => null,
    };

    public string? Container { get; init; }
    public string? Volume { get; init; }
    public string? Issue { get; init; }
    public string? Pages { get; init; }
    public string? Publisher { get; init; }

    /// <summary>DOIs this work is a preprint of (relation is-preprint-of).</summary>
    public IReadOnlyList<string> PreprintOf { get; init; } = Array.Empty<string>();

    /// <summary>DOIs of this work's preprints (relation has-preprint), arXiv's 10.48550 DOIs among them.</summary>
    public IReadOnlyList<string> HasPreprint { get; init; } = Array.Empty<string>();

    /// <summary>Notices that update this work (updated-by), as Crossref states them.</summary>
    public IReadOnlyList<PublicationNotice> UpdatedBy { get; init; } = Array.Empty<PublicationNotice>();

    /// <summary>The DOIs this work is itself a notice about (update-to).</summary>
    public IReadOnlyList<string> UpdateTo { get; init; } = Array.Empty<string>();
}

namespace PaperTools.Formats.BibTeX;

/// <summary>
/// The fields one typed property of a Paper is read from and written to: Title is title; Date is year, month and
/// date; Arxiv is eprint, archivePrefix, primaryClass and the arXiv DOI. The exporter rewrites a group only when
/// its property was changed.
/// </summary>
internal enum FieldGroup
{
    None = 0,
    Title,
    Abstract,
    Authors,
    Date,
    Venue,
    Arxiv,
    Doi,
    Url,
    Keywords,
    /// <summary>
    /// What a paper's item states beyond its properties (editor, volume, pages, publisher, note, ...): written for a
    /// paper read from RIS or CSL-JSON; an entry read from a .bib keeps these fields as they were.
    /// </summary>
    Item,
    /// <summary>plain.bst's sort key (key = {…}), which the exporter writes for entries it makes without
    /// authors.</summary>
    SortKey,
}

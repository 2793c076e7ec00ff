namespace PaperTools;

/// <summary>
/// What a reference manager's record states beyond a <see cref="Paper"/>'s own properties, in CSL's vocabulary (the
/// lingua franca of Zotero, pandoc and citation-js): the item type, creators other than the authors with their role,
/// the issued date with its precision (a range's end too), and the bibliographic variables (volume, issue, page,
/// publisher, ISBN, ...; dates such as accessed as PaperTools.Formats.DateText spells them).
/// Title, abstract, authors, year, DOI, URL, keywords, container (Venue) and note (Comments) stay on the Paper;
/// each format's mapping (src/PaperTools.Core/Formats) reads into and writes from both. Null on a Paper that has
/// none of this (every digest paper), so that the digests' papers do not grow.
/// </summary>
public sealed class BibItem
{
    /// <summary>The CSL item type (book, chapter, thesis, report, patent, dataset, software, webpage, ...).</summary>
    public string? Type { get; set; }

    /// <summary>
    /// Editors, translators and other creators who are not authors, in the order the source gave them.
    /// </summary>
    public List<BibCreator> Creators { get; } = new List<BibCreator>();

    /// <summary>
    /// The issued date with the precision the source stated (1980, 1980-10, circa 1850), where it states more than the
    /// Paper's Year and Published hold: its month without a day, circa, or the start of a range.
    /// </summary>
    public PartialDate? Issued { get; set; }

    /// <summary>The end of an issued range (2001-03/2003-05), with its own precision; only beside Issued.</summary>
    public PartialDate? IssuedEnd { get; set; }

    /// <summary>CSL variables by their CSL name ("volume", "page", "ISSN"), values as plain text.</summary>
    public SortedDictionary<string, string> Variables { get; } =
        new SortedDictionary<string, string>(System.StringComparer.Ordinal);

    /// <summary>
    /// Fields no mapping knows, by their format and name ("RIS:C1", "CSL:custom"), values as the format held them;
    /// written back to their own format, so nothing read is dropped.
    /// </summary>
    public List<KeyValuePair<string, string>> Unknown { get; } = new List<KeyValuePair<string, string>>();

    public string? this[string variable]
    {
        get => Variables.TryGetValue(variable, out var value) ? value : null;
        set
        {
            if (string.IsNullOrWhiteSpace(value)) Variables.Remove(variable);
            else Variables[variable] = value;
        }
    }

    public bool IsEmpty => Type == null && Creators.Count == 0 && Issued == null && IssuedEnd == null
        && Variables.Count == 0 && Unknown.Count == 0;
}

/// <summary>
/// A creator with a CSL role ("editor", "translator", "container-author", ...); the name as "Family, Given".
/// </summary>
public sealed record BibCreator(string Role, string Name);

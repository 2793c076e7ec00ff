namespace PaperTools;

/// <summary>Facts two papers state differently; any of them keeps a title match from merging the papers.</summary>
[Flags]
public enum SameWorkConflicts
{
    None = 0,
    /// <summary>Both state a year, and the years differ.</summary>
    Year = 1,
    /// <summary>Both list authors, and the lists share too few family names.</summary>
    Authors = 2,
    /// <summary>Both state an entry type, and the types are different kinds of work (article vs
    /// inproceedings).</summary>
    EntryType = 4,
    /// <summary>Both carry arXiv identifiers, and they differ.</summary>
    ArxivId = 8,
    /// <summary>Both carry publisher DOIs, and they differ.</summary>
    Doi = 16,
}

using PaperTools.BibTeX;

namespace PaperTools.Formats.BibTeX;

/// <summary>
/// One entry as read, with what its fields mean: the entry as written (<see cref="Entry"/>) and each field's
/// value as bibtex reads it (macros expanded, # joined, white space collapped, still LaTeX).
/// </summary>
public sealed class BibTeXEntryValues
{
    public BibTeXEntryValues(BibTeXEntry entry, Dictionary<string, string> values)
    {
        Entry = entry;
        Values = values;
    }

    public BibTeXEntry Entry { get; }

    /// <summary>Entry type, lower case: article, misc, inproceedings …</summary>
    public string Type => Entry.Type.ToLowerInvariant();

    public string Key => Entry.Key;

    /// <summary>1-based line of the entry's @.</summary>
    public int Line => Entry.Line;

    /// <summary>Expanded values by field name (case-insensitive); a repeated field keeps its first value, as bibtex
    /// does.</summary>
    public IReadOnlyDictionary<string, string> Values { get; }

    public string? this[string name] => Values.TryGetValue(name, out var value) ? value : null;
}

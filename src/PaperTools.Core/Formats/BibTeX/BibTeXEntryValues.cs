using PaperTools.BibTeX;

namespace PaperTools.Formats.BibTeX;

/// <summary>
/// One entry as read, with what its fields mean: the entry as written (<see cref="Entry"/>) and each field's
/// value as bibtex reads it (macros expanded, # joined, white space collapsed, still LaTeX).
/// </summary>
public sealed class BibTeXEntryValues
{
    // By field, in the entry's order: the expanded value, or null for a field written as one braced part, whose
    // value is its body collapsed, made only when asked for (an abstract is seldom read as a value).
    private readonly string?[] values;

    internal BibTeXEntryValues(BibTeXEntry entry, string?[] values)
    {
        Entry = entry;
        this.values = values;
    }

    public BibTeXEntry Entry { get; }

    /// <summary>Entry type, lower case: article, misc, inproceedings …</summary>
    public string Type => Entry.Type.ToLowerInvariant();

    public string Key => Entry.Key;

    /// <summary>1-based line of the entry's @.</summary>
    public int Line => Entry.Line;

    /// <summary>Expanded values by field name (case-insensitive); a repeated field keeps its first value, as bibtex
    /// does.</summary>
    public IReadOnlyDictionary<string, string> Values
    {
        get
        {
            var all = new Dictionary<string, string>(values.Length, StringComparer.OrdinalIgnoreCase);
            for (var f = 0; f < values.Length; f++) all.TryAdd(Entry.Fields[f].Name, ValueAt(f));
            return all;
        }
    }

    public string? this[string name]
    {
        get
        {
            var fields = Entry.Fields;
            for (var f = 0; f < fields.Count; f++)
                if (string.Equals(fields[f].Name, name, StringComparison.OrdinalIgnoreCase)) return ValueAt(f);
            return null;
        }
    }

    private string ValueAt(int field)
        => values[field] ??= Whitespace.Collapse(Entry.Fields[field].ReadBody()) ?? string.Empty;
}

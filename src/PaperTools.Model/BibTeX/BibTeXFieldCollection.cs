using System.Collections.ObjectModel;

namespace PaperTools.BibTeX;

/// <summary>
/// The fields of an entry in their order. <c>$paper.Fields['pages']</c> reads the first field of that name
/// (case-insensitive) as written, or null; assigning replaces it in place, or adds it at the end; assigning
/// null removes it. A value is BibTeX as written: <c>$paper.Fields['note'] = '{Seen at {NeurIPS}}'</c>.
/// </summary>
public sealed class BibTeXFieldCollection : Collection<BibTeXField>, ICloneable
{
    public BibTeXFieldCollection()
    {
    }

    public BibTeXFieldCollection(IEnumerable<BibTeXField> fields)
        : base((fields ?? Enumerable.Empty<BibTeXField>()).ToList())
    {
    }

    /// <summary>The value of the first field named <paramref name="name"/> as written; null when there is
    /// none.</summary>
    public string? this[string name]
    {
        get
        {
            var index = IndexOf(name);
            return index < 0 ? null : this[index].Value;
        }
        set
        {
            var index = IndexOf(name);
            if (value == null)
            {
                if (index >= 0) RemoveAt(index);
            }
            else if (index >= 0) this[index] = new BibTeXField(this[index].Name, value);
            else Add(new BibTeXField(name, value));
        }
    }

    /// <summary>The position of the first field named <paramref name="name"/> (case-insensitive), or -1.</summary>
    public int IndexOf(string name)
    {
        for (var i = 0; i < Count; i++)
            if (string.Equals(this[i].Name, name, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    public bool Contains(string name) => IndexOf(name) >= 0;

    /// <summary>Adds a field; <paramref name="value"/> is BibTeX as written, delimiters included.</summary>
    public void Add(string name, string value) => Add(new BibTeXField(name, value));

    /// <summary>True when both hold the same fields, names and values as written, in the same order.</summary>
    public bool SameAs(IReadOnlyList<BibTeXField> other)
    {
        if (other == null || other.Count != Count) return false;
        for (var i = 0; i < Count; i++)
            if (!this[i].Equals(other[i])) return false;
        return true;
    }

    public BibTeXFieldCollection Clone() => new BibTeXFieldCollection(this);

    object ICloneable.Clone() => Clone();

    protected override void InsertItem(int index, BibTeXField item) => base.InsertItem(index, item
        ?? throw new ArgumentNullException(nameof(item)));

    protected override void SetItem(int index, BibTeXField item) => base.SetItem(index, item
        ?? throw new ArgumentNullException(nameof(item)));

    /// <summary>The field names, for tables and CSV: "author, title, year".</summary>
    public override string ToString() => string.Join(", ", this.Select(f => f.Name));
}

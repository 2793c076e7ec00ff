using PaperTools.BibTeX;

namespace PaperTools.Formats.BibTeX;

/// <summary>
/// The fields the entry builder makes for one entry, reused from one entry to the next: each value is written into one
/// shared text (<see cref="Values"/>) and is a place in it, not a string or an object of its own, until the entry's
/// UTF-8 text is laid out from there.
/// </summary>
internal sealed class MadeFields
{
    private const int InitialCapacity = 4096;

    /// <summary>Text grown past this (a huge abstract) is let go after its entry, not kept for the session.</summary>
    private const int MaxKeptCapacity = 64 * 1024;

    private readonly List<MadeField> fields = new(16);
    private char[] chars = new char[InitialCapacity];

    /// <summary>Where values are written; a value begins at <see cref="Start"/> and is added by <see cref="End"/>.
    /// </summary>
    public StringBuilder Values { get; private set; } = new(InitialCapacity);

    public IReadOnlyList<MadeField> Fields => fields;

    /// <summary>Where the next value begins in <see cref="Values"/>.</summary>
    public int Start => Values.Length;

    /// <summary>Empties the fields for the next entry.</summary>
    public void Clear()
    {
        if (Values.Capacity > MaxKeptCapacity) Values = new StringBuilder(InitialCapacity);
        else Values.Clear();
        fields.Clear();
    }

    /// <summary>Adds what was written since <paramref name="start"/> as the value of <paramref name="name"/>; an empty
    /// value is not a field.</summary>
    public void End(FieldGroup group, string name, int start)
    {
        if (Values.Length > start) fields.Add(new MadeField(group, name, start, Values.Length - start, null));
    }

    /// <summary>Adds <paramref name="value"/> as the value of <paramref name="name"/>, unless it is empty.</summary>
    public void Add(FieldGroup group, string name, string? value)
    {
        var start = Start;
        Values.Append(value);
        End(group, name, start);
    }

    /// <summary>Adds a field written as it is.</summary>
    public void Add(FieldGroup group, BibTeXField field) => fields.Add(MadeField.Keeping(group, field));

    /// <summary>The characters of every value, valid until the next <see cref="Clear"/>.</summary>
    public ReadOnlySpan<char> Chars()
    {
        if (chars.Length < Values.Length) chars = new char[Math.Max(Values.Length, 2 * chars.Length)];
        else if (chars.Length > MaxKeptCapacity && Values.Length <= InitialCapacity) chars = new char[InitialCapacity];
        Values.CopyTo(0, chars, Values.Length);
        return chars.AsSpan(0, Values.Length);
    }
}

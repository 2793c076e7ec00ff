using System.Collections;
using PaperTools.BibTeX;

namespace PaperTools.Formats.BibTeX;

/// <summary>
/// The fields of an entry the exporter made, kept as places in its UTF-8 text: a field is made when it is asked for,
/// so that an entry held until its file is written is three objects, not a dozen the garbage collector moves.
/// </summary>
internal sealed class MadeEntryFields : IReadOnlyList<BibTeXField>
{
    private readonly byte[] text;
    private readonly string[] names;

    /// <summary>Where each value's bytes begin and end in <see cref="text"/>, two numbers a field.</summary>
    private readonly int[] bounds;

    public MadeEntryFields(byte[] text, string[] names, int[] bounds)
    {
        this.text = text;
        this.names = names;
        this.bounds = bounds;
    }

    /// <summary>A field as its entry's text spells it, made anew on each call (fields compare by name and
    /// value).</summary>
    public BibTeXField this[int index] => new(names[index], SourceText.FromUtf8(text, bounds[2 * index],
        bounds[2 * index + 1] - bounds[2 * index]));

    public int Count => names.Length;

    public IEnumerator<BibTeXField> GetEnumerator()
    {
        for (var i = 0; i < names.Length; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

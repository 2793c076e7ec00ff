using PaperTools.BibTeX;

namespace PaperTools.Formats.BibTeX;

/// <summary>
/// One field of an entry being laid out: a value the builder made (characters <see cref="Start"/> on of
/// <see cref="MadeFields.Values"/>, written in braces), or a field written as it is (<see cref="Kept"/>: the entry's
/// own, one the user gave the paper, a month macro).
/// </summary>
internal readonly record struct MadeField(FieldGroup Group, string Name, int Start, int Length, BibTeXField? Kept)
{
    public static MadeField Keeping(FieldGroup group, BibTeXField field) => new(group, field.Name, 0, 0, field);

    /// <summary>The length of the value as written, braces included.</summary>
    public int ValueLength => Kept?.ValueLength ?? Length + 2;
}

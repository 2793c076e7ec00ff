using PaperTools.BibTeX;

namespace PaperTools.Formats.BibTeX;

/// <summary>
/// A typed property read from a field written as one braced part ({…}, no macro, no #): what the reader decodes
/// such a value to (its body, white space collapsed, LaTeX decoded), worked out from the field when it is asked for.
/// </summary>
internal sealed class DecodedField(BibTeXField field) : DeferredText
{
    public override string? Read() => BibTeXPaperReader.DecodeText(Whitespace.Collapse(field.ReadBody()));
}

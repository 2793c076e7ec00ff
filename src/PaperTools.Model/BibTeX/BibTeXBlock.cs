namespace PaperTools.BibTeX;

/// <summary>A part of a .bib file that is not an entry, kept as written so that it travels with the file's
/// entries.</summary>
public sealed class BibTeXBlock(BibTeXBlockKind kind, string text, int position, int line, string? macroName = null,
    string? macroValue = null)
{
    public BibTeXBlockKind Kind { get; } = kind;

    /// <summary>The block's text exactly as in the file.</summary>
    public string Text { get; } = text ?? string.Empty;

    /// <summary>The block's place among the file's items (entries and blocks, in file order).</summary>
    public int Position { get; } = position;

    /// <summary>1-based line where the block starts.</summary>
    public int Line { get; } = line;

    /// <summary>For an @string, the macro it defines; otherwise null.</summary>
    public string? MacroName { get; } = macroName;

    /// <summary>For an @string, the macro's value as written (delimiters, #, other macros); otherwise null.</summary>
    public string? MacroValue { get; } = macroValue;

    public override string ToString() => Kind + " (line " + Line + ")";
}

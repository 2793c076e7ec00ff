#nullable enable
namespace PaperTools.BibTeX;

/// <summary>A part of a .bib file that is not an entry, kept as written so that it travels with the file's
/// entries.</summary>
public sealed class BibTeXBlock
{
    public BibTeXBlock(BibTeXBlockKind kind, string text, int position, int line, string? macroName = null,
        string? macroValue = null)
    {
        Kind = kind;
        Text = text ?? string.Empty;
        Position = position;
        Line = line;
        MacroName = macroName;
        MacroValue = macroValue;
    }

    public BibTeXBlockKind Kind { get; }

    /// <summary>The block's text exactly as in the file.</summary>
    public string Text { get; }

    /// <summary>The block's place among the file's items (entries and blocks, in file order).</summary>
    public int Position { get; }

    /// <summary>1-based line where the block starts.</summary>
    public int Line { get; }

    /// <summary>For an @string, the macro it defines; otherwise null.</summary>
    public string? MacroName { get; }

    /// <summary>For an @string, the macro's value as written (delimiters, #, other macros); otherwise null.</summary>
    public string? MacroValue { get; }

    public override string ToString() => Kind + " (line " + Line + ")";
}

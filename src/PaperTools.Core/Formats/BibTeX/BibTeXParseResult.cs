using PaperTools.BibTeX;

namespace PaperTools.Formats.BibTeX;

/// <summary>What reading a .bib text gives: the file's blocks, its entries, and whether bibtex would read past its
/// end.</summary>
public sealed class BibTeXParseResult(BibTeXDocument document, IReadOnlyList<BibTeXEntryValues> records,
    int unterminatedLine, string? unterminatedConstruct)
{
    public BibTeXDocument Document { get; } = document;
    public IReadOnlyList<BibTeXEntryValues> Records { get; } = records;

    /// <summary>
    /// The line of the first construct whose opening brace is never closed (an @comment, @preamble, @string or
    /// entry): bibtex and biber read everything after it, to the end of the file, as part of it. 0 when there is none.
    /// </summary>
    public int UnterminatedLine { get; } = unterminatedLine;

    /// <summary>That construct, as a message names it ("@comment", "entry 'smith2020'"); null when none.</summary>
    public string? UnterminatedConstruct { get; } = unterminatedConstruct;
}

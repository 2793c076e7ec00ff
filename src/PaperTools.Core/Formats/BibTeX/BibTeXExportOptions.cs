using PaperTools.BibTeX;

namespace PaperTools.Formats.BibTeX;

/// <summary>What the user asked of an export.</summary>
public sealed class BibTeXExportOptions
{
    public BibTeXDialect Dialect { get; set; } = BibTeXDialect.BibTeX;

    /// <summary>Null for the dialect's default: LaTeX for BibTeX (any bibtex reads it), Unicode for BibLaTeX (biber
    /// reads UTF-8).</summary>
    public BibTeXEscaping? Escaping { get; set; }

    public CitationKeyFormat KeyFormat { get; set; } = CitationKeyFormat.GoogleScholar;

    public bool IncludeAbstract { get; set; } = true;

    /// <summary>The year for papers whose source states none; only when the user gives it, never guessed.</summary>
    public int? DefaultYear { get; set; }

    /// <summary>Makes a key for entries read from a .bib without one (@article{,); by default they stay keyless, as
    /// written.</summary>
    public bool AddMissingKeys { get; set; }

    public BibTeXEscaping EffectiveEscaping => Escaping ?? (Dialect == BibTeXDialect.BibTeX ? BibTeXEscaping.Latex
        : BibTeXEscaping.Unicode);
}

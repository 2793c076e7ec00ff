namespace PaperTools.BibTeX;

/// <summary>Which database format the writer targets.</summary>
public enum BibTeXDialect
{
    /// <summary>Classic BibTeX: year and month, archivePrefix/primaryClass, journal. Read by bibtex and
    /// biber.</summary>
    BibTeX = 0,
    /// <summary>biblatex/biber: date, eprinttype/eprintclass, journaltitle.</summary>
    BibLaTeX,
}

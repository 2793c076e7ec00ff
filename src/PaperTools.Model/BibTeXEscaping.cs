namespace PaperTools.BibTeX;

/// <summary>
/// How characters outside ASCII are written into a .bib entry. Not a text encoding: the file itself is UTF-8
/// either way; this says whether an "ö" is written as {\"o} or as itself.
/// </summary>
public enum BibTeXEscaping
{
    /// <summary>Kept as themselves (biber, or bibtex with inputenc utf8).</summary>
    Unicode = 0,
    /// <summary>Spelled as LaTeX commands ({\"o}, {\L}, $\alpha$), so any bibtex and any LaTeX read them.</summary>
    Latex,
}

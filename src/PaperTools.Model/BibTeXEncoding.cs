namespace PaperTools.BibTeX
{
    /// <summary>How characters outside ASCII are written.</summary>
    public enum BibTeXEncoding
    {
        /// <summary>Kept as UTF-8 (biber, or bibtex with inputenc utf8).</summary>
        Unicode = 0,
        /// <summary>Spelled as LaTeX commands ({\"o}, {\L}, $\alpha$), so any bibtex and any LaTeX read them.</summary>
        Ascii,
    }
}

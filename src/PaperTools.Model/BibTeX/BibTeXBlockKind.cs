namespace PaperTools.BibTeX;

/// <summary>What a part of a .bib file that is not an entry holds.</summary>
public enum BibTeXBlockKind
{
    /// <summary>Text between entries: white space, % lines, notes; BibTeX ignores it.</summary>
    Text = 0,
    /// <summary>An @string macro definition.</summary>
    String,
    /// <summary>An @preamble.</summary>
    Preamble,
    /// <summary>An @comment (JabRef keeps its groups and settings in them).</summary>
    Comment,
    /// <summary>An entry or command that could not be read; kept as written so nothing of the file is lost.</summary>
    Unreadable,
}

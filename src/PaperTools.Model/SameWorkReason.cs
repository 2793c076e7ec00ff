namespace PaperTools;

/// <summary>Why two papers are taken to be the same work (or, with conflicts, possibly the same).</summary>
public enum SameWorkReason
{
    /// <summary>Nothing ties them.</summary>
    None = 0,
    /// <summary>The same arXiv identifier (any version; also from a 10.48550/arXiv DOI).</summary>
    ArxivId,
    /// <summary>The same DOI.</summary>
    Doi,
    /// <summary>The same title after normalisation (case, punctuation, diacritics, white space, words glued by PDF
    /// extraction, mojibake).</summary>
    Title,
    /// <summary>Neither has a title or identifier, but both are the same .bib entry (same key and type, or the same
    /// fields).</summary>
    SameEntry,
    /// <summary>A title cut with "…" (or "...") whose prefix, long enough to be unique, opens the other
    /// title.</summary>
    TruncatedTitle,
}

namespace PaperTools;

/// <summary>The shapes Import-PaperDigest reads; SourceFormat on a Paper names the reader that made it.</summary>
public enum DigestFormat
{
    /// <summary>Detect the shape from the content.</summary>
    Auto = 0,
    /// <summary>Hugging Face Daily Papers saved as plain text (both layouts).</summary>
    Text,
    /// <summary>Hugging Face Daily Papers page saved as HTML.</summary>
    HuggingFaceHtml,
    /// <summary>Hugging Face /api/daily_papers JSON.</summary>
    HuggingFaceJson,
    /// <summary>arXiv listing e-mail (plain text).</summary>
    ArxivEmail,
    /// <summary>arXiv RSS 2.0 or Atom feed.</summary>
    ArxivFeed,
    /// <summary>Google Scholar alert e-mail (HTML or .eml).</summary>
    ScholarAlert,
    /// <summary>Crossref REST API /works JSON: one work or a list of works.</summary>
    CrossrefJson,
    /// <summary>A .bib file read back by Import-PaperBibTeX.</summary>
    BibTeX,
    /// <summary>bioRxiv or medRxiv RSS feed (connect.biorxiv.org, RSS 1.0 with dc:identifier doi:).</summary>
    BiorxivFeed,
    /// <summary>arXiv OAI-PMH ListRecords or GetRecord reply (metadataPrefix arXiv, arXivRaw or oai_dc).</summary>
    ArxivOai,
    /// <summary>Semantic Scholar Graph API JSON: a paper, a search or batch reply.</summary>
    SemanticScholar,
    /// <summary>OpenAlex works JSON: one work or a list reply.</summary>
    OpenAlex,
    /// <summary>PubMed efetch XML (PubmedArticleSet).</summary>
    PubMed,
    /// <summary>RIS, as Zotero, EndNote and Mendeley export it.</summary>
    Ris,
    /// <summary>CSL-JSON, as Zotero, Mendeley, pandoc and citation-js write it.</summary>
    CslJson,
    /// <summary>A journal's table-of-contents feed: publisher RSS 1.0/2.0 or Atom with PRISM and Dublin Core.</summary>
    JournalToc,
}

namespace PaperTools;

/// <summary>The services Update-PaperMetadata asks, named by -Source in the order to ask them.</summary>
public enum MetadataService
{
    /// <summary>Hugging Face papers API: daily papers by date, paper search, one paper by arXiv id.</summary>
    HuggingFace,
    /// <summary>The arXiv API (export.arxiv.org/api/query): id_list batches and title search.</summary>
    Arxiv,
    /// <summary>The Crossref REST API: /works/{doi} and bibliographic search.</summary>
    Crossref,
    /// <summary>OpenAlex (api.openalex.org): one work by DOI; asked by Update-PaperPublication.</summary>
    OpenAlex,
    /// <summary>The Semantic Scholar graph API: one paper by arXiv id or DOI; asked by
    /// Update-PaperPublication.</summary>
    SemanticScholar,
}

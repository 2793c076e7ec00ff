namespace PaperTools.Metadata;

/// <summary>
/// Where each service is reached. The defaults are the public APIs; PAPERTOOLS_ARXIV_API, PAPERTOOLS_HUGGINGFACE_API
/// PAPERTOOLS_CROSSREF_API, PAPERTOOLS_OPENALEX_API and PAPERTOOLS_SEMANTICSCHOLAR_API name a mirror, a proxy or a
/// test server instead.
/// </summary>
public sealed class MetadataEndpoints
{
    public const string DefaultArxiv = "https://export.arxiv.org/api/query";
    public const string DefaultHuggingFace = "https://huggingface.co/api";
    public const string DefaultCrossref = "https://api.crossref.org";
    public const string DefaultOpenAlex = "https://api.openalex.org";
    public const string DefaultSemanticScholar = "https://api.semanticscholar.org/graph/v1";

    public const string ArxivVariable = "PAPERTOOLS_ARXIV_API";
    public const string HuggingFaceVariable = "PAPERTOOLS_HUGGINGFACE_API";
    public const string CrossrefVariable = "PAPERTOOLS_CROSSREF_API";
    public const string OpenAlexVariable = "PAPERTOOLS_OPENALEX_API";
    public const string SemanticScholarVariable = "PAPERTOOLS_SEMANTICSCHOLAR_API";

    public MetadataEndpoints(string? arxiv, string? huggingFace, string? crossref, string? openAlex = null,
        string? semanticScholar = null)
    {
        Arxiv = Trim(arxiv ?? DefaultArxiv);
        HuggingFace = Trim(huggingFace ?? DefaultHuggingFace);
        Crossref = Trim(crossref ?? DefaultCrossref);
        OpenAlex = Trim(openAlex ?? DefaultOpenAlex);
        SemanticScholar = Trim(semanticScholar ?? DefaultSemanticScholar);
    }

    /// <summary>The arXiv query endpoint itself (…/api/query); parameters follow a '?'.</summary>
    public string Arxiv { get; }

    /// <summary>The Hugging Face API root (…/api); daily_papers and papers/… follow it.</summary>
    public string HuggingFace { get; }

    /// <summary>The Crossref REST API root; /works follows it.</summary>
    public string Crossref { get; }

    /// <summary>The OpenAlex API root; /works/… follows it.</summary>
    public string OpenAlex { get; }

    /// <summary>The Semantic Scholar graph API root (…/graph/v1); /paper/… follows it.</summary>
    public string SemanticScholar { get; }

    public static MetadataEndpoints FromEnvironment()
        => new MetadataEndpoints(Variable(ArxivVariable), Variable(HuggingFaceVariable), Variable(CrossrefVariable),
                                 Variable(OpenAlexVariable), Variable(SemanticScholarVariable));

    public string For(MetadataService service)
        => service switch
        {
            MetadataService.Arxiv => Arxiv,
            MetadataService.HuggingFace => HuggingFace,
            MetadataService.OpenAlex => OpenAlex,
            MetadataService.SemanticScholar => SemanticScholar,
            _ => Crossref,
        };

    private static string? Variable(string name)
    {
        var value = Environment.GetEnvironmentVariable(name);
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    private static string Trim(string url) => url.TrimEnd('/');
}

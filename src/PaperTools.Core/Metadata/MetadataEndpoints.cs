using System;

namespace PaperTools.Metadata
{
    /// <summary>
    /// Where each service is reached. The defaults are the public APIs; PAPERTOOLS_ARXIV_API, PAPERTOOLS_HUGGINGFACE_API
    /// and PAPERTOOLS_CROSSREF_API name a mirror, a proxy or a test server instead.
    /// </summary>
    public sealed class MetadataEndpoints
    {
        public const string DefaultArxiv = "https://export.arxiv.org/api/query";
        public const string DefaultHuggingFace = "https://huggingface.co/api";
        public const string DefaultCrossref = "https://api.crossref.org";

        public const string ArxivVariable = "PAPERTOOLS_ARXIV_API";
        public const string HuggingFaceVariable = "PAPERTOOLS_HUGGINGFACE_API";
        public const string CrossrefVariable = "PAPERTOOLS_CROSSREF_API";

        public MetadataEndpoints(string arxiv, string huggingFace, string crossref)
        {
            Arxiv = Trim(arxiv ?? DefaultArxiv);
            HuggingFace = Trim(huggingFace ?? DefaultHuggingFace);
            Crossref = Trim(crossref ?? DefaultCrossref);
        }

        /// <summary>The arXiv query endpoint itself (…/api/query); parameters follow a '?'.</summary>
        public string Arxiv { get; }

        /// <summary>The Hugging Face API root (…/api); daily_papers and papers/… follow it.</summary>
        public string HuggingFace { get; }

        /// <summary>The Crossref REST API root; /works follows it.</summary>
        public string Crossref { get; }

        public static MetadataEndpoints FromEnvironment()
            => new MetadataEndpoints(Variable(ArxivVariable), Variable(HuggingFaceVariable), Variable(CrossrefVariable));

        public string For(MetadataService service)
            => service == MetadataService.Arxiv ? Arxiv : service == MetadataService.HuggingFace ? HuggingFace : Crossref;

        private static string Variable(string name)
        {
            var value = Environment.GetEnvironmentVariable(name);
            return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        }

        private static string Trim(string url) => url.TrimEnd('/');
    }
}

using System.Reflection;

namespace PaperTools.Metadata;

/// <summary>What Update-PaperMetadata was asked to do, and the etiquette it keeps with each service.</summary>
public sealed class MetadataOptions
{
    /// <summary>The services to ask, in the order to ask them.</summary>
    public IReadOnlyList<MetadataService> Sources { get; set; } = new[] { MetadataService.HuggingFace,
        MetadataService.Arxiv, MetadataService.Crossref };

    /// <summary>Replace values the paper already states with the service's.</summary>
    public bool Force { get; set; }

    /// <summary>An e-mail address sent with every request (User-Agent), and to Crossref as mailto= for its polite
    /// pool.</summary>
    public string? Contact { get; set; }

    /// <summary>The cache folder; null for <see cref="ResponseCache.DefaultFolder"/>.</summary>
    public string? CachePath { get; set; }

    /// <summary>Older cached answers count as absent.</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Answer from the cache only; nothing is sent.</summary>
    public bool Offline { get; set; }

    /// <summary>How long one request may take, body included.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after a failed attempt (5xx, 429, timeout, dropped connection); the wait doubles each
    /// time.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The wait before the first retry when the service names none.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A Retry-After longer than this is not waited for: the service is given up for the run.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>arXiv: "no more than one request every three seconds" on a single connection (API Terms of
    /// Use).</summary>
    public TimeSpan ArxivInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Hugging Face publishes no limit for the papers API; a tenth of a second keeps a large run
    /// gentle.</summary>
    public TimeSpan HuggingFaceInterval { get; set; } = TimeSpan.FromSeconds(0.1);

    /// <summary>Crossref's public pool allows 5 requests a second; its X-Rate-Limit headers can ask for more
    /// spacing.</summary>
    public TimeSpan CrossrefInterval { get; set; } = TimeSpan.FromSeconds(0.2);

    /// <summary>OpenAlex allows 10 requests a second (docs.openalex.org, "Rate limits and authentication").</summary>
    public TimeSpan OpenAlexInterval { get; set; } = TimeSpan.FromSeconds(0.1);

    /// <summary>Semantic Scholar throttles anonymous use in a shared pool; one request a second is its keyed
    /// rate.</summary>
    public TimeSpan SemanticScholarInterval { get; set; } = TimeSpan.FromSeconds(1);

    public MetadataEndpoints Endpoints { get; set; } = MetadataEndpoints.FromEnvironment();

    /// <summary>The version named in the User-Agent (the module's, when the cmdlet runs).</summary>
    public string Version { get; set; } =
        typeof(MetadataOptions).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()
            ?.InformationalVersion ?? "0.0";

    public TimeSpan IntervalFor(MetadataService service)
        => service switch
        {
            MetadataService.Arxiv => ArxivInterval,
            MetadataService.HuggingFace => HuggingFaceInterval,
            MetadataService.OpenAlex => OpenAlexInterval,
            MetadataService.SemanticScholar => SemanticScholarInterval,
            _ => CrossrefInterval,
        };
}

namespace PaperTools.Metadata;

/// <summary>
/// One GET to one service. <see cref="CacheKey"/> is the address without the contact e-mail, which changes who asks,
/// not the answer. <see cref="AbsentIsAnswer"/> marks record addresses (/works/{doi}, /papers/{id}) whose 404
/// means "no such record": an answer to keep, not a fault. <see cref="Shown"/> is the address as logs and errors show
/// it: without a secret (an API key) that <see cref="Url"/> carries.
/// </summary>
public sealed class MetadataRequest(MetadataService service, string url, string? cacheKey, string purpose,
    bool absentIsAnswer = false, string? shown = null)
{
    public MetadataService Service { get; } = service;
    public string Url { get; } = url;
    public string Shown { get; } = shown ?? url;
    public string CacheKey { get; } = cacheKey ?? url;

    /// <summary>What the request is for, in words for progress and errors ("arXiv id_list, 100 ids").</summary>
    public string Purpose { get; } = purpose;

    public bool AbsentIsAnswer { get; } = absentIsAnswer;
}

/// <summary>A usable answer: HTTP 200 with its body, or 404 for a record address (<see cref="IsAbsent"/>).</summary>
public sealed class MetadataReply
{
    public MetadataReply(int status, string body, string url)
    {
        Status = status;
        Body = body ?? string.Empty;
        Url = url;
    }

    public int Status { get; }
    public string Body { get; }

    /// <summary>The address that gave the answer: the request's, or where a followed redirect led.</summary>
    public string Url { get; }
    public bool IsAbsent => Status == 404;
}

/// <summary>A reply that arrived but cannot be used; the parsers throw it and the fetcher reports
/// MetadataResponseInvalid.</summary>
public sealed class MetadataResponseException : Exception
{
    public MetadataResponseException(string message, Exception? inner = null) : base(message, inner) { }
}

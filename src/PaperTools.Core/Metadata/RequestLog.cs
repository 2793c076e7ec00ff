namespace PaperTools.Metadata;

/// <summary>How one lookup was answered: sent over the network, read from the cache, or not asked at all.</summary>
public enum RequestOutcome
{
    Sent,
    FromCache,
    /// <summary>-Offline, and the cache had no answer.</summary>
    NotInCache,
    /// <summary>The service had already failed in this run, so it was not asked again.</summary>
    Skipped,
}

/// <summary>One lookup: which service, which address, when, how it was answered and with which HTTP status.</summary>
public sealed class RequestRecord(MetadataService service, string url, DateTimeOffset at, RequestOutcome outcome,
    int? status)
{
    public MetadataService Service { get; } = service;
    public string Url { get; } = url;

    /// <summary>When the request was sent (by the run's clock); for cache answers, when it was looked up.</summary>
    public DateTimeOffset At { get; } = at;

    public RequestOutcome Outcome { get; } = outcome;
    public int? Status { get; } = status;
}

/// <summary>Every lookup of a run, in order: for -Verbose, for the closing summary and for the counts per
/// service.</summary>
public sealed class RequestLog
{
    private readonly List<RequestRecord> records = new List<RequestRecord>();

    public IReadOnlyList<RequestRecord> Records => records;

    public void Add(RequestRecord record) => records.Add(record);

    /// <summary>Requests that went over the network (retries included), per service.</summary>
    public int Sent(MetadataService service) => records.Count(r => r.Service == service
        && r.Outcome == RequestOutcome.Sent);

    public int Count(RequestOutcome outcome) => records.Count(r => r.Outcome == outcome);
}

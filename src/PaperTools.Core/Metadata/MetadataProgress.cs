namespace PaperTools.Metadata;

/// <summary>How far a run is: papers resolved of those received so far, and what it is doing or waiting for.</summary>
public sealed class MetadataProgress(int resolved, int total, string activity, TimeSpan wait)
{
    public int Resolved { get; } = resolved;
    public int Total { get; } = total;

    /// <summary>"waiting 2.4 s for arXiv: id_list, 100 ids (its request spacing)", "asking Hugging Face: paper
    /// search".</summary>
    public string Activity { get; } = activity;

    /// <summary>The wait the activity is about (rate limit, Retry-After, backoff); zero for a request under
    /// way.</summary>
    public TimeSpan Wait { get; } = wait;
}

using PaperTools.Metadata;

namespace PaperTools.Commands;

/// <summary>
/// What the cmdlets that ask the metadata services share: the contact for the polite pools, the cache folder and the
/// age of its answers, offline mode and the time limit, turned into one <see cref="MetadataOptions"/>.
/// </summary>
public abstract class MetadataCmdletBase : PaperToolsCmdlet
{
    /// <summary>
    /// An e-mail address sent with each request; Crossref and OpenAlex serve such requests from their polite pools.
    /// </summary>
    [Parameter]
    [ValidatePattern(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    public string? Contact { get; set; }

    /// <summary>
    /// The folder that keeps the services' answers (default: PaperTools/metadata in the user's cache folder).
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? CachePath { get; set; }

    /// <summary>Cached answers older than this are asked for again. Zero refreshes everything.</summary>
    [Parameter]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Answers from the cache only; no request is sent.</summary>
    [Parameter]
    public SwitchParameter Offline { get; set; }

    /// <summary>Seconds one request may take, answer included, before it counts as timed out.</summary>
    [Parameter]
    [ValidateRange(1, 600)]
    public int TimeoutSec { get; set; } = 30;

    /// <summary>
    /// The options these parameters say, the cache folder resolved (a path that cannot be is terminating) and the
    /// module's version for the User-Agent.
    /// </summary>
    protected MetadataOptions NewMetadataOptions()
    {
        string? cache = null;
        if (CachePath != null)
        {
            if (!TryResolveLiteralFileSystemPath(CachePath, out cache, out var problem)) ThrowProblem(problem);
        }
        var options = new MetadataOptions
        {
            Contact = Contact,
            CachePath = cache,
            MaxAge = MaxAge < TimeSpan.Zero ? TimeSpan.Zero : MaxAge,
            Offline = Offline,
            Timeout = TimeSpan.FromSeconds(TimeoutSec),
        };
        var version = MyInvocation.MyCommand.Module?.Version;
        if (version != null) options.Version = version.ToString();
        return options;
    }
}

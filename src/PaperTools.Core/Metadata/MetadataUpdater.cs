using System.Globalization;

namespace PaperTools.Metadata;

/// <summary>
/// Completes papers from Hugging Face, arXiv and Crossref, bulk routes first, each search hit verified before it is
/// taken. Papers come back in the order they came, each the same object (nothing found) or a completed copy. The
/// routes: docs/design.md.
/// </summary>
public sealed class MetadataUpdater : IDisposable
{
    /// <summary>Papers gathered before a round of lookups: one arXiv id_list request's worth.</summary>
    public const int WindowSize = ArxivClient.MaxIdsPerRequest;

    private readonly MetadataOptions options;
    private readonly MetadataReporter reporter;
    private readonly MetadataFetcher fetcher;
    private readonly ArxivClient arxiv;
    private readonly HuggingFaceClient huggingFace;
    private readonly CrossrefClient crossref;
    private readonly MetadataVerifier verifier = new MetadataVerifier();
    private readonly Dictionary<DateTime, IReadOnlyList<Paper>> dailyLists = new Dictionary<DateTime,
        IReadOnlyList<Paper>>();
    private readonly Dictionary<(MetadataService, string),
        IReadOnlyList<Paper>> searches = new Dictionary<(MetadataService, string), IReadOnlyList<Paper>>();
    private readonly List<(Paper Paper, string Reason)> unresolved = new List<(Paper, string)>();
    private int received;
    private int resolved;

    public MetadataUpdater(MetadataOptions options, MetadataReporter reporter, Clock? clock = null)
    {
        this.options = options;
        this.reporter = reporter;
        clock = clock ?? Clock.System;
        Cache = new ResponseCache(options.CachePath ?? ResponseCache.DefaultFolder(), options.MaxAge,
            clock, reporter.Problem);
        fetcher = new MetadataFetcher(options, clock, Cache, reporter, Activity);
        arxiv = new ArxivClient(fetcher, options.Endpoints);
        huggingFace = new HuggingFaceClient(fetcher, options.Endpoints);
        crossref = new CrossrefClient(fetcher, options.Endpoints, options.Contact);
    }

    public ResponseCache Cache { get; }

    public RequestLog Log => fetcher.Log;

    /// <summary>Papers that needed finding and were not found, with why (absent, or ambiguous).</summary>
    public IReadOnlyList<(Paper Paper, string Reason)> Unresolved => unresolved;

    /// <summary>Services that failed in this run and were not asked again.</summary>
    public IEnumerable<(MetadataService Service, string Reason)> FailedServices => fetcher.Failed;

    public int Received => received;

    private bool Uses(MetadataService service) => options.Sources.Contains(service);

    /// <summary>Completes one window of papers; call again for the next window (lists and searches carry
    /// over).</summary>
    public IReadOnlyList<Paper> Update(IReadOnlyList<Paper> papers, CancellationToken cancellation)
    {
        var lookups = papers.Select(p => new PaperLookup(p, options.Force)).ToList();
        received += lookups.Count;
        resolved += lookups.Count(l => l.HasIdentity);
        Report("starting", TimeSpan.Zero);

        if (Uses(MetadataService.HuggingFace)) MatchDailyLists(lookups, cancellation);
        foreach (var service in options.Sources)
            foreach (var lookup in lookups.Where(l => l.NeedsIdentity).ToList())
            {
                cancellation.ThrowIfCancellationRequested();
                var candidates = Search(service, lookup.Original.Title, cancellation);
                if (candidates != null) Match(lookup, candidates, service, SearchRoute(service));
            }
        if (Uses(MetadataService.Arxiv)) ReadArxivRecords(lookups, cancellation);
        else if (Uses(MetadataService.HuggingFace)) ReadHuggingFacePapers(lookups, cancellation);
        if (Uses(MetadataService.Crossref)) ReadCrossrefWorks(lookups, cancellation);

        foreach (var lookup in lookups.Where(l => l.NeedsIdentity))
            unresolved.Add((lookup.Original, lookup.Reason ?? "not looked up"));
        return lookups.Select(l => l.Result()).ToList();
    }

    /// <summary>A digest of one day is that day's Hugging Face list: one request finds most of its papers.</summary>
    private void MatchDailyLists(List<PaperLookup> lookups, CancellationToken cancellation)
    {
        foreach (var day in lookups.Where(l => l.NeedsIdentity
            && l.Original.DigestDate != null).GroupBy(l => l.Original.DigestDate.GetValueOrDefault().Date))
        {
            cancellation.ThrowIfCancellationRequested();
            if (!dailyLists.TryGetValue(day.Key, out var list))
            {
                list = huggingFace.DailyPapers(day.Key, cancellation);
                // A failed request is not remembered: the next window may find the service back.
                if (list != null) dailyLists[day.Key] = list;
            }
            if (list == null) continue;
            foreach (var lookup in day) Match(lookup, list, MetadataService.HuggingFace, DailyRoute(day.Key));
        }
        // A paper from an undated digest (or another day's) is often on a list already fetched: looking costs no
        // request.
        foreach (var lookup in lookups.Where(l => l.NeedsIdentity))
            foreach (var known in dailyLists)
            {
                if (!lookup.NeedsIdentity) break;
                if (lookup.Original.DigestDate?.Date != known.Key) Match(lookup, known.Value,
                    MetadataService.HuggingFace, DailyRoute(known.Key));
            }
    }

    private static string DailyRoute(DateTime day) => "Hugging Face daily papers " + day.ToString("yyyy-MM-dd",
        CultureInfo.InvariantCulture);

    private IReadOnlyList<Paper>? Search(MetadataService service, string? title, CancellationToken cancellation)
    {
        var key = (service, TitleSimilarity.Comparable(title));
        if (searches.TryGetValue(key, out var known)) return known;
        var found = service == MetadataService.HuggingFace ? huggingFace.Search(title, cancellation)
                  : service == MetadataService.Arxiv ? arxiv.SearchTitle(title, cancellation)
                  : crossref.Search(title, cancellation);
        if (found != null) searches[key] = found;
        return found;
    }

    private static string SearchRoute(MetadataService service)
        => service == MetadataService.HuggingFace ? "Hugging Face paper search" : service == MetadataService.Arxiv
            ? "arXiv title search" : "Crossref bibliographic search";

    private void Match(PaperLookup lookup, IReadOnlyList<Paper> candidates, MetadataService service, string route)
    {
        var choice = verifier.Choose(lookup.Current, candidates);
        if (choice.Record == null)
        {
            lookup.NotFound($"{route}: {choice.Reason}");
            return;
        }
        lookup.Apply(choice.Record, service, Via(route, choice.Record, service), choice.Score);
        if (lookup.HasIdentity)
        {
            resolved++;
            Report("found " + PaperLookup.Identity(choice.Record, service), TimeSpan.Zero);
        }
    }

    /// <summary>One id_list request per 100 papers that have an arXiv id and lack something arXiv records.</summary>
    private void ReadArxivRecords(List<PaperLookup> lookups, CancellationToken cancellation)
    {
        var wanted = lookups.Where(l => l.NeedsArxivRecord).ToList();
        var ids = wanted.Select(l => l.Current.ArxivId).OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        for (var start = 0; start < ids.Count; start += ArxivClient.MaxIdsPerRequest)
        {
            cancellation.ThrowIfCancellationRequested();
            var batch = ids.Skip(start).Take(ArxivClient.MaxIdsPerRequest).ToList();
            var records = arxiv.ByIds(batch, cancellation);
            if (records == null) continue;
            var byId = records.Where(r => r.ArxivId != null).GroupBy(r => r.ArxivId ?? string.Empty,
                StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(),
                    StringComparer.OrdinalIgnoreCase);
            foreach (var lookup in wanted.Where(l => batch.Contains(l.Current.ArxivId,
                StringComparer.OrdinalIgnoreCase)))
                if (byId.TryGetValue(lookup.Current.ArxivId ?? string.Empty, out var record)) lookup.Apply(record,
                    MetadataService.Arxiv, Via("arXiv API id_list", record, MetadataService.Arxiv), null);
        }
    }

    /// <summary>Without arXiv among the sources, Hugging Face's page of the paper gives its authors and date.</summary>
    private void ReadHuggingFacePapers(List<PaperLookup> lookups, CancellationToken cancellation)
    {
        foreach (var lookup in lookups.Where(l => l.Original.IsPaper && !string.IsNullOrEmpty(l.Current.ArxivId)
            && (options.Force || l.Current.Authors.Length == 0)))
        {
            cancellation.ThrowIfCancellationRequested();
            var record = huggingFace.Paper(lookup.Current.ArxivId, cancellation)?.FirstOrDefault();
            if (record != null && string.Equals(record.ArxivId, lookup.Current.ArxivId,
                StringComparison.OrdinalIgnoreCase))
                lookup.Apply(record, MetadataService.HuggingFace, Via("Hugging Face paper page", record,
                    MetadataService.HuggingFace), null);
        }
    }

    private void ReadCrossrefWorks(List<PaperLookup> lookups, CancellationToken cancellation)
    {
        foreach (var lookup in lookups.Where(l => l.NeedsCrossrefRecord).ToList())
        {
            cancellation.ThrowIfCancellationRequested();
            var record = crossref.Work(lookup.Current.Doi, cancellation)?.FirstOrDefault();
            if (record != null && string.Equals(record.Doi?.Trim(), lookup.Current.Doi?.Trim(),
                StringComparison.OrdinalIgnoreCase))
                lookup.Apply(record, MetadataService.Crossref, Via("Crossref works", record,
                    MetadataService.Crossref), null);
        }
    }

    /// <summary>The route, and who answered when a followed redirect led away from the service's own address.</summary>
    private string Via(string route, Paper record, MetadataService service)
    {
        var from = RedirectPolicy.Origin(record.Source);
        var home = RedirectPolicy.Origin(options.Endpoints.For(service));
        return from == null || from == home ? route : $"{route}, answered by {from}";
    }

    private void Activity(string activity, TimeSpan wait) => Report(activity, wait);

    private void Report(string activity, TimeSpan wait)
        => reporter.Progress(new MetadataProgress(resolved, received, activity, wait));

    public void Dispose() => fetcher.Dispose();
}

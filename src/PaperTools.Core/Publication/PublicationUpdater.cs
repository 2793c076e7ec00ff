using System.Text.RegularExpressions;
using PaperTools.Diagnostics;
using PaperTools.Identity;
using PaperTools.Metadata;

namespace PaperTools.Publication;

/// <summary>
/// Finds each preprint's published version and every paper's notices: candidate DOIs from the sources in
/// <see cref="PublicationOptions.Sources"/> order, each judged by <see cref="SamePublication"/>, the first same work
/// applied; every request through <see cref="MetadataFetcher"/>. The steps: docs/design.md.
/// </summary>
public sealed class PublicationUpdater : IDisposable
{
    private static readonly Regex Withdrawn = new Regex(@"\bwithdrawn\b", RegexOptions.IgnoreCase | Patterns.Safe);

    private readonly PublicationOptions publication;
    private readonly MetadataReporter reporter;
    private readonly MetadataFetcher fetcher;
    private readonly ArxivClient arxiv;
    private readonly CrossrefWorks crossref;
    private readonly WorkLookups lookups;
    private readonly Dictionary<string, PublishedWork?> works = new(StringComparer.OrdinalIgnoreCase);

    public PublicationUpdater(MetadataOptions options, PublicationOptions publication, MetadataReporter reporter,
        Clock? clock = null)
    {
        this.publication = publication;
        this.reporter = reporter;
        clock ??= Clock.System;
        Cache = new ResponseCache(options.CachePath ?? ResponseCache.DefaultFolder(), options.MaxAge, clock,
            reporter.Problem);
        fetcher = new MetadataFetcher(options, clock, Cache, reporter,
            (activity, wait) => reporter.Progress(new MetadataProgress(0, 0, activity, wait)));
        arxiv = new ArxivClient(fetcher, options.Endpoints);
        crossref = new CrossrefWorks(fetcher, options.Endpoints, options.Contact);
        lookups = new WorkLookups(fetcher, options.Endpoints, options.Contact, publication.OpenAlexKey);
    }

    public ResponseCache Cache { get; }
    public RequestLog Log => fetcher.Log;
    public IEnumerable<(MetadataService Service, string Reason)> FailedServices => fetcher.Failed;

    private bool Uses(MetadataService service) => publication.Sources.Contains(service);

    /// <summary>One result per paper, in order; call again for the next window (records read carry over).</summary>
    public IReadOnlyList<PublicationResult> Update(IReadOnlyList<Paper> papers, CancellationToken cancellation)
    {
        var records = Uses(MetadataService.Arxiv) ? ReadArxiv(papers, cancellation) : new Dictionary<string, Paper>();
        var results = new List<PublicationResult>(papers.Count);
        foreach (var paper in papers)
        {
            cancellation.ThrowIfCancellationRequested();
            var key = PreprintIdentity.ArxivId(paper);
            results.Add(Check(paper, key != null && records.TryGetValue(key, out var record) ? record : null,
                cancellation));
        }
        return results;
    }

    /// <summary>
    /// What arXiv states for every paper of the window with an arXiv id, 100 ids a request, keyed by
    /// <see cref="PreprintIdentity.ArxivId"/>.
    /// </summary>
    private Dictionary<string, Paper> ReadArxiv(IReadOnlyList<Paper> papers, CancellationToken cancellation)
    {
        var records = new Dictionary<string, Paper>(StringComparer.Ordinal);
        var ids = papers.Select(PreprintIdentity.ArxivId).OfType<string>().Distinct().ToList();
        for (var start = 0; start < ids.Count; start += ArxivClient.MaxIdsPerRequest)
        {
            var batch = ids.Skip(start).Take(ArxivClient.MaxIdsPerRequest).ToList();
            foreach (var record in arxiv.ByIds(batch, cancellation) ?? Array.Empty<Paper>())
                if (SameWork.ArxivKey(record) is string key && batch.Contains(key)) records[key] = record;
        }
        return records;
    }

    private PublicationResult Check(Paper paper, Paper? arxivRecord, CancellationToken cancellation)
    {
        var result = new PublicationResult(paper);
        var notices = new List<PublicationNotice>();
        if (arxivRecord?.Comments is string comment && Withdrawn.IsMatch(comment))
            notices.Add(new PublicationNotice(NoticeKind.Withdrawal, null, "arXiv comment"));
        var ownDoi = PreprintIdentity.PublisherDoi(paper);
        if (IsPreprint(paper, ownDoi)) FindPublished(result, arxivRecord, ownDoi, notices, cancellation);
        else if (ownDoi != null && Uses(MetadataService.Crossref)
            && Work(paper, ownDoi, cancellation, reportAbsent: false) is PublishedWork own)
            notices.AddRange(Verified(paper, own, cancellation));
        result.Notices = notices.Where((n, i) => !notices.Take(i).Any(n.SameAs)).ToList();
        foreach (var notice in result.Notices) Report(NoticeId(notice.Kind), ProblemCategory.InvalidData, paper,
            $"{notice}.");
        if (publication.MarkRetracted
            && result.Notices.FirstOrDefault(n => n.Withdraws) is PublicationNotice withdrawing)
        {
            var (marked, change) = RetractionMark.Apply(result.Paper, withdrawing.Kind);
            if (change != null)
            {
                result.Paper = marked;
                result.Changes = result.Changes.Append(change).ToList();
            }
        }
        return result;
    }

    /// <summary>A preprint: an arXiv id or a preprint server's DOI, and no published container stated yet.</summary>
    private static bool IsPreprint(Paper paper, string? ownDoi)
    {
        if (PreprintIdentity.ArxivId(paper) == null
            && !PreprintIdentity.IsPreprintDoi(ownDoi?.ToLowerInvariant())) return false;
        var venue = paper.Entry != null ? paper.Venue : paper.Venue ?? paper.JournalRef;
        var kind = EntryTypeKind.Of(paper.EntryType);
        var published = !string.IsNullOrWhiteSpace(venue) && !PreprintIdentity.IsPreprintVenue(venue)
                        && (paper.Entry == null || kind == "article" || kind == "conference" || kind == "book");
        return !published;
    }

    private void FindPublished(PublicationResult result, Paper? arxivRecord, string? ownDoi,
        List<PublicationNotice> notices, CancellationToken cancellation)
    {
        var paper = result.Original;
        var arxivKey = PreprintIdentity.ArxivId(paper);
        // The preprint as judged: the paper, with arXiv's authors when the paper states none (a digest's title-only
        // entry).
        var preprint = new Paper
        {
            Title = paper.Title ?? arxivRecord?.Title,
            Authors = paper.Authors.Length > 0 ? paper.Authors : arxivRecord?.Authors,
            Year = paper.Year ?? arxivRecord?.Year,
            ArxivId = arxivKey,
        };
        var own = new HashSet<string>(new[] { ownDoi, arxivKey == null ? null : "10.48550/arxiv."
            + arxivKey }.OfType<string>(), StringComparer.OrdinalIgnoreCase);
        var tried = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        result.Status = PublicationStatus.NotFound;
        foreach (var source in publication.Sources)
            foreach (var (doi, foundBy, linked) in Candidates(source, paper, arxivRecord, arxivKey, ownDoi, notices,
                cancellation))
            {
                if (!tried.Add(doi)) continue;
                if (own.Contains(doi))
                {
                    Report(ErrorIds.PublicationRelationLoop, ProblemCategory.InvalidData, paper,
                        $"{foundBy} names the preprint's own DOI {doi} as its published version; refused.");
                    continue;
                }
                if (Consider(result, preprint, own, doi, foundBy, linked, notices, cancellation)) return;
            }
    }

    /// <summary>
    /// The DOIs one source names as the published version, with the route and whether it is an identifier link.
    /// </summary>
    private IEnumerable<(string Doi, string FoundBy, bool Linked)> Candidates(MetadataService source, Paper paper,
        Paper? arxivRecord,
        string? arxivKey, string? ownDoi, List<PublicationNotice> notices, CancellationToken cancellation)
    {
        switch (source)
        {
            case MetadataService.Arxiv:
                if (arxivRecord != null
                    && PreprintIdentity.PublisherDoi(arxivRecord) is string stated) yield return (stated,
                        "arXiv API doi", true);
                break;
            case MetadataService.Crossref:
                if (ownDoi == null || Work(paper, ownDoi, cancellation) is not PublishedWork preprintWork) break;
                notices.AddRange(Verified(paper, preprintWork, cancellation));
                foreach (var doi in preprintWork.PreprintOf) yield return (doi, "Crossref is-preprint-of", true);
                break;
            case MetadataService.OpenAlex:
                var alex = lookups.OpenAlex(ownDoi ?? "10.48550/arXiv." + arxivKey, cancellation)?.FirstOrDefault();
                if (alex == null || !SameListing(paper, alex.Work, arxivKey, ownDoi, "OpenAlex")) break;
                if (alex.IsRetracted) notices.Add(new PublicationNotice(NoticeKind.Retraction, null,
                    "OpenAlex is_retracted"));
                foreach (var doi in alex.PublishedDois) yield return (doi, "OpenAlex locations", false);
                break;
            case MetadataService.SemanticScholar:
                var s2 = (arxivKey != null ? lookups.SemanticScholar("arXiv", arxivKey, cancellation)
                    : lookups.SemanticScholar("DOI", ownDoi!, cancellation))?.FirstOrDefault();
                if (s2 == null || !SameListing(paper, s2.Work, arxivKey, ownDoi, "Semantic Scholar")) break;
                foreach (var doi in s2.PublishedDois) yield return (doi, "Semantic Scholar externalIds", false);
                break;
        }
    }

    /// <summary>A listing asked for by arXiv id or DOI must be of that paper; one naming another is refused.</summary>
    private bool SameListing(Paper paper, Paper listed, string? arxivKey, string? ownDoi, string service)
    {
        var listedArxiv = SameWork.ArxivKey(listed);
        var listedDoi = SameWork.DoiKey(listed);
        var ok = arxivKey != null ? listedArxiv == null || listedArxiv == arxivKey
                                  : listedDoi == null
                                      || string.Equals(listedDoi, ownDoi, StringComparison.OrdinalIgnoreCase);
        var asked = arxivKey != null ? "arXiv " + arxivKey : "doi " + ownDoi;
        if (!ok)
            Report(ErrorIds.PublicationReplyMismatch, ProblemCategory.InvalidData, paper,
                $"{service} answered for {asked} with another paper " +
                $"({listed.ArxivId ?? listed.Doi}: '{listed.Title}'); refused.");
        return ok;
    }

    /// <summary>Checks and judges one candidate; true when it was accepted and applied.</summary>
    private bool Consider(PublicationResult result, Paper preprint, HashSet<string> own, string doi, string foundBy,
        bool linked,
        List<PublicationNotice> notices, CancellationToken cancellation)
    {
        var paper = result.Original;
        if (!Uses(MetadataService.Crossref)) return false;
        var work = Work(paper, doi, cancellation);
        if (work == null) return false;
        if (work.PreprintOf.Any(own.Contains) || (work.EntryType == null && work.PreprintOf.Count > 0))
        {
            Report(ErrorIds.PublicationRelationLoop, ProblemCategory.InvalidData, paper,
                $"{foundBy} names doi {doi}, which is itself a preprint of " +
                $"{string.Join(", ", work.PreprintOf)}; refused.");
            return false;
        }
        if (work.EntryType == null || work.Container == null)
        {
            reporter.Verbose($"{Describe(paper)}: doi {doi} ({foundBy}) is a Crossref {work.CrossrefType} " +
                             "without a container, not a published version.");
            return false;
        }
        if (ReplyValues.Unsafe(work) is string bad)
        {
            Report(ErrorIds.PublicationReplyUnsafe, ProblemCategory.InvalidData, paper,
                $"Crossref's record of doi {doi} ({foundBy}) has {bad}, which cannot go into a .bib; refused.");
            return false;
        }
        linked = linked || work.HasPreprint.Any(own.Contains);
        var (verdict, reason) = SamePublication.Judge(preprint, work.Work, linked);
        if (verdict == PublicationVerdict.Possible)
        {
            Report(ErrorIds.PublicationPossibleMatch, ProblemCategory.InvalidData, paper,
                $"doi {doi} ({foundBy}, '{work.Work.Title}') may be its published version: {reason}; not applied.");
            result.Status = PublicationStatus.PossibleMatch;
            result.PublishedDoi = doi;
            result.FoundBy = foundBy;
            result.Reason = reason;
            return false;
        }
        if (verdict == PublicationVerdict.Different)
        {
            if (linked) Report(ErrorIds.PublicationDoiOtherWork, ProblemCategory.InvalidData, paper,
                $"{foundBy} names doi {doi}, but it is another work ('{work.Work.Title}': {reason}); refused.");
            else reporter.Verbose($"{Describe(paper)}: doi {doi} ({foundBy}) is not its published version: {reason}.");
            return false;
        }
        var (updated, changes) = PublishedVersionWriter.Apply(paper, work);
        result.Paper = changes.Count == 0 ? paper : updated;
        result.Changes = changes;
        result.Status = changes.Count == 0 ? PublicationStatus.UpToDate : PublicationStatus.Published;
        result.PublishedDoi = work.Doi;
        result.FoundBy = foundBy;
        result.Reason = reason;
        notices.AddRange(Verified(paper, work, cancellation));
        return true;
    }

    /// <summary>
    /// Crossref's record of a DOI, once per run; null when absent (reported when asked), refused or unanswered.
    /// </summary>
    private PublishedWork? Work(Paper paper, string doi, CancellationToken cancellation, bool reportAbsent = true)
    {
        if (works.TryGetValue(doi, out var known)) return known;
        var answer = crossref.Work(doi, cancellation);
        if (answer == null) return null;
        PublishedWork? work = null;
        if (answer.Count == 0)
        {
            if (reportAbsent) Report(ErrorIds.PublicationTargetMissing, ProblemCategory.ObjectNotFound, paper,
                $"Crossref has no record of doi {doi}.");
        }
        else if (!string.Equals(answer[0].Doi, doi, StringComparison.OrdinalIgnoreCase))
            Report(ErrorIds.PublicationReplyMismatch, ProblemCategory.InvalidData, paper,
                $"Crossref answered for doi {doi} with another work " +
                $"(doi {answer[0].Doi}: '{answer[0].Work.Title}'); refused.");
        else work = answer[0];
        works[doi] = work;
        return work;
    }

    /// <summary>The notices a record lists, less any whose own record says it is a notice about another DOI.</summary>
    private IEnumerable<PublicationNotice> Verified(Paper paper, PublishedWork subject, CancellationToken cancellation)
    {
        foreach (var notice in subject.UpdatedBy)
        {
            if (notice.NoticeDoi != null
                && !string.Equals(notice.NoticeDoi, subject.Doi, StringComparison.OrdinalIgnoreCase)
                && crossref.Work(notice.NoticeDoi, cancellation)?.FirstOrDefault() is PublishedWork record
                && record.UpdateTo.Count > 0
                    && !record.UpdateTo.Contains(subject.Doi, StringComparer.OrdinalIgnoreCase))
            {
                Report(ErrorIds.PublicationNoticeMismatch, ProblemCategory.InvalidData, paper,
                    $"Crossref lists {notice.Kind} doi {notice.NoticeDoi} for doi {subject.Doi}, " +
                    $"but that notice is about {string.Join(", ", record.UpdateTo)}; ignored.");
                continue;
            }
            yield return notice;
        }
    }

    private static string NoticeId(NoticeKind kind) => kind switch
    {
        NoticeKind.Retraction => ErrorIds.PublicationRetracted,
        NoticeKind.Withdrawal => ErrorIds.PublicationWithdrawn,
        NoticeKind.ExpressionOfConcern => ErrorIds.PublicationExpressionOfConcern,
        _ => ErrorIds.PublicationCorrected,
    };

    private void Report(string errorId, ProblemCategory category, Paper paper, string message)
        => reporter.Problem(new Problem(errorId, category, $"{Describe(paper)}: {message}",
            paper.Source ?? paper.Title ?? string.Empty, paper.SourceLine));

    /// <summary>A paper as messages name it: [key] 'title'.</summary>
    public static string Describe(Paper paper)
    {
        var title = MessageText.Describe(paper);
        return string.IsNullOrEmpty(paper.CitationKey) ? $"'{title}'" : $"[{paper.CitationKey}] '{title}'";
    }

    public void Dispose() => fetcher.Dispose();
}

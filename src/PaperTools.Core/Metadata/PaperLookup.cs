using System.Collections;
using System.Globalization;
using PaperTools.Search;

namespace PaperTools.Metadata;

/// <summary>
/// One paper on its way through a metadata run: what it still lacks, the records found for it, and the rule for
/// taking their values: a field is filled only when the paper does not state it (or -Force), the first record to
/// give a field wins, and each record adds a note to MetadataSource naming itself, the route and the fields it gave.
/// The caller's Paper is never modified; the first value taken makes a copy.
/// </summary>
internal sealed class PaperLookup
{
    private readonly bool force;
    private readonly HashSet<string> decided = new HashSet<string>(StringComparer.Ordinal);
    private readonly List<string> notes = new List<string>();
    private Paper? copy;
    private bool arxivRecordSeen;
    private bool crossrefRecordSeen;

    public PaperLookup(Paper original, bool force)
    {
        Original = original;
        this.force = force;
    }

    public Paper Original { get; }

    /// <summary>The paper with what has been filled so far.</summary>
    public Paper Current => copy ?? Original;

    /// <summary>Why no record was accepted, when none was (the last and most telling reason).</summary>
    public string? Reason { get; private set; }

    /// <summary>Only papers with a title can be looked for; entries judged not to be papers are left alone.</summary>
    public bool CanSearch => Original.IsPaper && !string.IsNullOrWhiteSpace(Original.Title);

    /// <summary>No identifier yet: the paper has to be found by its title.</summary>
    public bool NeedsIdentity => CanSearch && string.IsNullOrEmpty(Current.ArxivId)
        && string.IsNullOrEmpty(Current.Doi);

    public bool HasIdentity => !string.IsNullOrEmpty(Current.ArxivId) || !string.IsNullOrEmpty(Current.Doi);

    /// <summary>An arXiv id whose record has not been read yet, and something that record gives is missing (or
    /// -Force).</summary>
    public bool NeedsArxivRecord => Original.IsPaper && !arxivRecordSeen && !string.IsNullOrEmpty(Current.ArxivId) &&
        (force || Current.Authors.Length == 0 || Current.Published == null || Current.Categories.Length == 0
            || Current.ArxivVersion == null);

    /// <summary>A DOI and no arXiv id, and the work's authors, year or venue are missing (or -Force).</summary>
    public bool NeedsCrossrefRecord => Original.IsPaper && !crossrefRecordSeen && !string.IsNullOrEmpty(Current.Doi)
        && string.IsNullOrEmpty(Current.ArxivId) &&
        (force || Current.Authors.Length == 0 || Current.Year == null || Current.Venue == null);

    public void NotFound(string reason)
    {
        // "ambiguous" says more than a later "no record"; keep it.
        if (Reason == null || !Reason.StartsWith("ambiguous", StringComparison.Ordinal)) Reason = reason;
    }

    /// <summary>Takes from <paramref name="record"/> what the paper lacks; <paramref name="via"/> names the service and
    /// route.</summary>
    public void Apply(Paper record, MetadataService service, string via, double? titleMatch)
    {
        if (service == MetadataService.Arxiv) arxivRecordSeen = true;
        if (service == MetadataService.Crossref) crossrefRecordSeen = true;
        var taken = new List<string>();
        Take(taken, nameof(Paper.ArxivId), p => p.ArxivId, (p, r) => p.ArxivId = r.ArxivId, record);
        Take(taken, nameof(Paper.ArxivVersion), p => p.ArxivVersion, (p, r) => p.ArxivVersion = r.ArxivVersion, record);
        Take(taken, nameof(Paper.Authors), p => p.Authors, (p, r) => p.Authors = (string[])r.Authors.Clone(), record);
        Take(taken, nameof(Paper.Published), p => p.Published, (p, r) => p.Published = r.Published, record);
        Take(taken, nameof(Paper.Year), p => p.Year, (p, r) => p.Year = r.Year, record);
        Take(taken, nameof(Paper.Categories), p => p.Categories, (p,
            r) => p.Categories = (string[])r.Categories.Clone(), record);
        Take(taken, nameof(Paper.Doi), p => p.Doi, (p, r) => p.Doi = r.Doi, record);
        Take(taken, nameof(Paper.JournalRef), p => p.JournalRef, (p, r) => p.JournalRef = r.JournalRef, record);
        Take(taken, nameof(Paper.Venue), p => p.Venue, (p, r) => p.Venue = r.Venue, record);
        Take(taken, nameof(Paper.Url), p => p.Url, (p, r) => p.Url = r.Url, record);
        Take(taken, nameof(Paper.PdfUrl), p => p.PdfUrl, (p, r) => p.PdfUrl = r.PdfUrl, record);
        // A search snippet is not an abstract the paper states: the record's abstract replaces it.
        Take(taken, nameof(Paper.Abstract), p => p.AbstractIsSnippet ? null : p.Abstract, (p,
            r) => { p.Abstract = r.Abstract; p.AbstractIsSnippet = false; }, record);
        if (taken.Count == 0) return;
        var match = titleMatch == null ? string.Empty : ", title match " + titleMatch.Value.ToString("0.00",
            CultureInfo.InvariantCulture);
        notes.Add($"{Identity(record, service)} via {via}{match}: {string.Join(", ", taken)}");
        Reason = null;
    }

    /// <summary>The paper as it leaves the run: the original when nothing was filled, else the copy with MetadataSource
    /// set.</summary>
    public Paper Result()
    {
        if (copy == null || notes.Count == 0) return Original;
        var said = string.Join("; ", notes);
        copy.MetadataSource = string.IsNullOrEmpty(Original.MetadataSource) ? said
            : Original.MetadataSource + "; " + said;
        return copy;
    }

    private void Take<T>(List<string> taken, string field, Func<Paper, T> get, Action<Paper, Paper> set, Paper record)
    {
        if (decided.Contains(field) || IsEmpty(get(record))) return;
        if (!IsEmpty(get(Original)) && !force)
        {
            decided.Add(field);
            return;
        }
        decided.Add(field);
        if (Equals(get(Current), get(record)) || (get(Current) is string[] a && get(record) is string[] b
            && StructuralComparisons.StructuralEqualityComparer.Equals(a, b))) return;
        copy = copy ?? PaperCopy.Of(Original);
        set(copy, record);
        taken.Add(field);
    }

    private static bool IsEmpty(object? value)
        => value == null || (value is string s && string.IsNullOrWhiteSpace(s))
            || (value is Array array && array.Length == 0);

    /// <summary>How a record is named: by its arXiv id (and version), except a Crossref work, which is named by its
    /// DOI.</summary>
    public static string Identity(Paper record, MetadataService service)
        => !string.IsNullOrEmpty(record.ArxivId) && !(service == MetadataService.Crossref
            && !string.IsNullOrEmpty(record.Doi))
            ? "arxiv " + record.ArxivId + (record.ArxivVersion != null ? "v"
                + record.ArxivVersion.Value.ToString(CultureInfo.InvariantCulture) : string.Empty)
            : "doi " + record.Doi;
}

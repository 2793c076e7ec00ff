using System.Diagnostics.CodeAnalysis;
using PaperTools.BibTeX;

namespace PaperTools;

/// <summary>
/// One paper as read from a digest or a .bib file. Plain settable properties so that
/// Where-Object, Sort-Object, Select-Object and Export-Csv work on it without ceremony.
/// Empty text is null; lists are never null: assigning null to one makes it empty.
/// A paper read from a .bib also carries its entry (<see cref="Entry"/>, <see cref="Fields"/>,
/// <see cref="EntryType"/>); the typed properties are what the entry reads as, and Export-PaperBibTeX writes
/// anew only the fields whose property was changed.
/// </summary>
public sealed class Paper
{
    /// <summary>The abstract, or a <see cref="DeferredText"/> that reads it from the paper's entry when
    /// asked.</summary>
    private object? abstractText;

    public string? Title { get; set; }

    public string? Abstract
    {
        get => abstractText is DeferredText deferred ? deferred.Read() : (string?)abstractText;
        set => abstractText = value;
    }

    /// <summary>True when Abstract is only a search-result snippet (Google Scholar), not the abstract.</summary>
    public bool AbstractIsSnippet { get; set; }

    [AllowNull]
    public string[] Authors { get; set => field = value ?? []; } = [];

    /// <summary>Publication year, only when the source states it; never guessed from the digest date.</summary>
    public int? Year { get; set; }

    public DateTime? Published { get; set; }

    /// <summary>arXiv identifier without version suffix: 2401.01234 or hep-th/9901001.</summary>
    public string? ArxivId { get; set; }

    /// <summary>The arXiv version the source named (2 for 2401.01234v2), when it named one.</summary>
    public int? ArxivVersion { get; set; }

    public string? Doi { get; set; }
    public string? Url { get; set; }
    public string? PdfUrl { get; set; }

    /// <summary>Subject categories, primary first (cs.LG, stat.ML).</summary>
    [AllowNull]
    public string[] Categories { get; set => field = value ?? []; } = [];

    [AllowNull]
    public string[] Keywords { get; set => field = value ?? []; } = [];

    public string? JournalRef { get; set; }
    public string? Comments { get; set; }

    /// <summary>Venue line where the source gives one (Google Scholar, BibTeX journal/booktitle).</summary>
    public string? Venue { get; set; }

    public int? Upvotes { get; set; }

    /// <summary>arXiv announcement kind: new, cross, replace, replace-cross.</summary>
    public string? AnnounceType { get; set; }

    public string? CodeUrl { get; set; }
    public string? ProjectUrl { get; set; }

    /// <summary>
    /// The citation key this paper has in a .bib file (set by Import-PaperBibTeX, and by Export-PaperBibTeX
    /// -PassThru). Empty for an entry written without a key, which stays so; null when the exporter is to make one.
    /// </summary>
    public string? CitationKey { get; set; }

    /// <summary>The BibTeX entry type (article, inproceedings, book …); null lets the exporter choose (misc or
    /// article).</summary>
    public string? EntryType { get; set; }

    /// <summary>
    /// Fields to write as they are, in order, values as BibTeX spells them (every field of an entry read from a
    /// .bib). A typed property that was changed is written instead of the fields it is read from. Made when first
    /// asked for: most papers from digests never have a field.
    /// </summary>
    [AllowNull]
    public BibTeXFieldCollection Fields { get => fields ??= new(); set => fields = value; }

    private BibTeXFieldCollection? fields;

    /// <summary>Whether the paper has a field, asked without making the collection (an export asks it of every
    /// paper).</summary>
    internal bool HasFields => fields is { Count: > 0 };

    /// <summary>
    /// What a RIS, CSL-JSON or BibTeX record states beyond the properties above (type, editors, volume, pages,
    /// publisher, ISBN, ...); null when the source stated none. See <see cref="BibItem"/>.
    /// </summary>
    public BibItem? Item { get; set; }

    /// <summary>The entry this paper was read from, as it was read (type, key, fields, text); null for papers from
    /// digests.</summary>
    public BibTeXEntry? Entry { get; set; }

    // Provenance: where this record came from.
    public string? Source { get; set; }
    public int SourceLine { get; set; }
    public DigestFormat SourceFormat { get; set; }

    /// <summary>The day the digest announced the paper (not its publication date).</summary>
    public DateTime? DigestDate { get; set; }

    /// <summary>
    /// Every record Merge-PaperDuplicate made this paper from, in the order they arrived (Source, SourceLine and
    /// DigestDate above are the first one's). Empty for a paper as read.
    /// </summary>
    [AllowNull]
    public PaperProvenance[] SeenIn { get; set => field = value ?? []; } = [];

    /// <summary>
    /// What Update-PaperMetadata filled and from where: the record's identity, the service and route, how well the
    /// titles matched and the fields taken ("arxiv 2508.14001 via Hugging Face daily papers 2025-08-20, title match
    /// 1.00: ArxivId, Authors, Published"). Null when nothing was filled.
    /// </summary>
    public string? MetadataSource { get; set; }

    /// <summary>False for digest entries that are not papers (PDF names, appendix fragments, news).</summary>
    public bool IsPaper { get; set; } = true;

    /// <summary>Why an entry was judged not to be a paper; null for papers.</summary>
    public string? NonPaperReason { get; set; }

    /// <summary>Stable identity from the strongest identifier present: arXiv id, else DOI, else normalised
    /// title.</summary>
    public string? Id => PaperIdentity.Of(this);

    /// <summary>Makes <see cref="Abstract"/> what <paramref name="text"/> reads, each time it is asked for.</summary>
    internal void DeferAbstract(DeferredText text) => abstractText = text;

    /// <summary>Gives this paper <paramref name="other"/>'s abstract as that paper holds it, deferred or not.</summary>
    internal void ShareAbstract(Paper other) => abstractText = other.abstractText;

    /// <summary>True when both papers hold the same deferred abstract: read from one place, and set on neither
    /// since.</summary>
    internal bool SharesDeferredAbstract(Paper other) => abstractText is DeferredText
        && ReferenceEquals(abstractText, other.abstractText);

    public override string ToString() => Title ?? string.Empty;
}

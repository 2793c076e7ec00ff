using System;

namespace PaperTools
{
    /// <summary>
    /// One paper as read from a digest or a .bib file. Plain settable properties so that
    /// Where-Object, Sort-Object, Select-Object and Export-Csv work on it without ceremony.
    /// Empty text is null; empty lists are empty arrays, never null.
    /// </summary>
    public sealed class Paper
    {
        public string Title { get; set; }
        public string Abstract { get; set; }

        /// <summary>True when Abstract is only a search-result snippet (Google Scholar), not the abstract.</summary>
        public bool AbstractIsSnippet { get; set; }

        public string[] Authors { get; set; } = Array.Empty<string>();

        /// <summary>Publication year, only when the source states it; never guessed from the digest date.</summary>
        public int? Year { get; set; }

        public DateTime? Published { get; set; }

        /// <summary>arXiv identifier without version suffix: 2401.01234 or hep-th/9901001.</summary>
        public string ArxivId { get; set; }

        /// <summary>The arXiv version the source named (2 for 2401.01234v2), when it named one.</summary>
        public int? ArxivVersion { get; set; }

        public string Doi { get; set; }
        public string Url { get; set; }
        public string PdfUrl { get; set; }

        /// <summary>Subject categories, primary first (cs.LG, stat.ML).</summary>
        public string[] Categories { get; set; } = Array.Empty<string>();

        public string[] Keywords { get; set; } = Array.Empty<string>();
        public string JournalRef { get; set; }
        public string Comments { get; set; }

        /// <summary>Venue line where the source gives one (Google Scholar, BibTeX journal/booktitle).</summary>
        public string Venue { get; set; }

        public int? Upvotes { get; set; }

        /// <summary>arXiv announcement kind: new, cross, replace, replace-cross.</summary>
        public string AnnounceType { get; set; }

        public string CodeUrl { get; set; }
        public string ProjectUrl { get; set; }

        /// <summary>The citation key this paper already has in a .bib file (set by Import-PaperBibTeX).</summary>
        public string CitationKey { get; set; }

        // Provenance: where this record came from.
        public string Source { get; set; }
        public int SourceLine { get; set; }
        public DigestFormat SourceFormat { get; set; }

        /// <summary>The day the digest announced the paper (not its publication date).</summary>
        public DateTime? DigestDate { get; set; }

        /// <summary>
        /// What Update-PaperMetadata filled and from where: the record's identity, the service and route, how well the
        /// titles matched and the fields taken ("arxiv 2508.14001 via Hugging Face daily papers 2025-08-20, title match
        /// 1.00: ArxivId, Authors, Published"). Null when nothing was filled.
        /// </summary>
        public string MetadataSource { get; set; }

        /// <summary>False for digest entries that are not papers (PDF names, appendix fragments, news).</summary>
        public bool IsPaper { get; set; } = true;

        /// <summary>Why an entry was judged not to be a paper; null for papers.</summary>
        public string NonPaperReason { get; set; }

        /// <summary>Stable identity from the strongest identifier present: arXiv id, else DOI, else normalised title.</summary>
        public string Id => PaperIdentity.Of(this);

        public override string ToString() => Title ?? string.Empty;
    }
}

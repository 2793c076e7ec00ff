using System;
using System.Linq;

namespace PaperTools.Identity
{
    /// <summary>
    /// The one rule for "these two papers are the same work", shared by -Append, the export session and duplicate
    /// detection. A shared arXiv identifier (any version, or the 10.48550/arXiv DOI) or DOI decides. Lacking those,
    /// equal normalised titles decide only when nothing the papers state conflicts: a year, the authors' family
    /// names, the kind of entry (a journal and a conference version), a second identifier. Such a pair is a possible
    /// duplicate: both are kept, and the caller can report it. Two papers with neither title nor identifier are the
    /// same only as the same .bib entry (same key and type, or the same fields).
    /// </summary>
    public static class SameWork
    {
        private const string ArxivDoiPrefix = "10.48550/arxiv.";

        public static SameWorkMatch Compare(Paper a, Paper b)
            => a == null || b == null ? SameWorkMatch.NoMatch : Compare(a, new SameWorkKeys(a), b, new SameWorkKeys(b));

        /// <summary>Compares two papers whose keys are worked out already (an index keeps them).</summary>
        internal static SameWorkMatch Compare(Paper a, SameWorkKeys keysA, Paper b, SameWorkKeys keysB)
        {
            var conflicts = SameWorkConflicts.None;

            var arxivA = keysA.Arxiv;
            var arxivB = keysB.Arxiv;
            var sameArxiv = arxivA != null && arxivA == arxivB;
            if (arxivA != null && arxivB != null && !sameArxiv) conflicts |= SameWorkConflicts.ArxivId;

            var doiA = keysA.Doi;
            var doiB = keysB.Doi;
            var sameDoi = doiA != null && doiA == doiB;
            if (doiA != null && doiB != null && !sameDoi) conflicts |= SameWorkConflicts.Doi;

            if (sameArxiv) return new SameWorkMatch(true, SameWorkReason.ArxivId, conflicts == SameWorkConflicts.None ? 1.0 : 0.9, conflicts);
            if (sameDoi) return new SameWorkMatch(true, SameWorkReason.Doi, conflicts == SameWorkConflicts.None ? 1.0 : 0.9, conflicts);

            var titleA = keysA.Title;
            var titleB = keysB.Title;
            if (titleA != null && titleA == titleB)
            {
                var agreeing = 0;
                if (a.Year.HasValue && b.Year.HasValue)
                {
                    if (a.Year != b.Year) conflicts |= SameWorkConflicts.Year;
                    else agreeing++;
                }
                var authorsA = FamilyNames.Of(a.Authors);
                var authorsB = FamilyNames.Of(b.Authors);
                if (authorsA.Count > 0 && authorsB.Count > 0)
                {
                    var shared = authorsA.Count(authorsB.Contains);
                    if (shared * 2 < Math.Min(authorsA.Count, authorsB.Count)) conflicts |= SameWorkConflicts.Authors;
                    else agreeing++;
                }
                var kindA = EntryTypeKind.Of(a.EntryType);
                var kindB = EntryTypeKind.Of(b.EntryType);
                if (kindA != null && kindB != null)
                {
                    if (kindA != kindB) conflicts |= SameWorkConflicts.EntryType;
                    else agreeing++;
                }
                return conflicts == SameWorkConflicts.None
                    ? new SameWorkMatch(true, SameWorkReason.Title, 0.8 + 0.05 * agreeing, conflicts)
                    : new SameWorkMatch(false, SameWorkReason.Title, 0.4, conflicts);
            }

            if (titleA == null && titleB == null && arxivA == null && arxivB == null && doiA == null && doiB == null && SameEntry(a, b))
                return new SameWorkMatch(true, SameWorkReason.SameEntry, 0.9, SameWorkConflicts.None);
            return SameWorkMatch.NoMatch;
        }

        /// <summary>The arXiv identifier, lower case and without version, from ArxivId or an arXiv DOI; null when none.</summary>
        public static string ArxivKey(Paper paper)
        {
            if (!string.IsNullOrWhiteSpace(paper.ArxivId)) return (ArxivIdentifier.Normalize(paper.ArxivId) ?? paper.ArxivId.Trim()).ToLowerInvariant();
            var doi = Normalize(paper.Doi);
            return doi != null && doi.StartsWith(ArxivDoiPrefix, StringComparison.Ordinal) ? (ArxivIdentifier.Normalize(doi.Substring(ArxivDoiPrefix.Length)) ?? doi.Substring(ArxivDoiPrefix.Length)).ToLowerInvariant() : null;
        }

        /// <summary>The publisher DOI (not arXiv's), lower case, without resolver prefix; null when none.</summary>
        public static string DoiKey(Paper paper)
        {
            var doi = Normalize(paper.Doi);
            return doi == null || doi.StartsWith(ArxivDoiPrefix, StringComparison.Ordinal) ? null : doi;
        }

        /// <summary>The normalised title; null when the paper has none.</summary>
        public static string TitleKey(Paper paper)
        {
            var title = TextNormalizer.NormalizeTitle(paper.Title);
            return title.Length == 0 ? null : title;
        }

        /// <summary>For papers with neither title nor identifier: the key an index files them under as .bib entries.</summary>
        internal static string EntryKey(Paper paper)
            => !string.IsNullOrEmpty(paper.CitationKey) ? "key:" + paper.CitationKey.ToLowerInvariant() + "|" + (paper.EntryType ?? string.Empty).ToLowerInvariant()
                : paper.Fields.Count > 0 ? "fields:" + string.Join("\u0001", paper.Fields.Select(f => f.Name.ToLowerInvariant() + "=" + f.Value)) : null;

        private static bool SameEntry(Paper a, Paper b)
        {
            var key = EntryKey(a);
            return key != null && key == EntryKey(b);
        }

        private static string Normalize(string doi)
        {
            if (string.IsNullOrWhiteSpace(doi)) return null;
            var d = doi.Trim().ToLowerInvariant();
            foreach (var prefix in new[] { "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:" })
                if (d.StartsWith(prefix, StringComparison.Ordinal)) d = d.Substring(prefix.Length).Trim();
            return d.Length == 0 ? null : d;
        }
    }
}

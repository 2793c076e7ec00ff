using System;
using System.Text.RegularExpressions;

namespace PaperTools.Export
{
    /// <summary>
    /// What kind of work a paper is, from what its source states: a journal article (a journal reference, or a
    /// publisher's DOI beside a venue), a conference paper (a venue named as proceedings or a conference), an arXiv
    /// preprint (an arXiv id and nothing published), or a work of unknown kind (a title alone).
    /// </summary>
    internal enum PaperKind { JournalArticle, ConferencePaper, Preprint, Unknown }

    internal static class PaperKinds
    {
        private static readonly Regex Proceedings = new Regex(@"\b(?:proceedings|conference|workshop|symposium)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        public static PaperKind Of(Paper paper)
        {
            if (paper.Venue != null && Proceedings.IsMatch(paper.Venue)) return PaperKind.ConferencePaper;
            if (paper.JournalRef != null || paper.Venue != null || (paper.Doi != null && !IsArxivDoi(paper.Doi))) return PaperKind.JournalArticle;
            return paper.ArxivId != null ? PaperKind.Preprint : PaperKind.Unknown;
        }

        /// <summary>The DOI to write: the publisher's, else the one DataCite registers for the arXiv id.</summary>
        public static string Doi(Paper paper) => paper.Doi ?? Digests.ArxivLinks.Doi(paper.ArxivId);

        public static int? Year(Paper paper) => paper.Year ?? paper.Published?.Year;

        private static bool IsArxivDoi(string doi) => doi.StartsWith("10.48550/arXiv.", StringComparison.OrdinalIgnoreCase);
    }
}

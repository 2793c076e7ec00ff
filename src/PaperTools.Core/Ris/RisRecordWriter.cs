using System.Globalization;
using System.Linq;
using System.Text;
using PaperTools.Export;

namespace PaperTools.Ris
{
    /// <summary>
    /// One paper as a RIS record, as Zotero, EndNote and Mendeley import it: TY first and ER last, one tag per line,
    /// names as "Family, Given", every value on one line so that no text from a digest can start a tag of its own.
    /// Types: JOUR (journal article), CPAPER (conference paper), UNPB (an arXiv preprint: unpublished work; the arXiv
    /// DOI, abstract page and "arXiv:ID" number name it), GEN (nothing but a title).
    /// </summary>
    public static class RisRecordWriter
    {
        /// <summary>The prefix of the N1 note that carries a journal reference, which RIS has no tag for.</summary>
        public const string JournalRefNote = "Journal reference: ";

        public static string Write(ExportRecord record, string newLine)
        {
            var paper = record.Paper;
            var kind = PaperKinds.Of(paper);
            var text = new StringBuilder();
            void Tag(string tag, string value)
            {
                var line = Whitespace.Collapse(Printable(value));
                if (line != null) text.Append(tag).Append("  - ").Append(line).Append(newLine);
            }

            Tag("TY", kind == PaperKind.JournalArticle ? "JOUR" : kind == PaperKind.ConferencePaper ? "CPAPER" : kind == PaperKind.Preprint ? "UNPB" : "GEN");
            Tag("ID", record.Key);
            Tag("TI", paper.Title);
            foreach (var author in paper.Authors) Tag("AU", PersonName.Parse(Printable(author))?.ToSortedForm());
            var year = PaperKinds.Year(paper);
            if (year != null) Tag("PY", year.Value.ToString(CultureInfo.InvariantCulture));
            if (paper.Published != null) Tag("DA", paper.Published.Value.ToString("yyyy'/'MM'/'dd", CultureInfo.InvariantCulture));
            Tag(kind == PaperKind.ConferencePaper ? "T2" : "JO", paper.Venue);
            if (kind == PaperKind.Preprint)
            {
                Tag("PB", PaperKinds.Server(paper));
                if (paper.ArxivId != null) Tag("M1", "arXiv:" + paper.ArxivId);
            }
            // A published paper's arXiv preprint: its accession number in the arXiv database.
            else if (paper.ArxivId != null) Tag("AN", "arXiv:" + paper.ArxivId);
            Tag("AB", paper.Abstract);
            Tag("DO", PaperKinds.Doi(paper));
            Tag("UR", paper.Url ?? Digests.ArxivLinks.Abstract(paper.ArxivId));
            Tag("L1", paper.PdfUrl ?? Digests.ArxivLinks.Pdf(paper.ArxivId));
            foreach (var keyword in paper.Keywords.Distinct(System.StringComparer.Ordinal)) Tag("KW", keyword);
            Tag("N1", paper.Comments);
            if (paper.JournalRef != null) Tag("N1", JournalRefNote + paper.JournalRef);
            text.Append("ER  - ").Append(newLine);
            return text.ToString();
        }

        // RIS is text: control characters (a NUL in a scraped title) and Unicode line separators become spaces.
        private static string Printable(string value)
        {
            if (value == null) return null;
            var chars = value.ToCharArray();
            for (var i = 0; i < chars.Length; i++)
                if (char.IsControl(chars[i]) || chars[i] == '\u2028' || chars[i] == '\u2029') chars[i] = ' ';
            return new string(chars);
        }
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using PaperTools.Diagnostics;

namespace PaperTools.Digests.Ris
{
    /// <summary>
    /// One RIS record's tags as they arrive, and the paper they describe. The tags are the ones the RIS
    /// specification, EndNote and Zotero use for the same thing (TI/T1, AU/A1, PY/Y1/DA, AB/N2, JO/JF/T2); editors
    /// (A2, A3, ED) are not authors. Dates are "YYYY/MM/DD/other" with empty parts ("2014//", "1948/07//").
    /// </summary>
    internal sealed class RisRecord
    {
        private static readonly Regex DatePattern = new Regex(@"^\s*(?<y>[0-9]{4})(?:[/-](?<m>[0-9]{1,2})?(?:[/-](?<d>[0-9]{1,2})?)?)?", RegexOptions.CultureInvariant);
        private static readonly Regex KeyLike = new Regex(@"^[A-Za-z0-9][A-Za-z0-9_:.\-+/]*$", RegexOptions.CultureInvariant);
        private static readonly Regex CommaSpacing = new Regex(@"\s*,\s*", RegexOptions.CultureInvariant);

        private readonly List<KeyValuePair<string, StringBuilder>> tags = new List<KeyValuePair<string, StringBuilder>>();

        public RisRecord(int line, string type)
        {
            Line = line;
            Type = Whitespace.Collapse(type);
        }

        public int Line { get; }
        public string Type { get; }

        public void Add(string tag, string value) => tags.Add(new KeyValuePair<string, StringBuilder>(tag, new StringBuilder(value)));

        /// <summary>A line without a tag belongs to the value above it (wrapped abstracts and notes).</summary>
        public void Continue(string text)
        {
            if (tags.Count > 0) tags[tags.Count - 1].Value.Append(' ').Append(text);
        }

        public Paper ToPaper(DigestSource source, DigestReadContext context)
        {
            // ST, the short title, is the only title some exports give.
            var title = First("TI", "T1", "CT") ?? (IsBook ? First("BT") : null) ?? First("ST");
            var doi = Doi(First("DO", "M3"));
            var urls = All("UR").SelectMany(u => u.Split(new[] { ';', ' ' }, StringSplitOptions.RemoveEmptyEntries)).Select(Whitespace.Collapse).Where(u => u != null).ToList();
            var arxivId = ArxivLinks.IdFromDoi(doi)
                          ?? urls.Concat(All("L1")).Where(u => u.IndexOf("arxiv.org/", StringComparison.OrdinalIgnoreCase) >= 0).Select(ArxivIdentifier.Normalize).FirstOrDefault(id => id != null)
                          ?? All("AN", "M1").Where(v => v.StartsWith("arXiv:", StringComparison.OrdinalIgnoreCase)).Select(ArxivIdentifier.Normalize).FirstOrDefault(id => id != null);
            if (ArxivLinks.IdFromDoi(doi) != null) doi = null;
            if (title == null && doi == null && arxivId == null)
            {
                context.Report(ErrorIds.DigestEntryInvalid, ProblemCategory.InvalidData, "RIS record has neither a title (TI, T1) nor a DOI or arXiv id; skipped.", source.Path, Line);
                return null;
            }
            var (year, date) = Date(First("PY", "Y1") ?? First("DA"), First("DA"));
            return new Paper
            {
                Title = title,
                Abstract = First("AB", "N2"),
                Authors = All("AU", "A1").Select(Name).Where(n => n != null).ToArray(),
                Year = year,
                Published = date,
                ArxivId = arxivId,
                Doi = doi,
                Url = urls.FirstOrDefault() ?? ArxivLinks.Abstract(arxivId),
                PdfUrl = All("L1").FirstOrDefault() ?? ArxivLinks.Pdf(arxivId),
                Keywords = All("KW").SelectMany(k => k.Split(';')).Select(Whitespace.Collapse).Where(k => k != null).Distinct(StringComparer.Ordinal).ToArray(),
                Venue = IsBook ? null : First("T2", "JO", "JF", "JA", "J2", "BT"),
                Comments = All("N1").FirstOrDefault(n => !n.StartsWith(PaperTools.Ris.RisRecordWriter.JournalRefNote, StringComparison.Ordinal)),
                JournalRef = All("N1").Where(n => n.StartsWith(PaperTools.Ris.RisRecordWriter.JournalRefNote, StringComparison.Ordinal))
                    .Select(n => Whitespace.Collapse(n.Substring(PaperTools.Ris.RisRecordWriter.JournalRefNote.Length))).FirstOrDefault(),
                CitationKey = Key(First("ID")),
                Source = source.Path,
                SourceLine = Line,
                SourceFormat = DigestFormat.Ris,
                DigestDate = context.Options.DigestDate,
            };
        }

        private bool IsBook => Type == "BOOK" || Type == "EBOOK" || Type == "EDBOOK";

        private string First(params string[] names)
        {
            foreach (var name in names)
                foreach (var tag in tags)
                    if (tag.Key == name && Whitespace.Collapse(tag.Value.ToString()) is string value) return value;
            return null;
        }

        private IEnumerable<string> All(params string[] names)
            => tags.Where(t => names.Contains(t.Key)).Select(t => Whitespace.Collapse(t.Value.ToString())).Where(v => v != null);

        // "Shannon,Claude E." is "Shannon, Claude E.": the family name first, as RIS writes every name.
        private static string Name(string value)
        {
            var name = Whitespace.Collapse(CommaSpacing.Replace(value, ", "));
            return name?.TrimEnd(',', ' ');
        }

        /// <summary>The year the date states, and the day when it names one; PY's year wins over DA's.</summary>
        private static (int? Year, DateTime? Date) Date(string primary, string full)
        {
            int? year = null;
            DateTime? date = null;
            foreach (var text in new[] { primary, full })
            {
                var m = text == null ? Match.Empty : DatePattern.Match(text);
                if (!m.Success) continue;
                var y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
                if (y < 1000 || y > 2200) continue;
                year = year ?? y;
                if (date == null && m.Groups["m"].Success && m.Groups["d"].Success && y == year)
                {
                    var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
                    var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
                    if (month >= 1 && month <= 12 && day >= 1 && day <= DateTime.DaysInMonth(y, month))
                        date = new DateTime(y, month, day, 0, 0, 0, DateTimeKind.Unspecified);
                }
            }
            return (year, date);
        }

        private static string Doi(string text)
        {
            if (text == null) return null;
            var doi = Regex.Replace(text, @"^(?:doi:\s*|https?://(?:dx\.)?doi\.org/)", string.Empty, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant).Trim();
            return doi.StartsWith("10.", StringComparison.Ordinal) ? doi : null;
        }

        private static string Key(string id) => id != null && KeyLike.IsMatch(id) ? id : null;
    }
}

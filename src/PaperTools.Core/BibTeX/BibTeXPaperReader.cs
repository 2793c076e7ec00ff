using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace PaperTools.BibTeX
{
    /// <summary>
    /// Turns a parsed entry into a Paper, LaTeX decoded to Unicode. Reads both dialects: year/month or date,
    /// eprint with archivePrefix or eprinttype, primaryClass or eprintclass, journal or journaltitle. The arXiv
    /// DOI and abstract URL the writer derives from the eprint are not stored again, so a paper read back
    /// writes the same bytes.
    /// </summary>
    public static class BibTeXPaperReader
    {
        private static readonly string[] MonthNames = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };

        public static Paper ToPaper(BibTeXRecord record, string source)
        {
            var paper = new Paper
            {
                Title = Text(record["title"]),
                Abstract = Text(record["abstract"]),
                Authors = SplitAuthors(record["author"]).Select(Text).Where(a => a != null).ToArray(),
                Url = Plain(record["url"]),
                Venue = Text(record["journal"] ?? record["journaltitle"] ?? record["booktitle"]),
                Keywords = (record["keywords"] ?? string.Empty).Split(',', ';').Select(Text).Where(k => k != null).ToArray(),
                CitationKey = record.Key,
                Source = source,
                SourceLine = record.Line,
                SourceFormat = DigestFormat.BibTeX,
            };
            if (record.Type == "article") paper.JournalRef = paper.Venue;

            ReadDate(record, paper);
            ReadArxiv(record, paper);
            return paper;
        }

        private static void ReadDate(BibTeXRecord record, Paper paper)
        {
            var date = Plain(record["date"]);
            var match = date == null ? null : Regex.Match(date, @"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?");
            if (match != null && match.Success)
            {
                paper.Year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
                if (match.Groups[2].Success)
                    paper.Published = SafeDate(paper.Year.Value, int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture),
                        match.Groups[3].Success ? int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) : 1);
                return;
            }
            var year = Regex.Match(record["year"] ?? string.Empty, @"^\s*\{?(\d{4})");
            if (!year.Success) return;
            paper.Year = int.Parse(year.Groups[1].Value, CultureInfo.InvariantCulture);
            var month = Month(record["month"]);
            // A month without a day reads as its first day; the writer writes only the month back.
            if (month > 0) paper.Published = SafeDate(paper.Year.Value, month, 1);
        }

        private static void ReadArxiv(BibTeXRecord record, Paper paper)
        {
            var archive = Plain(record["archiveprefix"] ?? record["eprinttype"]);
            var eprint = Plain(record["eprint"]);
            if (eprint != null && (archive == null || archive.Equals("arxiv", StringComparison.OrdinalIgnoreCase))
                && ArxivIdentifier.TryParse(eprint, out var id, out var version))
            {
                paper.ArxivId = id;
                paper.ArxivVersion = version;
            }

            var doi = Plain(record["doi"]);
            if (doi != null) doi = Regex.Replace(doi, @"^(?:https?://(?:dx\.)?doi\.org/|doi:)", string.Empty, RegexOptions.IgnoreCase);
            if (doi != null && BibTeXEntryBuilder.IsArxivDoi(doi))
            {
                if (paper.ArxivId == null) paper.ArxivId = ArxivIdentifier.Normalize(doi.Substring("10.48550/arXiv.".Length));
                doi = null;
            }
            paper.Doi = doi;

            if (paper.ArxivId == null && paper.Url != null && paper.Url.IndexOf("arxiv.org/", StringComparison.OrdinalIgnoreCase) >= 0)
                paper.ArxivId = ArxivIdentifier.Normalize(paper.Url);
            var primary = Plain(record["primaryclass"] ?? record["eprintclass"]);
            if (paper.ArxivId != null && primary != null) paper.Categories = new[] { primary };
        }

        /// <summary>The names of an author field: split on "and" outside braces.</summary>
        private static IEnumerable<string> SplitAuthors(string field)
        {
            if (string.IsNullOrWhiteSpace(field)) yield break;
            var level = 0;
            var start = 0;
            for (var i = 0; i < field.Length; i++)
            {
                if (field[i] == '{') level++;
                else if (field[i] == '}') level--;
                else if (level == 0 && i > 0 && field[i - 1] == ' ' && string.Compare(field, i, "and ", 0, 4, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    yield return field.Substring(start, i - start);
                    start = i + 4;
                }
            }
            yield return field.Substring(start);
        }

        private static int Month(string value)
        {
            var v = Plain(value);
            if (v == null) return 0;
            if (int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n >= 1 && n <= 12 ? n : 0;
            return v.Length >= 3 ? Array.IndexOf(MonthNames, v.Substring(0, 3).ToLowerInvariant()) + 1 : 0;
        }

        private static DateTime? SafeDate(int year, int month, int day)
            => year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateTime(year, month, day) : (DateTime?)null;

        /// <summary>A text field decoded to Unicode (math other than single symbols kept), trimmed; null when empty.</summary>
        private static string Text(string latex)
        {
            if (string.IsNullOrWhiteSpace(latex)) return null;
            var decoded = Whitespace.Collapse(LatexDecoder.Decode(latex, keepMath: true)) ?? string.Empty;
            return decoded.Length == 0 ? null : decoded;
        }

        /// <summary>A raw field (url, doi, eprint, month) without the grouping braces some files put around it.</summary>
        private static string Plain(string value)
        {
            if (string.IsNullOrWhiteSpace(value)) return null;
            var trimmed = value.Trim();
            while (trimmed.Length >= 2 && trimmed[0] == '{' && trimmed[trimmed.Length - 1] == '}') trimmed = trimmed.Substring(1, trimmed.Length - 2).Trim();
            return trimmed.Length == 0 ? null : trimmed;
        }
    }
}

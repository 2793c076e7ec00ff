using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace PaperTools.BibTeX
{
    /// <summary>
    /// Makes the entry for one paper. arXiv preprints are @misc with eprint, archivePrefix, primaryClass, the
    /// arXiv DOI (10.48550/arXiv.ID) and the abstract page; a journal reference or a publisher's DOI makes an
    /// @article. Author and year appear only when the source gave them (or the user gave -DefaultYear).
    /// Fields always come in the same order, so the same paper always gives the same bytes.
    /// </summary>
    internal sealed class BibTeXEntryBuilder
    {
        private const string ArxivDoiPrefix = "10.48550/arXiv.";
        private static readonly string[] MonthMacros = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };

        private readonly BibTeXExportOptions options;
        private readonly LatexEscaper escaper;

        public BibTeXEntryBuilder(BibTeXExportOptions options, LatexEscaper escaper)
        {
            this.options = options;
            this.escaper = escaper;
        }

        /// <summary>The year an entry for <paramref name="paper"/> states: the source's, else -DefaultYear, else none.</summary>
        public int? YearOf(Paper paper) => paper.Year ?? options.DefaultYear;

        public BibTeXEntry Build(Paper paper, string key)
        {
            var biblatex = options.Dialect == BibTeXDialect.BibLaTeX;
            var arxivId = string.IsNullOrWhiteSpace(paper.ArxivId) ? null : paper.ArxivId.Trim();
            var doi = Raw(paper.Doi);
            var isArticle = !string.IsNullOrWhiteSpace(paper.JournalRef) || (doi != null && !IsArxivDoi(doi));
            var entry = new BibTeXEntry(isArticle ? "article" : "misc", key);

            var authors = paper.Authors.Where(a => !string.IsNullOrWhiteSpace(a)).Select(Author).Where(a => a.Length > 0).ToList();
            entry.Add("author", string.Join(" and ", authors));
            entry.Add("title", escaper.EscapeTitle(paper.Title));
            if (isArticle) entry.Add(biblatex ? "journaltitle" : "journal", escaper.Escape(paper.Venue ?? paper.JournalRef));
            // plain.bst sorts by author, else by the key field, and warns when it has neither.
            if (!biblatex && authors.Count == 0) entry.Add("key", key);

            var year = YearOf(paper);
            var published = paper.Published.HasValue && paper.Published.Value.Year == year ? paper.Published : null;
            if (year.HasValue && biblatex)
                entry.Add("date", published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? year.Value.ToString("D4", CultureInfo.InvariantCulture));
            else if (year.HasValue)
            {
                entry.Add("year", year.Value.ToString(CultureInfo.InvariantCulture));
                if (published.HasValue) entry.AddMacro("month", MonthMacros[published.Value.Month - 1]);
            }

            if (arxivId != null)
            {
                entry.Add("eprint", Raw(arxivId));
                entry.Add(biblatex ? "eprinttype" : "archivePrefix", biblatex ? "arxiv" : "arXiv");
                entry.Add(biblatex ? "eprintclass" : "primaryClass", Raw(paper.Categories.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c))));
            }
            entry.Add("doi", doi ?? (arxivId != null ? Raw(ArxivDoiPrefix + arxivId) : null));
            entry.Add("url", Raw(paper.Url) ?? (arxivId != null ? "https://arxiv.org/abs/" + Raw(arxivId) : null));
            entry.Add("keywords", string.Join(", ", paper.Keywords.Where(k => !string.IsNullOrWhiteSpace(k)).Select(escaper.Escape)));
            if (options.IncludeAbstract && !paper.AbstractIsSnippet) entry.Add("abstract", escaper.Escape(paper.Abstract));
            return entry;
        }

        /// <summary>The DOI arXiv registers for every preprint; it names the preprint, not a publication.</summary>
        public static bool IsArxivDoi(string doi) => doi.StartsWith(ArxivDoiPrefix, StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// A name as BibTeX reads names: escaped, a stand-alone "and" braced so it does not split the list,
        /// and a name with more commas than "von Last, Jr, First" allows braced whole.
        /// </summary>
        private string Author(string name)
        {
            var escaped = escaper.Escape(name);
            escaped = Regex.Replace(escaped, @"(?<![^\s])and(?![^\s])", "{and}", RegexOptions.IgnoreCase);
            return escaped.Count(c => c == ',') > 2 ? "{" + escaped + "}" : escaped;
        }

        /// <summary>
        /// url, doi and eprint are written raw, as the url package expects them. Braces, backslashes, white space
        /// and control characters are percent-encoded, so the value can never close its field or run a command.
        /// </summary>
        internal static string Raw(string value)
        {
            if (string.IsNullOrWhiteSpace(value)) return null;
            var sb = new StringBuilder(value.Length);
            foreach (var b in Encoding.UTF8.GetBytes(value.Trim()))
            {
                var c = (char)b;
                if (b >= 0x80 || b <= 0x20 || b == 0x7F || c == '{' || c == '}' || c == '\\' || c == '"') sb.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
                else sb.Append(c);
            }
            return sb.ToString();
        }
    }
}

using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using PaperTools.Diagnostics;
using PaperTools.Validation;

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
        private readonly Action<Problem> report;

        /// <param name="report">Receives a warning for each raw value (eprint, primaryClass, doi, url, year) left out because it fails its grammar.</param>
        public BibTeXEntryBuilder(BibTeXExportOptions options, LatexEscaper escaper, Action<Problem> report = null)
        {
            this.options = options;
            this.escaper = escaper;
            this.report = report ?? (_ => { });
        }

        /// <summary>The year an entry for <paramref name="paper"/> states: the source's, else -DefaultYear, else none.</summary>
        public int? YearOf(Paper paper) => paper.Year ?? options.DefaultYear;

        public BibTeXEntry Build(Paper paper, string key)
        {
            var biblatex = options.Dialect == BibTeXDialect.BibLaTeX;
            var arxivId = Checked(paper, "eprint", paper.ArxivId, ArxivGrammar.Id, ErrorIds.BibTeXArxivIdInvalid, "an arXiv id is YYMM.NNNNN or archive/YYMMNNN, without version");
            var doi = Checked(paper, "doi", paper.Doi, DoiGrammar.ToSafe, ErrorIds.BibTeXDoiInvalid, "a DOI is 10.NNNN/suffix, without spaces or control characters");
            var isArticle = !string.IsNullOrWhiteSpace(paper.JournalRef) || (doi != null && !IsArxivDoi(doi));
            var entry = new BibTeXEntry(isArticle ? "article" : "misc", key);

            var authors = paper.Authors.Where(a => !string.IsNullOrWhiteSpace(a)).Select(Author).Where(a => a.Length > 0).ToList();
            entry.Add("author", string.Join(" and ", authors));
            entry.Add("title", escaper.EscapeTitle(paper.Title));
            if (isArticle) entry.Add(biblatex ? "journaltitle" : "journal", escaper.Escape(paper.Venue ?? paper.JournalRef));
            // plain.bst sorts by author, else by the key field, and warns when it has neither.
            if (!biblatex && authors.Count == 0) entry.Add("key", key);

            var year = YearOf(paper);
            if (year.HasValue && !PublicationDate.IsWritableYear(year.Value))
            {
                Refuse(paper, ErrorIds.BibTeXYearInvalid, "year", year.Value.ToString(CultureInfo.InvariantCulture), "a year is 1 to 9999");
                year = null;
            }
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
                entry.Add("eprint", arxivId);
                entry.Add(biblatex ? "eprinttype" : "archivePrefix", biblatex ? "arxiv" : "arXiv");
                var classField = biblatex ? "eprintclass" : "primaryClass";
                entry.Add(classField, Checked(paper, classField, paper.Categories.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c)), ArxivGrammar.CategoryOf, ErrorIds.BibTeXArxivCategoryInvalid, "an arXiv category is archive.SUBJECT (cs.LG, hep-th, cond-mat.mes-hall)"));
            }
            entry.Add("doi", doi ?? (arxivId != null ? ArxivDoiPrefix + arxivId : null));
            entry.Add("url", Checked(paper, "url", paper.Url, WebAddress.ToSafe, ErrorIds.BibTeXUrlRefused, "only absolute http and https addresses are written") ?? (arxivId != null ? "https://arxiv.org/abs/" + arxivId : null));
            entry.Add("keywords", string.Join(", ", paper.Keywords.Where(k => !string.IsNullOrWhiteSpace(k)).Select(escaper.Escape)));
            if (options.IncludeAbstract && !paper.AbstractIsSnippet) entry.Add("abstract", escaper.Escape(paper.Abstract));
            return entry;
        }

        /// <summary>The DOI arXiv registers for every preprint; it names the preprint, not a publication.</summary>
        public static bool IsArxivDoi(string doi) => doi.StartsWith(ArxivDoiPrefix, StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// A name as BibTeX reads names: escaped, a stand-alone "and" (any case) braced so it does not split the
        /// list, and a name whose commas do not make "von Last, Jr, First" (more than two, or an empty part, which
        /// biber rejects as malformed and drops the entry) braced whole.
        /// </summary>
        private string Author(string name)
        {
            var escaped = escaper.EscapeName(name);
            escaped = Regex.Replace(escaped, @"(?<![^\s])and(?![^\s])", "{$0}", RegexOptions.IgnoreCase);
            var parts = escaped.Split(',');
            return parts.Length > 3 || (parts.Length > 1 && parts.Any(p => p.Trim().Length == 0)) ? "{" + escaped + "}" : escaped;
        }

        /// <summary>
        /// url, doi, eprint and primaryClass are written raw, as the url package and biber expect them, so each
        /// must pass its grammar (see PaperTools.Validation). One that fails is left out with a named warning;
        /// the rest of the entry is still written.
        /// </summary>
        private string Checked(Paper paper, string field, string value, Func<string, string> grammar, string errorId, string rule)
        {
            if (string.IsNullOrWhiteSpace(value)) return null;
            var safe = grammar(value);
            if (safe == null) Refuse(paper, errorId, field, value, rule);
            return safe;
        }

        private void Refuse(Paper paper, string errorId, string field, string value, string why)
        {
            var shown = value.Length <= 80 ? value : value.Substring(0, 77) + "...";
            report(new Problem(errorId, ProblemCategory.InvalidData,
                $"{field} '{shown}' of '{paper.Title ?? paper.Id}' was left out: {why}, and a value BibTeX writes without escaping must never carry anything TeX could run.",
                paper.Source ?? paper.Title, paper.SourceLine));
        }
    }
}

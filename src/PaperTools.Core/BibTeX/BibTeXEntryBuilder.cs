using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;

namespace PaperTools.BibTeX
{
    /// <summary>
    /// Makes the fields a paper's typed properties say, each tagged with its <see cref="FieldGroup"/>. arXiv preprints
    /// are @misc with eprint, archivePrefix, primaryClass, the arXiv DOI (10.48550/arXiv.ID) and the abstract page; a
    /// journal reference or a publisher's DOI makes an @article. Author and year appear only when the source gave them
    /// (or the user gave -DefaultYear). Fields always come in the same order, so the same paper always gives the same bytes.
    /// For a paper read from a .bib, the fields follow the entry's own spelling: its venue field, its names as written.
    /// </summary>
    internal sealed class BibTeXEntryBuilder
    {
        private const string ArxivDoiPrefix = "10.48550/arXiv.";
        private static readonly string[] MonthMacros = { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" };
        private static readonly Regex StandaloneAnd = new Regex(@"(?<![^\s])and(?![^\s])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        private readonly BibTeXExportOptions options;
        private readonly LatexEscaper escaper;

        public BibTeXEntryBuilder(BibTeXExportOptions options, LatexEscaper escaper)
        {
            this.options = options;
            this.escaper = escaper;
        }

        /// <summary>The year an entry for <paramref name="paper"/> states: the source's, else -DefaultYear (for papers not read from a .bib), else none.</summary>
        public int? YearOf(Paper paper) => paper.Year ?? (paper.Entry == null ? options.DefaultYear : null);

        /// <summary>The entry type: the paper's own, else @article for a journal reference or publisher DOI, else @misc.</summary>
        public string TypeOf(Paper paper)
        {
            if (!string.IsNullOrWhiteSpace(paper.EntryType)) return paper.EntryType.Trim();
            var doi = Raw(paper.Doi);
            return !string.IsNullOrWhiteSpace(paper.JournalRef) || (doi != null && !IsArxivDoi(doi)) ? "article" : "misc";
        }

        public List<KeyValuePair<FieldGroup, BibTeXField>> Build(Paper paper, string key, BibTeXDialect dialect)
        {
            var fields = new List<KeyValuePair<FieldGroup, BibTeXField>>();
            void Add(FieldGroup group, string name, string value)
            {
                if (name != null && !string.IsNullOrEmpty(value)) fields.Add(new KeyValuePair<FieldGroup, BibTeXField>(group, new BibTeXField(name, "{" + value + "}")));
            }

            var biblatex = dialect == BibTeXDialect.BibLaTeX;
            var type = TypeOf(paper).ToLowerInvariant();
            var arxivId = string.IsNullOrWhiteSpace(paper.ArxivId) ? null : paper.ArxivId.Trim();
            var doi = Raw(paper.Doi);

            var authors = Authors(paper);
            Add(FieldGroup.Authors, "author", string.Join(" and ", authors));
            Add(FieldGroup.Title, "title", escaper.EscapeTitle(paper.Title));
            Add(FieldGroup.Venue, VenueField(paper, type, biblatex), escaper.Escape(paper.Venue ?? paper.JournalRef));
            // plain.bst sorts by author, else by the key field, and warns when it has neither.
            if (!biblatex && authors.Count == 0 && !string.IsNullOrEmpty(key)) Add(FieldGroup.SortKey, "key", key);

            var year = YearOf(paper);
            var published = paper.Published.HasValue && paper.Published.Value.Year == year ? paper.Published : null;
            if (year.HasValue && biblatex)
                Add(FieldGroup.Date, "date", published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? year.Value.ToString("D4", CultureInfo.InvariantCulture));
            else if (year.HasValue)
            {
                Add(FieldGroup.Date, "year", year.Value.ToString(CultureInfo.InvariantCulture));
                if (published.HasValue) fields.Add(new KeyValuePair<FieldGroup, BibTeXField>(FieldGroup.Date, new BibTeXField("month", MonthMacros[published.Value.Month - 1])));
            }

            if (arxivId != null)
            {
                Add(FieldGroup.Arxiv, "eprint", Raw(arxivId));
                Add(FieldGroup.Arxiv, biblatex ? "eprinttype" : "archivePrefix", biblatex ? "arxiv" : "arXiv");
                Add(FieldGroup.Arxiv, biblatex ? "eprintclass" : "primaryClass", Raw(paper.Categories.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c))));
                if (doi == null) Add(FieldGroup.Arxiv, "doi", Raw(ArxivDoiPrefix + arxivId));
            }
            Add(FieldGroup.Doi, "doi", doi);
            if (Raw(paper.Url) == null && arxivId != null) Add(FieldGroup.Arxiv, "url", "https://arxiv.org/abs/" + Raw(arxivId));
            Add(FieldGroup.Url, "url", Raw(paper.Url));
            Add(FieldGroup.Keywords, "keywords", string.Join(", ", paper.Keywords.Where(k => !string.IsNullOrWhiteSpace(k)).Select(escaper.Escape)));
            if (options.IncludeAbstract && !paper.AbstractIsSnippet) Add(FieldGroup.Abstract, "abstract", escaper.Escape(paper.Abstract));
            return fields;
        }

        /// <summary>The DOI arXiv registers for every preprint; it names the preprint, not a publication.</summary>
        public static bool IsArxivDoi(string doi) => doi.StartsWith(ArxivDoiPrefix, StringComparison.OrdinalIgnoreCase);

        /// <summary>The venue field an entry already uses, else journal (journaltitle) for articles and booktitle for parts of a book or proceedings.</summary>
        private static string VenueField(Paper paper, string type, bool biblatex)
        {
            foreach (var name in new[] { "journal", "journaltitle", "booktitle" })
                if (paper.Entry?[name] != null) return name;
            if (type.StartsWith("in", StringComparison.Ordinal)) return "booktitle";
            if (type != "article" && paper.Entry == null) return null;
            return biblatex ? "journaltitle" : "journal";
        }

        /// <summary>
        /// The names to write: a name the entry already had is written as it was (with its braces: {Di Battista},
        /// {T}utte); any other is escaped, a stand-alone "and" braced so it does not split the list, and a name with
        /// more commas than "von Last, Jr, First" allows braced whole.
        /// </summary>
        private List<string> Authors(Paper paper)
        {
            var asWritten = NamesAsWritten(paper.Entry?["author"]);
            var names = new List<string>();
            foreach (var name in paper.Authors.Where(a => !string.IsNullOrWhiteSpace(a)))
            {
                if (asWritten.TryGetValue(name, out var written))
                {
                    names.Add(written);
                    continue;
                }
                var escaped = StandaloneAnd.Replace(escaper.Escape(name), "{and}");
                if (escaped.Length > 0) names.Add(escaped.Count(c => c == ',') > 2 ? "{" + escaped + "}" : escaped);
            }
            return names;
        }

        /// <summary>The names of an author field written as one braced or quoted value, by what each reads as.</summary>
        private static Dictionary<string, string> NamesAsWritten(string value)
        {
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            var v = value?.Trim();
            if (v == null || v.Length < 2 || !((v[0] == '{' && v[v.Length - 1] == '}') || (v[0] == '"' && v[v.Length - 1] == '"'))) return names;
            foreach (var raw in BibTeXPaperReader.SplitNames(v.Substring(1, v.Length - 2)))
            {
                var written = Whitespace.Collapse(raw);
                var decoded = BibTeXPaperReader.DecodeText(raw);
                if (written != null && decoded != null && !names.ContainsKey(decoded)) names.Add(decoded, written);
            }
            return names;
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

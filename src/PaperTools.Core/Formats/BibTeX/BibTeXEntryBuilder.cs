using System.Globalization;
using System.Text.RegularExpressions;
using PaperTools.BibTeX;
using PaperTools.Diagnostics;
using PaperTools.Formats;
using PaperTools.Validation;

namespace PaperTools.Formats.BibTeX;

/// <summary>
/// Makes the fields a paper's typed properties say, each tagged with its <see cref="FieldGroup"/>. arXiv preprints
/// are @misc with eprint, archivePrefix, primaryClass, the arXiv DOI (10.48550/arXiv.ID; not for a published paper
/// with its eprint, <see cref="PaperKinds.WritesArxivDoi"/>) and the abstract page; a
/// journal reference or a publisher's DOI makes an @article. Author and year appear only when the source gave them
/// (or the user gave -DefaultYear). Fields always come in the same order, so the same paper always gives the same
/// bytes. For a paper read from a .bib, the fields follow the entry's own spelling: its venue field, its names as
/// written. A paper read from RIS or CSL-JSON (an item, no entry) also gets its item's type and fields
/// (BibTeXItemFields).
/// </summary>
internal sealed class BibTeXEntryBuilder
{
    private const string ArxivDoiPrefix = "10.48550/arXiv.";
    private const string ArxivAbstractPage = "https://arxiv.org/abs/";
    private static readonly BibTeXField[] MonthFields = new[] { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
        "sep", "oct", "nov", "dec" }.Select(macro => new BibTeXField("month", macro)).ToArray();
    private static readonly string[] VenueFields = { "journal", "journaltitle", "booktitle", "howpublished" };
    private static readonly Regex StandaloneAnd = new Regex(@"(?<![^\s])and(?![^\s])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private readonly BibTeXExportOptions options;
    private readonly LatexEscaper escaper;
    private readonly Action<Problem> report;
    private readonly BibTeXItemFields itemFields;

    /// <param name="report">Receives a warning for each raw value (eprint, primaryClass, doi, url, year) left out
    /// because it fails its grammar.</param>
    public BibTeXEntryBuilder(BibTeXExportOptions options, LatexEscaper escaper, Action<Problem>? report = null)
    {
        this.options = options;
        this.escaper = escaper;
        this.report = report ?? (_ => { });
        itemFields = new BibTeXItemFields(escaper, WrittenName, this.report);
    }

    /// <summary>The year an entry for <paramref name="paper"/> states: the source's, else -DefaultYear (for papers not
    /// read from a .bib), else none.</summary>
    public int? YearOf(Paper paper) => paper.Year ?? (paper.Entry == null ? options.DefaultYear : null);

    /// <summary>
    /// The entry type: the paper's own, else from its kind (PaperKinds, the rule every writer shares): a conference
    /// paper is @inproceedings; a journal article @article when a journal is named (a DOI alone names none, and an
    /// @article without one is an error to biber and a warning to bibtex); anything else, preprints included, @misc.
    /// A paper with an item and no entry has its item's type.
    /// </summary>
    public string TypeOf(Paper paper)
    {
        if (!string.IsNullOrWhiteSpace(paper.EntryType)) return paper.EntryType.Trim();
        if (ItemOf(paper) is BibItem item) return BibTeXItemFields.TypeOf(paper, item, options.Dialect);
        switch (PaperKinds.Of(paper))
        {
            case PaperKind.ConferencePaper: return "inproceedings";
            case PaperKind.JournalArticle: return !string.IsNullOrWhiteSpace(paper.JournalRef)
                || !string.IsNullOrWhiteSpace(paper.Venue) ? "article" : "misc";
            default: return "misc";
        }
    }

    /// <summary>The fields <paramref name="paper"/>'s properties make, in order, into <paramref name="made"/>
    /// (emptied first).</summary>
    public void Build(Paper paper, string key, BibTeXDialect dialect, MadeFields made)
    {
        made.Clear();
        var values = made.Values;
        var biblatex = dialect == BibTeXDialect.BibLaTeX;
        var item = ItemOf(paper);
        var type = TypeOf(paper).ToLowerInvariant();
        var arxivId = Checked(paper, "eprint", paper.ArxivId, ArxivGrammar.Id, ErrorIds.BibTeXArxivIdInvalid,
            "an arXiv id is YYMM.NNNNN or archive/YYMMNNN, without version");
        var doi = Checked(paper, "doi", paper.Doi, DoiGrammar.ToSafe, ErrorIds.BibTeXDoiInvalid,
            "a DOI is 10.NNNN/suffix, without spaces or control characters");

        var start = made.Start;
        var authorCount = WriteAuthors(paper, values);
        made.End(FieldGroup.Authors, "author", start);
        // BibLaTeX writes an item's subtitle as its own field (BibTeXItemFields); BibTeX joins it to the title.
        start = made.Start;
        if (itemFields.RichTitle(item, dialect) is string richTitle) values.Append(richTitle);
        else escaper.EscapeTitleInto(biblatex ? paper.Title : Items.Title(paper, item), values);
        made.End(FieldGroup.Title, "title", start);
        var venueField = VenueField(paper, type, biblatex);
        if (venueField != null)
        {
            start = made.Start;
            escaper.EscapeInto(Items.Container(paper, item, Items.CslType(paper, item)) ?? paper.JournalRef, values);
            made.End(FieldGroup.Venue, venueField, start);
        }
        // plain.bst sorts by author, else by the key field, and warns when it has neither.
        if (!biblatex && authorCount == 0 && !string.IsNullOrEmpty(key)) made.Add(FieldGroup.SortKey, "key", key);

        var year = YearOf(paper);
        if (year.HasValue && !PublicationDate.IsWritableYear(year.Value))
        {
            Refuse(paper, ErrorIds.BibTeXYearInvalid, "year", year.Value.ToString(CultureInfo.InvariantCulture),
                "a year is 1 to 9999");
            year = null;
        }
        var published = paper.Published.HasValue && paper.Published.Value.Year == year ? paper.Published : null;
        // An item's month without a day (1980-10), circa ("1980~") and range ("2001-03/2003-05"), as BibLaTeX spells
        // them; BibTeX's note says the last two.
        var issued = item == null || year == null ? null : Items.Issued(paper, item);
        var month = published?.Month ?? (issued?.Year == year ? issued?.Month : null);
        if (year.HasValue && biblatex)
            made.Add(FieldGroup.Date, "date", DateText.Format(issued ?? PartialDate.Of(year, published)!.Value,
                item == null ? null : Items.IssuedEnd(paper, item)));
        else if (year.HasValue)
        {
            start = made.Start;
            values.Append(CultureInfo.InvariantCulture, $"{year.Value}");
            made.End(FieldGroup.Date, "year", start);
            if (month.HasValue) made.Add(FieldGroup.Date, MonthFields[month.Value - 1]);
            // An item's day, as biber and Zotero's BibTeX import read it (digest papers' entries keep their shape).
            if (item != null && published.HasValue)
                made.Add(FieldGroup.Date, "day", published.Value.Day.ToString(CultureInfo.InvariantCulture));
        }
        if (item != null)
            itemFields.Add(paper, item, type, dialect, venueField != null,
                (name, value) => made.Add(FieldGroup.Item, name, value));

        if (arxivId != null)
        {
            made.Add(FieldGroup.Arxiv, "eprint", arxivId);
            made.Add(FieldGroup.Arxiv, biblatex ? "eprinttype" : "archivePrefix", biblatex ? "arxiv" : "arXiv");
            var classField = biblatex ? "eprintclass" : "primaryClass";
            made.Add(FieldGroup.Arxiv, classField, Checked(paper, classField, paper.Categories.FirstOrDefault(c =>
                !string.IsNullOrWhiteSpace(c)), ArxivGrammar.CategoryOf, ErrorIds.BibTeXArxivCategoryInvalid,
                "an arXiv category is archive.SUBJECT (cs.LG, hep-th, cond-mat.mes-hall)"));
            if (doi == null && PaperKinds.WritesArxivDoi(paper))
            {
                start = made.Start;
                values.Append(ArxivDoiPrefix).Append(arxivId);
                made.End(FieldGroup.Arxiv, "doi", start);
            }
        }
        made.Add(FieldGroup.Doi, "doi", doi);
        var url = Checked(paper, "url", paper.Url, WebAddress.ToSafe, ErrorIds.BibTeXUrlRefused,
            "only absolute http and https addresses are written");
        if (url == null && arxivId != null)
        {
            start = made.Start;
            values.Append(ArxivAbstractPage).Append(arxivId);
            made.End(FieldGroup.Arxiv, "url", start);
        }
        made.Add(FieldGroup.Url, "url", url);
        start = made.Start;
        var keywords = 0;
        foreach (var keyword in paper.Keywords)
        {
            if (string.IsNullOrWhiteSpace(keyword)) continue;
            if (keywords++ > 0) values.Append(", ");
            escaper.EscapeInto(keyword, values);
        }
        made.End(FieldGroup.Keywords, "keywords", start);
        if (options.IncludeAbstract && !paper.AbstractIsSnippet)
        {
            start = made.Start;
            escaper.EscapeInto(paper.Abstract, values);
            made.End(FieldGroup.Abstract, "abstract", start);
        }
    }

    /// <summary>The item the entry states: a RIS or CSL-JSON record's (a .bib entry has its fields).</summary>
    private static BibItem? ItemOf(Paper paper) => paper.Entry == null ? paper.Item : null;

    /// <summary>The DOI arXiv registers for every preprint; it names the preprint, not a publication.</summary>
    public static bool IsArxivDoi(string doi) => doi.StartsWith(ArxivDoiPrefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The venue field an entry already uses, else journal (journaltitle) for articles, booktitle for parts of a book
    /// or proceedings, and howpublished for a @misc from a digest (the preprint server: "medRxiv").
    /// </summary>
    private static string? VenueField(Paper paper, string type, bool biblatex)
    {
        foreach (var name in VenueFields)
            if (paper.Entry?[name] != null) return name;
        if (type.StartsWith("in", StringComparison.Ordinal)) return "booktitle";
        // A book's container, read from RIS or CSL-JSON, is its series (RIS T2 of a BOOK, as Zotero reads it).
        if (type == "book" && ItemOf(paper) is BibItem item && item["collection-title"] == null) return "series";
        if (type == "misc" && paper.Entry == null) return "howpublished";
        if (type != "article" && paper.Entry == null) return null;
        return biblatex ? "journaltitle" : "journal";
    }

    /// <summary>
    /// Writes the names, joined by " and ", to <paramref name="values"/>; returns how many. A name the entry already
    /// had is written as it was (with its braces: {Di Battista}, {T}utte); any other is escaped (with the spellings
    /// biber's initials survive), a stand-alone "and" (any case) braced so it does not split the list, and a name whose
    /// commas do not make "von Last, Jr, First" braced whole.
    /// </summary>
    private int WriteAuthors(Paper paper, StringBuilder values)
    {
        var asWritten = NamesAsWritten(paper.Entry?["author"]);
        var count = 0;
        foreach (var name in paper.Authors)
        {
            if (string.IsNullOrWhiteSpace(name)) continue;
            var written = asWritten != null && asWritten.TryGetValue(name, out var spelled) ? spelled
                : WrittenName(paper, name);
            if (written == null) continue;
            if (count++ > 0) values.Append(" and ");
            values.Append(written);
        }
        return count;
    }

    /// <summary>
    /// A name of <paramref name="paper"/> not read from a .bib, escaped, braced whole where its RIS or CSL-JSON record
    /// gave it whole (bibtex and Zotero's BibTeX import then keep it so); null when nothing of it is left.
    /// </summary>
    private string? WrittenName(Paper paper, string name)
    {
        var escaped = escaper.EscapeName(name);
        if (Items.StatedWhole(paper, name) && escaped.Trim().Contains(' ')) return "{" + escaped + "}";
        // Most names hold no "and" at all: the scan for one spares them the regex.
        if (escaped.Contains("and", StringComparison.OrdinalIgnoreCase))
            escaped = StandaloneAnd.Replace(escaped, "{$0}");
        // Commas that do not make "von Last, Jr, First" (more than two, or an empty part, which biber
        // rejects as malformed and drops the entry) brace the name whole.
        if (escaped.Length == 0) return null;
        var commas = escaped.AsSpan().Count(',');
        var malformed = commas > 2 || (commas > 0 && HasEmptyPart(escaped));
        return malformed ? "{" + escaped + "}" : escaped;
    }

    /// <summary>True when a part of <paramref name="name"/> between commas is empty or white space.</summary>
    private static bool HasEmptyPart(string name)
    {
        for (var start = 0; ; )
        {
            var comma = name.IndexOf(',', start);
            var end = comma < 0 ? name.Length : comma;
            if (name.AsSpan(start, end - start).IsWhiteSpace()) return true;
            if (comma < 0) return false;
            start = comma + 1;
        }
    }

    /// <summary>The names of an author field written as one braced or quoted value, by what each reads as; null for
    /// none.</summary>
    private static Dictionary<string, string>? NamesAsWritten(string? value)
    {
        var v = value?.Trim();
        if (v == null || v.Length < 2 || !((v[0] == '{' && v[v.Length - 1] == '}')
            || (v[0] == '"' && v[v.Length - 1] == '"'))) return null;
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in BibTeXPaperReader.SplitNames(v.Substring(1, v.Length - 2)))
        {
            var written = Whitespace.Collapse(raw);
            var decoded = BibTeXPaperReader.DecodeText(raw);
            if (written != null && decoded != null && !names.ContainsKey(decoded)) names.Add(decoded, written);
        }
        return names;
    }

    /// <summary>
    /// url, doi, eprint and primaryClass are written raw, as the url package and biber expect them, so each
    /// must pass its grammar (see PaperTools.Validation). One that fails is left out with a named warning;
    /// the rest of the entry is still written.
    /// </summary>
    private string? Checked(Paper paper, string field, string? value, Func<string, string?> grammar, string errorId,
        string rule)
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
            $"{field} '{shown}' of '{paper.Title ?? paper.Id}' was left out: {why}, and a value BibTeX writes " +
            "without escaping must never carry anything TeX could run.",
            paper.Source ?? paper.Title, paper.SourceLine));
    }
}

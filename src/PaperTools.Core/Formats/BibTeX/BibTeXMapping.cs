using System.Text.RegularExpressions;
using PaperTools.BibTeX;

namespace PaperTools.Formats.BibTeX;

/// <summary>
/// BibTeX and BibLaTeX to and from the item model, as citation-js's plugin-bibtex maps them
/// (src/mapping/bibtex.js, biblatex.js) and Zotero's BibTeX translator reads them. Each rule is declared once for
/// both dialects: BibLaTeX's name, classic BibTeX's (null: BibTeX has no such type or field, see
/// <see cref="For"/>), the CSL target, and other names read as it. The fields a Paper reads itself (title, author,
/// year/month/date, journal/booktitle, doi, url, eprint, keywords, abstract) are BibTeXPaperReader's.
/// </summary>
public static class BibTeXMapping
{
    private static readonly Regex PageDashes = new Regex(@"[-\u2013]+", Patterns.Safe);

    private static readonly Regex Masters = new Regex(@"\bmaster|\bM\.?\s?(?:A|Sc|S|Phil)\b\.?",
        RegexOptions.IgnoreCase | Patterns.Safe);

    private static readonly Rule[] Types =
    {
        //  BibLaTeX         BibTeX            CSL
        new("article",       "article",        "article-journal"),
        // Magazines and newspapers are articles to BibTeX (Zotero's BibTeX export writes them so).
        new("article",       "article",        "article-magazine"),
        new("article",       "article",        "article-newspaper"),
        new("inproceedings", "inproceedings",  "paper-conference", "conference"),
        new("book",          "book",           "book",
            "mvbook", "booklet", "proceedings", "collection", "mvcollection", "manual"),
        new("incollection",  "incollection",   "chapter", "inbook", "bookinbook"),
        new("inreference",   "incollection",   "entry-encyclopedia"),
        new("inreference",   "incollection",   "entry-dictionary"),
        new("thesis",        "phdthesis",      "thesis", "mastersthesis"),
        new("report",        "techreport",     "report"),
        new("patent",        "patent",         "patent"),
        new("dataset",       null,             "dataset"),
        new("software",      null,             "software"),
        new("online",        null,             "webpage", "electronic", "www"),
        new("online",        null,             "post-weblog"),
        new("online",        null,             "post"),
        new("unpublished",   "unpublished",    "manuscript"),
        // BibLaTeX's types for other media and law, as Zotero's BibTeX import reads them.
        new("movie",         null,             "motion_picture", "video"),
        new("audio",         null,             "song"),
        new("artwork",       null,             "graphic"),
        new("letter",        null,             "personal_communication"),
        // Zotero's BibTeX import makes @misc a document, not a journal article or preprint.
        new("misc",          "misc",           "document"),
        new("legislation",   null,             "bill"),
        new("jurisdiction",  null,             "legal_case"),
    };

    // biblatex's entry types that are not works, with what each is instead: no item maps to or from them, so RIS and
    // CSL-JSON have no record for them (biber never prints an @xdata; a @set's members are entries of their own).
    private static readonly Dictionary<string, string> NotWorks = new(StringComparer.OrdinalIgnoreCase)
    {
        ["xdata"] = "fields that other entries inherit through their xdata field",
        ["set"] = "a group of other entries, which are works of their own",
    };

    private static readonly Rule[] Roles =
    {
        new("author",        "author",         "author"),
        new("editor",        "editor",         "editor"),
        new("translator",    "translator",     "translator"),
    };

    private static readonly Rule[] Fields =
    {
        new("volume",        "volume",         "volume"),
        new("number",        "number",         "issue", "issue"),
        // "12--15" decodes as "12\u201315" and stays so, as Zotero's BibTeX import reads it; RIS splits it.
        new("pages",         "pages",          "page") { Write = v => PageDashes.Replace(v, "--") },
        new("publisher",     "publisher",      "publisher", "school", "institution", "organization", "assignee"),
        new("location",      "address",        "publisher-place"),
        new("edition",       "edition",        "edition"),
        new("series",        "series",         "collection-title"),
        new("isbn",          "isbn",           "ISBN"),
        new("issn",          "issn",           "ISSN"),
        // Not langid: BibLaTeX's hyphenation language, which Zotero's BibTeX import leaves aside.
        new("language",      "language",       "language"),
        new("type",          "type",           "genre"),
        new("note",          "note",           "note"),
        new("pmid",          "pmid",           "PMID"),
        new("pmcid",         "pmcid",          "PMCID"),
        new("shorttitle",    "shorttitle",     "title-short"),
        new("shortjournal",  "shortjournal",   "container-title-short"),
        new("pagetotal",     "pagetotal",      "number-of-pages"),
        new("volumes",       "volumes",        "number-of-volumes"),
        new("eventtitle",    "eventtitle",     "event-title"),
        new("version",       "version",        "version"),
        // Dates as DateText spells them, biblatex's own form; Zotero's BibTeX import and export read and write urldate
        // in either dialect. Other text (an every-type RIS file's "Date of Access") goes to the note.
        new("urldate",       "urldate",        "accessed", "lastchecked") { Accepts = IsDate },
        new("origdate",      null,             "original-date") { Accepts = IsDate },
        new("eventdate",     null,             "event-date") { Accepts = IsDate },
        new("chapter",       "chapter",        "chapter-number"),
        new("origtitle",     null,             "original-title"),
        new("origpublisher", null,             "original-publisher"),
        new("origlocation",  null,             "original-publisher-place"),
        new("annotation",    "annote",         "annote"),
        // biblatex's "inpress" is CSL's "in press"; its other states (forthcoming, submitted) are the same word.
        new("pubstate",      null,             "status")
            { Read = v => v == "inpress" ? "in press" : v, Write = v => v == "in press" ? "inpress" : v },
        // BibLaTeX's subtitle; not a CSL variable: BibTeX, and the other formats, join it to the title (Items.Title).
        new("subtitle",      null,             "subtitle"),
    };

    // What biblatex's data model (blx-dm.def, which biber validates both dialects' files by) lets each entry type
    // hold of the roles and fields above; every type holds shorttitle, shortjournal, pmid, pmcid, urldate, origdate,
    // origtitle, origpublisher, origlocation, annotation and pubstate.
    private static readonly string[] Everywhere =
    {
        "title-short", "container-title-short", "PMID", "PMCID", "accessed", "original-date", "original-title",
        "original-publisher", "original-publisher-place", "annote", "status",
    };
    private static readonly string[] Book =
    {
        "editor", "translator", "edition", "ISBN", "language", "publisher-place", "collection-number", "page",
        "publisher", "collection-title", "volume", "number-of-volumes", "note", "subtitle", "chapter-number",
    };
    private static readonly string[] Report =
    {
        "publisher", "language", "publisher-place", "page", "number-of-pages", "genre", "note", "subtitle",
        "chapter-number",
    };
    private static readonly string[] Misc =
        { "editor", "language", "publisher", "publisher-place", "genre", "version", "note", "subtitle" };

    private static readonly Dictionary<string, string[]> Holding = new(StringComparer.Ordinal)
    {
        ["article"] = new[]
        {
            "editor", "translator", "ISSN", "issue", "language", "page", "collection-title", "volume", "version",
            "note", "subtitle",
        },
        ["book"] = Book.Append("number-of-pages").ToArray(),
        ["incollection"] = Book,
        ["inreference"] = Book,
        ["inproceedings"] = Book.Except(new[] { "translator", "edition" }).Append("event-title").Append("event-date")
            .ToArray(),
        ["dataset"] = new[]
        {
            "editor", "edition", "language", "publisher-place", "issue", "publisher", "collection-title", "genre",
            "version", "note", "subtitle",
        },
        ["misc"] = Misc,
        ["software"] = Misc,
        ["online"] = new[] { "editor", "language", "version", "note", "subtitle" },
        ["patent"] = new[] { "publisher-place", "number", "genre", "version", "note", "subtitle" },
        ["report"] = Report.Append("number").Append("version").ToArray(),
        ["techreport"] = Report.Append("number").Append("version").ToArray(),
        ["thesis"] = Report,
        ["phdthesis"] = Report,
        ["mastersthesis"] = Report,
        ["unpublished"] = new[]
            { "event-title", "event-date", "language", "publisher-place", "genre", "note", "subtitle" },
    };

    // What classic BibTeX, which has no data model of its own, holds beyond biblatex's where Zotero's BibTeX import
    // reads it (BibTeX.js): a patent's assignee (the item's publisher, as Zotero's RIS import reads a patent's PB),
    // language and pages; IEEEtran's @patent reads assignee too.
    private static readonly Dictionary<string, string[]> ClassicHolding = new(StringComparer.Ordinal)
    {
        ["patent"] = new[] { "publisher", "language", "page" },
    };

    /// <summary>Every name either dialect writes, read as its target; written as BibLaTeX names them.</summary>
    public static readonly FormatMapping Table = Mapping(BibTeXDialect.BibLaTeX);

    private static readonly FormatMapping ClassicTable = Mapping(BibTeXDialect.BibTeX);

    /// <summary>
    /// What an entry of <paramref name="entryType"/> holds when it is not a work (biblatex's @xdata and @set), for
    /// messages; null for every other type.
    /// </summary>
    public static string? NotAWork(string? entryType)
        => entryType != null && NotWorks.TryGetValue(entryType, out var what) ? what : null;

    /// <summary>
    /// The table <paramref name="dialect"/> writes by: a type classic BibTeX lacks has no rule there (the entry is its
    /// default, @misc), and a field it lacks none either (its value goes to the note, or its convention: subtitle
    /// joined to the title).
    /// </summary>
    public static FormatMapping For(BibTeXDialect dialect) => dialect == BibTeXDialect.BibLaTeX ? Table : ClassicTable;

    /// <summary>
    /// The name a field is written under in an entry of <paramref name="entryType"/>, where the standard styles
    /// want another than the rule's: a thesis's publisher is its school (institution in BibLaTeX), a report's its
    /// institution, a @misc's its organization (biblatex's @misc has no publisher; Zotero reads it as one).
    /// </summary>
    public static string FieldName(MappingRule rule, string entryType) => (rule.Target, entryType) switch
    {
        ("publisher", "phdthesis" or "mastersthesis") => "school",
        ("publisher", "thesis" or "techreport" or "report") => "institution",
        ("publisher", "misc" or "software") => "organization",
        ("publisher", "patent") => "assignee",
        _ => rule.Name,
    };

    /// <summary>
    /// The variable <paramref name="rule"/>'s field holds in an entry of <paramref name="entryType"/>, where biblatex
    /// and Zotero's BibTeX import read it apart from the rule's target: number is an article's issue, but the series
    /// number of a book or a part of one, and a report's or patent's own number.
    /// </summary>
    public static string Variable(MappingRule rule, string entryType) => (rule.Target, entryType) switch
    {
        ("issue", "book" or "inbook" or "incollection" or "inreference" or "inproceedings") => "collection-number",
        ("issue", "techreport" or "report" or "patent") => "number",
        _ => rule.Target,
    };

    // What Read reads field "name" as: its Variable, but as Zotero's BibTeX import reads them
    // (BibTeX.js), the pages of a book, thesis or manuscript as its number of pages, and an issue field as the issue
    // in any type (number alone is a report's or a book's own number).
    private static string ReadVariable(string name, MappingRule rule, string entryType, string? cslType)
        => rule.Target == "page" && cslType is "book" or "thesis" or "manuscript" ? "number-of-pages"
            : name == "issue" ? "issue" : Variable(rule, entryType);

    /// <summary>
    /// Whether an entry of <paramref name="entryType"/> holds <paramref name="target"/> (a role or a field's CSL
    /// name) in biblatex's data model; what it does not hold is kept in the note. Other types hold only the note.
    /// </summary>
    public static bool Holds(string entryType, string target)
        => Everywhere.Contains(target)
           || (Holding.TryGetValue(entryType, out var held) ? held.Contains(target) : target == "note");

    /// <summary>
    /// <see cref="Holds(string, string)"/> for an entry written in <paramref name="dialect"/> for an item of
    /// <paramref name="cslType"/>: a @misc holds a publisher (as its organization, which Zotero reads as a document's
    /// publisher) only when it is the item's type in BibLaTeX too, not when it stands in for a type classic BibTeX
    /// lacks (@artwork, @letter); classic BibTeX holds, too, what Zotero reads beyond biblatex's data model.
    /// </summary>
    public static bool Holds(string entryType, string target, string? cslType, BibTeXDialect dialect)
        => Holds(entryType, target)
           && !(target == "publisher" && entryType == "misc" && Table.TypeFor(cslType) != "misc")
           || dialect == BibTeXDialect.BibTeX && ClassicHolding.TryGetValue(entryType, out var also)
           && also.Contains(target);

    /// <summary>
    /// The entry type of <paramref name="cslType"/> in <paramref name="dialect"/>: its rule's, and for a thesis in
    /// classic BibTeX, mastersthesis when its genre says so (phdthesis is the convention for any other).
    /// </summary>
    public static string EntryType(string? cslType, string? genre, BibTeXDialect dialect)
    {
        var type = For(dialect).TypeFor(cslType);
        return type == "phdthesis" && genre != null && Masters.IsMatch(genre) ? "mastersthesis" : type;
    }

    /// <summary>What a paper's .bib fields state beyond its own properties; null when they state none of it.</summary>
    public static BibItem? Read(Paper paper)
    {
        var type = paper.EntryType?.ToLowerInvariant() ?? string.Empty;
        var item = new BibItem { Type = paper.EntryType == null ? null : Table.CslType(type) };
        var expanded = Expanded(paper);
        foreach (var field in paper.Fields)
        {
            var name = field.Name.ToLowerInvariant();
            var text = expanded != null && expanded.TryGetValue(field.Name, out var read) ? read : Text(field.Value);
            if (Table.Role(name) is string role)
            {
                if (role == "author") continue;
                foreach (var person in BibTeXPaperReader.SplitNames(text))
                    if (BibTeXPaperReader.DecodeText(person) is string decoded)
                        item.Creators.Add(new BibCreator(role, decoded));
            }
            // Where an entry states both, Zotero's BibTeX import takes address as the place (JabRef writes a
            // conference's location beside its publisher's address): location is then the event's place.
            else if (name == "location" && paper.Fields.Contains("address"))
                item["event-place"] ??= BibTeXPaperReader.DecodeText(text);
            else if (BibTeXPaperReader.DecodeText(text) is not string value) continue;
            else if (Table.FieldRule(name, value) is MappingRule rule)
            {
                // A second field for the same variable (institution beside publisher, pagetotal beside a book's
                // pages) is kept by name, for the note; Zotero's import takes publisher over institution.
                var variable = ReadVariable(name, rule, type, item.Type);
                if (item[variable] == null && !(name is "institution" or "organization"
                        && (paper.Fields.Contains("publisher") || paper.Fields.Contains("school"))))
                    item[variable] = rule.Read(value);
                else item.Unknown.Add(new KeyValuePair<string, string>("BibTeX:" + name, value));
            }
            // A field no rule reads that states something of the work (maintitle, venue, addendum, a urldate that is
            // no date) is kept by name, for the other formats' note.
            else if (FieldGroups.Of(field) == FieldGroup.None && !AboutTheEntry(name))
                item.Unknown.Add(new KeyValuePair<string, string>("BibTeX:" + name, value));
        }
        // Zotero's BibTeX import names a thesis by its entry type where no type field does.
        if (item.Type == "thesis" && item["genre"] == null)
            item["genre"] = paper.EntryType!.Equals("mastersthesis", StringComparison.OrdinalIgnoreCase)
                ? "Master's Thesis"
                : paper.EntryType.Equals("phdthesis", StringComparison.OrdinalIgnoreCase) ? "PhD Thesis" : null;
        ReadIssued(paper, item);
        return item.IsEmpty ? null : item;
    }

    /// <summary>
    /// The names of <paramref name="role"/> (author, editor, translator) a paper's .bib entry states, in the parts
    /// bibtex takes them apart in (<see cref="BibTeXNames"/>); null where the paper was not read from a .bib or its
    /// names are no longer the ones read (its authors changed, its item not the entry's), where the writers take the
    /// name strings apart themselves.
    /// </summary>
    public static IReadOnlyList<PersonName>? Names(Paper paper, string role)
    {
        if (paper.Entry?.ReadAs is not Paper read || paper.Item != null || Table.RoleField(role) is not string field
            || !paper.Fields.Contains(field))
            return null;
        if (role == "author" && !read.Authors.SequenceEqual(paper.Authors)) return null;
        var expanded = Expanded(paper);
        var names = BibTeXNames.Parse(expanded != null && expanded.TryGetValue(field, out var value) ? value
            : Text(paper.Fields[field]));
        return role != "author" || names.Count == paper.Authors.Length ? names : null;
    }

    private static FormatMapping Mapping(BibTeXDialect dialect)
        => new FormatMapping("misc", Types.Select(r => r.In(dialect)).OfType<MappingRule>().ToArray(),
            Roles.Select(r => r.In(dialect)).OfType<MappingRule>().ToArray(),
            Fields.Select(r => r.In(dialect)).OfType<MappingRule>().ToArray());

    // What the entry's date states beyond the paper's Year and Published (a month without a day, which the reader
    // made Published's first day): BibLaTeX's date as DateText reads it, circa ("1850~") and a range
    // ("2001-03/2003-05") too, else year and month without a day. A date DateText cannot read ("2001/..", "1850?",
    // "n.d.") and a year that is none (xampl.bib's "{\switchargs{--90}{1968}}") are kept by name for the note.
    private static void ReadIssued(Paper paper, BibItem item)
    {
        var date = BibTeXPaperReader.DateValue(Text(paper.Fields["date"]));
        if (date != null)
        {
            if (paper.Year == null || !DateText.TryParse(date, out var start, out var end))
                item.Unknown.Add(new KeyValuePair<string, string>("BibTeX:date", date));
            else if (start.Year == paper.Year
                     && (start.Day == null && start.Month != null || start.Circa || end != null))
                (item.Issued, item.IssuedEnd) = (start, end);
        }
        else if (paper.Year == null && BibTeXPaperReader.Plain(Text(paper.Fields["year"])) is string year)
            item.Unknown.Add(new KeyValuePair<string, string>("BibTeX:year", year));
        else if (paper.Year != null && paper.Published is DateTime published && published.Day == 1
                 && !paper.Fields.Contains("day"))
            item.Issued = new PartialDate(paper.Year.Value, published.Month);
    }

    /// <summary>
    /// The values as bibtex reads them where a field this mapping reads names a @string macro (publisher = cup,
    /// dtv # { and de Gruyter}): the fields re-read by the parser after the definitions their file gives them
    /// (MacroReferences); null where none does, the common case, which needs no parse.
    /// </summary>
    private static IReadOnlyDictionary<string, string>? Expanded(Paper paper)
    {
        if (paper.Entry?.Document == null || !paper.Fields.Any(f => (Table.Role(f.Name.ToLowerInvariant()) != null
                || Table.FieldRule(f.Name.ToLowerInvariant(), string.Empty) != null)
                && MacroReferences.Names(f.Value).Any()))
            return null;
        var entry = new BibTeXEntry("misc", "k", paper.Fields, text: null, 0, paper.Entry.Document,
            paper.Entry.Position);
        return MacroReferences.Reread(entry, paper.Source ?? string.Empty)?.Values;
    }

    // A value as written without its delimiters, one pair of braces or quotes (the braces inside are the decoder's).
    private static string Text(string? written)
    {
        var text = (written ?? string.Empty).Trim();
        var delimited = text.Length >= 2 && (text[0] == '"' && text[^1] == '"' || text[0] == '{' && text[^1] == '}');
        return delimited ? text.Substring(1, text.Length - 2) : text;
    }

    private static bool IsDate(string value) => DateText.TryParse(value, out _, out _);

    // Fields about the .bib entry rather than the work, which no other format has a place for and Zotero's BibTeX
    // import reads none of: biblatex's linking, sorting, labelling, language and option fields, its annotations
    // ("author+an"), the Paper's own date part (day), and reference managers' bookkeeping (JabRef's owner,
    // timestamp, groups and rankings, BibDesk's dates and rating, Web of Science's record id and counts, files).
    private static readonly HashSet<string> EntryFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "crossref", "xdata", "xref", "entryset", "ids", "related", "relatedtype", "relatedstring", "relatedoptions",
        "options", "execute", "presort", "sortkey", "sortname", "sorttitle", "sortyear", "sortshorthand", "indextitle",
        "indexsorttitle", "label", "shorthand", "shorthandintro", "shortauthor", "shorteditor", "langid",
        "langidopts", "hyphenation", "gender", "entrysubtype", "day", "file", "pdf", "owner", "timestamp", "groups",
        "ranking", "priority", "readstatus", "qualityassured", "printed", "relevance", "__markedentry", "date-added",
        "date-modified", "rating", "citation-key", "bibsource", "biburl", "unique-id", "times-cited",
        "number-of-cited-references", "cited-references", "doc-delivery-number",
    };

    private static bool AboutTheEntry(string name)
        => EntryFields.Contains(name) || name.Contains('+') || name.StartsWith("bdsk-", StringComparison.Ordinal);

    /// <summary>One declaration for both dialects; each reads every name of the rule.</summary>
    private sealed record Rule(string BibLaTeX, string? BibTeX, string Target, params string[] ReadAlso)
    {
        public Func<string, bool>? Accepts { get; init; }
        public Func<string, string> Read { get; init; } = v => v;
        public Func<string, string> Write { get; init; } = v => v;

        public MappingRule? In(BibTeXDialect dialect)
        {
            var name = dialect == BibTeXDialect.BibLaTeX ? BibLaTeX : BibTeX;
            if (name == null) return null;
            var others = new[] { BibLaTeX, BibTeX }.Concat(ReadAlso).OfType<string>().Where(n => n != name).Distinct();
            return new MappingRule(name, Target, others.ToArray()) { Accepts = Accepts, Read = Read, Write = Write };
        }
    }
}

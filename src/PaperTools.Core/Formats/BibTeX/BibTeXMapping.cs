#nullable enable
using System;
using PaperTools.BibTeX;

namespace PaperTools.Formats.BibTeX;

/// <summary>
/// BibTeX and BibLaTeX to and from the item model, as citation-js's plugin-bibtex maps them
/// (src/mapping/bibtex.js, biblatex.js) and Zotero's BibTeX translator reads them. The fields a Paper reads itself
/// (title, author, year/month/date, journal/booktitle, doi, url, eprint, keywords, abstract) are BibTeXPaperReader's.
/// </summary>
public static class BibTeXMapping
{
    public static readonly FormatMapping Table = new FormatMapping("misc",
        types: new MappingRule[]
        {
            new("article", "article-journal"),
            new("inproceedings", "paper-conference", "conference"),
            new("book", "book", "mvbook", "booklet", "proceedings", "collection", "mvcollection", "manual"),
            new("incollection", "chapter", "inbook", "inreference", "bookinbook"),
            new("phdthesis", "thesis", "mastersthesis", "thesis"),
            new("techreport", "report", "report"),
            new("patent", "patent"),
            new("dataset", "dataset"),
            new("software", "software"),
            new("online", "webpage", "electronic", "www"),
            new("unpublished", "manuscript"),
            // BibLaTeX's types for other media and law, as Zotero's BibTeX import reads them.
            new("movie", "motion_picture", "video"),
            new("audio", "song"),
            new("artwork", "graphic"),
            new("letter", "personal_communication"),
            // Zotero's BibTeX import makes @misc a document, not a journal article or preprint.
            new("misc", "document"),
            new("legislation", "bill"),
            new("jurisdiction", "legal_case"),
        },
        roles: new MappingRule[]
        {
            new("author", "author"),
            new("editor", "editor"),
            new("translator", "translator"),
        },
        fields: new MappingRule[]
        {
            new("volume", "volume"),
            new("number", "issue", "issue"),
            // "12--15" decodes as "12\u201315" and stays so, as Zotero's BibTeX import reads it; RIS splits it.
            new("pages", "page") { Write = v => v.Replace('\u2013', '-').Replace("-", "--") },
            new("publisher", "publisher", "school", "institution", "organization"),
            new("address", "publisher-place", "location"),
            new("edition", "edition"),
            new("series", "collection-title"),
            new("isbn", "ISBN"),
            new("issn", "ISSN"),
            // Not langid: BibLaTeX's hyphenation language, which Zotero's BibTeX import leaves aside.
            new("language", "language"),
            new("type", "genre"),
            new("note", "note"),
            new("pmid", "PMID"),
            new("pmcid", "PMCID"),
            new("shorttitle", "title-short"),
            // BibLaTeX's subtitle; not a CSL variable: the writers join it to the title (Items.Title).
            new("subtitle", "subtitle"),
        });

    /// <summary>What a paper's .bib fields state beyond its own properties; null when they state nothing of it.</summary>
    public static BibItem? Read(Paper paper)
    {
        var item = new BibItem { Type = paper.EntryType == null ? null : Table.CslType(paper.EntryType.ToLowerInvariant()) };
        foreach (var field in paper.Fields)
        {
            var name = field.Name.ToLowerInvariant();
            if (Table.Role(name) is string role)
            {
                if (role == "author") continue;
                foreach (var person in BibTeXPaperReader.SplitNames(Text(field.Value)))
                    if (BibTeXPaperReader.DecodeText(person) is string decoded) item.Creators.Add(new BibCreator(role, decoded));
            }
            else if (BibTeXPaperReader.DecodeText(Text(field.Value)) is string value && Table.FieldRule(name, value) is MappingRule rule
                     && item[rule.Target] == null)
                item[rule.Target] = rule.Read(value);
        }
        // Zotero's BibTeX import names a thesis by its entry type where no type field does.
        if (item.Type == "thesis" && item["genre"] == null)
            item["genre"] = paper.EntryType!.Equals("mastersthesis", StringComparison.OrdinalIgnoreCase) ? "Master's Thesis"
                : paper.EntryType.Equals("phdthesis", StringComparison.OrdinalIgnoreCase) ? "PhD Thesis" : null;
        item.Issued = MonthOnly(paper);
        return item.IsEmpty ? null : item;
    }

    // "1980-10" in date, or year and month without a day: the month the reader made Published's first day.
    private static PartialDate? MonthOnly(Paper paper)
    {
        if (paper.Year == null || paper.Published is not DateTime published || published.Day != 1) return null;
        var date = BibTeXPaperReader.Plain(Text(paper.Fields["date"]));
        var day = date != null ? date.Length >= 10 : paper.Fields.Contains("day");
        return day ? null : new PartialDate(paper.Year.Value, published.Month);
    }

    // A value as written without its delimiters, one pair of braces or quotes (the braces inside are the decoder's).
    private static string Text(string? written)
    {
        var text = (written ?? string.Empty).Trim();
        var delimited = text.Length >= 2 && (text[0] == '"' && text[^1] == '"' || text[0] == '{' && text[^1] == '}');
        return delimited ? text.Substring(1, text.Length - 2) : text;
    }
}

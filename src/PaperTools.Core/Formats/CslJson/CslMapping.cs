namespace PaperTools.Formats.CslJson;

/// <summary>
/// CSL-JSON to and from the item model: the item model speaks CSL, so each rule names a CSL 1.0.2 type, name
/// variable, string variable or date variable (<see cref="CslDates"/>) as itself. The variables a Paper holds (title, author, issued, container-title, DOI,
/// URL, abstract, keyword, note, id, citation-key) are the reader's and writer's own.
/// </summary>
public static class CslMapping
{
    private static readonly string[] TypeNames =
    {
        "article", "article-journal", "article-magazine", "article-newspaper", "bill", "book", "broadcast", "chapter",
        "classic", "collection", "dataset", "document", "entry", "entry-dictionary", "entry-encyclopedia", "event",
        "figure", "graphic", "hearing", "interview", "legal_case", "legislation", "manuscript", "map", "motion_picture",
        "musical_score", "pamphlet", "paper-conference", "patent", "performance", "periodical",
        "personal_communication", "post", "post-weblog", "regulation", "report", "review", "review-book",
        "song", "speech", "standard", "thesis", "treaty", "webpage",
    };

    private static readonly string[] RoleNames =
    {
        "editor", "translator", "collection-editor", "container-author", "composer", "director", "editorial-director",
        "illustrator", "interviewer", "original-author", "recipient", "reviewed-author", "chair", "compiler",
        "contributor", "curator", "executive-producer", "guest", "host", "narrator", "organizer", "performer",
        "producer", "script-writer", "series-creator",
    };

    private static readonly string[] VariableNames =
    {
        "volume", "issue", "page", "publisher", "publisher-place", "edition", "collection-title", "collection-number",
        "number-of-volumes", "number-of-pages", "ISBN", "ISSN", "language", "genre", "number", "container-title-short",
        "title-short", "call-number", "archive", "archive_location", "source", "section", "PMID", "PMCID", "medium",
        "event-title", "event-place", "original-title", "original-publisher", "original-publisher-place",
        "chapter-number", "version", "status", "references", "dimensions", "scale", "authority", "jurisdiction",
        "annote",
    };

    // Zotero's CSL-JSON import refuses a whole file for one type it lacks: CSL 1.0.2's "software" is written as
    // "book" (as citeproc styles cite it), and read as software. The journal's abbreviation is written as
    // "journalAbbreviation", the name Zotero writes and the only one its import reads (citeproc-js reads it as
    // container-title-short), and read under both names.
    public static readonly FormatMapping Table = new FormatMapping("article",
        TypeNames.Select(t => new MappingRule(t, t)).Append(new MappingRule("book", "software", "software")).ToArray(),
        RoleNames.Select(r => new MappingRule(r, r)).ToArray(),
        VariableNames.Concat(CslDates.Variables)
            .Select(v => v == "container-title-short" ? new MappingRule("journalAbbreviation", v, v)
                : new MappingRule(v, v)).ToArray());
}

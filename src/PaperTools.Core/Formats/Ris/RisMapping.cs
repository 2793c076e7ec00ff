using System.Text.RegularExpressions;

namespace PaperTools.Formats.Ris;

/// <summary>
/// RIS to and from the item model, as Zotero's RIS translator and citation-js's RIS plugin map it (RIS.js
/// fieldMap and exportTypeMap): EndNote's and Zotero's tags for each CSL type, role and variable. Tags the reader
/// and writer handle themselves, because they are the Paper's own properties: TY, ID, TI/T1/CT/BT/ST, AU/A1,
/// PY/Y1/DA, T2/JO/JF (the container), SP/EP (pages), AB/N2, DO, UR, L1, KW, N1.
/// </summary>
public static class RisMapping
{
    private static readonly Regex Issn = new Regex(@"^\s*[0-9]{4}-?[0-9]{3}[0-9Xx]\s*$",
        RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    // The types as Zotero's RIS import reads them (RIS.js importTypeMap): STAND a report, EndNote's GRANT (a code
    // Zotero does not know) a journal article. A record's own TY, when it is not the name written for its type
    // (VIDEO, ADVS, AGGR), is kept in the item and written back (RisRecordWriter).
    public static readonly FormatMapping Table = new FormatMapping("GEN",
        types: new MappingRule[]
        {
            new("JOUR", "article-journal", "JFULL", "EJOUR", "ABST", "GRANT"),
            new("CPAPER", "paper-conference", "CONF"),
            new("BOOK", "book", "EBOOK", "EDBOOK", "CLSWK", "SER"),
            new("CHAP", "chapter", "ECHAP"),
            new("THES", "thesis"),
            new("RPRT", "report", "GOVDOC", "STAND"),
            new("PAT", "patent"),
            new("DATA", "dataset", "DBASE"),
            new("COMP", "software"),
            new("ELEC", "webpage", "WEB"),
            new("UNPB", "article"),
            new("MANSCPT", "manuscript", "UNPD", "PAMP", "INPR", "UNBILL"),
            new("MGZN", "article-magazine", "CTLG"),
            new("NEWS", "article-newspaper"),
            new("ENCYC", "entry-encyclopedia"),
            new("DICT", "entry-dictionary"),
            new("MAP", "map"),
            new("MPCT", "motion_picture", "VIDEO", "ADVS", "MULTI"),
            new("SOUND", "song", "MUSIC"),
            new("ART", "graphic", "FIGURE", "CHART"),
            new("CASE", "legal_case", "LEGAL"),
            new("BILL", "bill"),
            new("STAT", "legislation"),
            new("HEAR", "hearing"),
            new("PCOMM", "personal_communication", "ICOMM"),
            new("SLIDE", "speech"),
            new("BLOG", "post-weblog"),
            new("STAND", "standard"),
            // RIS's generic type, which Zotero reads as a journal article: read as generic, so that a CSL document
            // (a .bib @misc) written as GEN comes back as one.
            new("GEN", "document"),
        },
        roles: new MappingRule[]
        {
            new("AU", "author", "A1"),
            new("ED", "editor"),
            new("A3", "collection-editor"),
            new("A4", "translator"),
        },
        fields: new MappingRule[]
        {
            new("VL", "volume"),
            new("IS", "issue"),
            new("PB", "publisher"),
            new("CY", "publisher-place"),
            new("ET", "edition"),
            new("T3", "collection-title"),
            new("SV", "collection-number"),
            new("NV", "number-of-volumes"),
            new("SN", "ISSN") { Accepts = v => Issn.IsMatch(v) },
            new("SN", "ISBN"),
            new("LA", "language"),
            new("M3", "genre"),
            new("M1", "number"),
            new("J2", "container-title-short", "JA"),
            new("ST", "title-short"),
            new("CN", "call-number"),
            new("Y2", "accessed") { Read = DateText.FromRis, Write = DateText.ToRis },
            new("AN", "archive_location"),
            new("DB", "archive"),
            new("DP", "source"),
            new("SE", "section"),
        });

    // .bib entry types that Zotero's BibTeX import reads as an item type whose RIS code is not their CSL type's first:
    // a @video is a video recording (VIDEO; its publisher the studio), not a film (MPCT; its publisher the
    // distributor).
    private static readonly Dictionary<string, string> BibTeXCodes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["video"] = "VIDEO",
    };

    /// <summary>The RIS code of a .bib entry of <paramref name="entryType"/>, where it is not its CSL type's.</summary>
    public static string? BibTeXCode(string? entryType)
        => entryType != null && BibTeXCodes.TryGetValue(entryType, out var code) ? code : null;

    // Zotero's RIS import reads A2 and A3 by item type (RIS.js fieldMap): the role each holds in these CSL types. In
    // any other type the tag is kept as written (Zotero reads it as that type's field: a bill's sponsor, a patent's
    // issuing authority). TA is Zotero's "Translated Author" note, not a translator: kept as written too.
    private static readonly (string Tag, string Role, string[] Types)[] TypedRoles =
    {
        ("A2", "editor", new[] { "article-journal", "chapter", "paper-conference", "entry-dictionary", "document",
            "entry-encyclopedia" }),
        ("A2", "collection-editor", new[] { "book", "report" }),
        ("A2", "recipient", new[] { "personal_communication" }),
        ("A3", "editor", new[] { "book" }),
        ("A3", "collection-editor", new[] { "chapter", "paper-conference", "entry-dictionary", "entry-encyclopedia",
            "map" }),
    };

    // A4 is a translator but in these types, where Zotero reads it as counsel or contributor.
    private static readonly string[] A4Other = { "legal_case", "paper-conference", "motion_picture", "dataset" };

    // Zotero's RIS import reads these tags by item type (RIS.js fieldMap), as the CSL variable Zotero's CSL mapping
    // gives that Zotero field: a patent's M1 is its application number (CSL call-number), its SN the patent number,
    // its A2 the issuing authority, its OP the priority numbers (CSL issue: its IS, Reference Manager's and
    // ProCite's patent number, which Zotero keeps as a note, is then kept by name, not written as CSL's issue); a
    // book's M1 its series number; a program's or dataset's ET its version; a report's SN its number, a
    // periodical's its ISSN whatever its shape ("ISSN/ISBN"); a conference paper's T2 the conference (its
    // proceedings are C3), its C1 the place of publication (CY, where C1 is given, the conference's). In these types
    // they replace the table's rules for the same variables, and the rules that share their tags (a patent's ISBN in
    // SN) are not written (see Unheld).
    private static readonly (MappingRule Rule, string[] Types)[] TypedFields =
    {
        (new MappingRule("M1", "call-number"), new[] { "patent" }),
        (new MappingRule("SN", "number"), new[] { "patent", "report" }),
        (new MappingRule("SN", "ISSN"), new[] { "article-journal", "article-magazine", "article-newspaper" }),
        (new MappingRule("A2", "authority"), new[] { "patent" }),
        (new MappingRule("OP", "issue"), new[] { "patent" }),
        (new MappingRule("ET", "version"), new[] { "software", "dataset" }),
        (new MappingRule("M1", "collection-number"), new[] { "book" }),
        (new MappingRule("T2", "event-title"), new[] { "paper-conference" }),
        (new MappingRule("C1", "publisher-place"), new[] { "paper-conference" }),
    };

    // The types whose SP Zotero's RIS import reads as the number of pages (RIS.js fieldMap), as its BibTeX import reads
    // their pages.
    private static readonly string[] PageCountTypes = { "book", "thesis", "manuscript" };

    /// <summary>
    /// Whether SP is the number of pages of an item of CSL type <paramref name="type"/> (a book's, a thesis's): the
    /// writer writes that there, or the pages whole, and the reader reads SP alone as that.
    /// </summary>
    public static bool PageCountInSP(string? type) => Array.IndexOf(PageCountTypes, type) >= 0;

    /// <summary>
    /// The field rules of an item of CSL type <paramref name="type"/>: the rules Zotero reads by type for it, then
    /// the table's rules for the variables and tags those leave.
    /// </summary>
    public static IEnumerable<MappingRule> Fields(string? type)
    {
        var typed = Typed(type);
        // A typed rule for the table's own tag and variable (a periodical's SN) takes the table rule's place.
        var table = Table.Fields.Select(r => typed.Find(t => t.Name == r.Name && t.Target == r.Target) ?? r).ToList();
        return typed.Except(table).Concat(table.Where(rule => typed.Contains(rule)
            || typed.All(t => t.Target != rule.Target && !t.Reads(rule.Name))));
    }

    /// <summary>
    /// The table's rules an item of <paramref name="type"/> has no tag for, because Zotero reads their tag as
    /// another variable in that type: the writer keeps their values as notes that name them.
    /// </summary>
    public static IEnumerable<MappingRule> Unheld(string? type)
    {
        var typed = Typed(type);
        return Table.Fields.Where(rule => typed.All(t => t.Target != rule.Target)
            && typed.Any(t => t.Reads(rule.Name)));
    }

    private static List<MappingRule> Typed(string? type)
        => TypedFields.Where(f => Array.IndexOf(f.Types, type) >= 0).Select(f => f.Rule).ToList();

    // Tags Zotero reads in these types as a field CSL has no variable for: read by name (RIS:LA) and written back as
    // they came. A program's LA is its programming language, not the language of its text.
    private static readonly (string Tag, string[] Types)[] KeptByName = { ("LA", new[] { "software" }) };

    // Read only, before the type's rules where the variable is still empty, as Zotero's RIS import reads it: a
    // journal article's M1 is its issue where IS gave none (EndNote's habit); the issue is written in IS.
    private static readonly (MappingRule Rule, string[] Types)[] FirstReadings =
    {
        (new MappingRule("M1", "issue"), new[] { "article-journal" }),
    };

    /// <summary>
    /// The rules that may read <paramref name="value"/> of <paramref name="tag"/> in type <paramref name="type"/>, in
    /// order (the type's first reading, then the rule of its table): the reader takes the first whose variable the
    /// record has not given yet. None for a tag the type keeps by name.
    /// </summary>
    public static IEnumerable<MappingRule> FieldRules(string tag, string value, string? type)
    {
        if (KeptByName.Any(k => k.Tag == tag && Array.IndexOf(k.Types, type) >= 0))
            return Enumerable.Empty<MappingRule>();
        bool reads(MappingRule r) => r.Reads(tag) && (r.Accepts == null || r.Accepts(value));
        return FirstReadings.Where(f => Array.IndexOf(f.Types, type) >= 0).Select(f => f.Rule).Where(reads)
            .Concat(Fields(type).Where(reads).Take(1));
    }

    /// <summary>The CSL role of creator tag <paramref name="tag"/> in an item of CSL type <paramref name="type"/>.
    /// </summary>
    public static string? Role(string tag, string? type) => tag switch
    {
        "ED" => "editor",
        "A4" => Array.IndexOf(A4Other, type) >= 0 ? null : "translator",
        "A2" or "A3" => Array.Find(TypedRoles, r => r.Tag == tag && Array.IndexOf(r.Types, type) >= 0).Role,
        _ => null,
    };

    /// <summary>
    /// The tag a creator of <paramref name="role"/> is written in, in CSL type <paramref name="type"/>: the type's
    /// A2 or A3 where Zotero reads the role there (an editor too: ED, which Zotero reads last, would reorder them).
    /// </summary>
    public static string? RoleTag(string role, string? type)
        => Array.Find(TypedRoles, r => r.Role == role && Array.IndexOf(r.Types, type) >= 0).Tag ?? role switch
        {
            "editor" => "ED",
            "translator" => Array.IndexOf(A4Other, type) >= 0 ? null : "A4",
            _ => null,
        };
}

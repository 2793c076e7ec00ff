#nullable enable
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

    public static readonly FormatMapping Table = new FormatMapping("GEN",
        types: new MappingRule[]
        {
            new("JOUR", "article-journal", "JFULL", "EJOUR", "ABST", "INPR"),
            new("CPAPER", "paper-conference", "CONF"),
            new("BOOK", "book", "EBOOK", "EDBOOK", "CLSWK", "SER"),
            new("CHAP", "chapter", "ECHAP"),
            new("THES", "thesis"),
            new("RPRT", "report", "GOVDOC"),
            new("PAT", "patent"),
            new("DATA", "dataset", "DBASE"),
            new("COMP", "software"),
            new("ELEC", "webpage", "WEB"),
            new("UNPB", "article"),
            new("MANSCPT", "manuscript", "UNPD", "PAMP"),
            new("MGZN", "article-magazine"),
            new("NEWS", "article-newspaper"),
            new("ENCYC", "entry-encyclopedia"),
            new("DICT", "entry-dictionary"),
            new("MAP", "map"),
            new("MPCT", "motion_picture", "VIDEO"),
            new("SOUND", "song", "MUSIC"),
            new("ART", "graphic", "FIGURE", "CHART"),
            new("CASE", "legal_case"),
            new("BILL", "bill", "UNBILL"),
            new("STAT", "legislation"),
            new("HEAR", "hearing"),
            new("PCOMM", "personal_communication"),
            new("SLIDE", "speech"),
            new("BLOG", "post-weblog"),
            new("STAND", "standard"),
            new("GEN", "document"),
        },
        roles: new MappingRule[]
        {
            new("AU", "author", "A1"),
            new("ED", "editor", "A2"),
            new("A3", "collection-editor"),
            new("A4", "translator", "TA"),
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
            new("Y2", "accessed"),
            new("AN", "archive_location"),
            new("DB", "archive"),
            new("DP", "source"),
            new("SE", "section"),
        });
}

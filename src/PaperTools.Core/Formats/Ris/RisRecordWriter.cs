using System.Globalization;
using PaperTools.Export;
using PaperTools.Formats;
using PaperTools.Formats.BibTeX;

namespace PaperTools.Formats.Ris;

/// <summary>
/// One paper as a RIS record, as Zotero, EndNote and Mendeley import it: TY first and ER last, one tag per line,
/// names as "Family, Given", every value on one line so that no text from a digest can start a tag of its own.
/// The type, creators and fields come from the paper's item through <see cref="RisMapping"/> (an arXiv preprint
/// is UNPB, named by the arXiv DOI, abstract page and "arXiv:ID" number; a work of unknown kind GEN); the
/// container is T2, its pages SP and EP; tags read from RIS that no mapping knows are written back by name; TeX's
/// inline math is written as text where that is exact (<see cref="MathText"/>).
/// </summary>
public static class RisRecordWriter
{
    /// <summary>
    /// The prefix of the N1 note that carries a free-text journal reference (arXiv's), which RIS has no tag for.
    /// </summary>
    public const string JournalRefNote = "Journal reference: ";

    public static string Write(KeyedPaper record, string newLine)
    {
        var paper = record.Paper;
        var item = record.Item ?? Items.Of(paper);
        var mapping = RisMapping.Table;
        var type = Items.CslType(paper, item);
        var text = new StringBuilder();
        var tex = Items.HoldsTex(paper);
        void Tag(string tag, string? value)
        {
            var shown = tex && !Verbatim.Contains(tag) ? MathText.ToPlain(value) : value;
            var line = Whitespace.Collapse(Printable(shown));
            if (line != null) text.Append(tag).Append("  - ").Append(line).Append(newLine);
        }

        // The record's own TY when it was read as this type (VIDEO, not MPCT), or its .bib entry type's (a @video's
        // VIDEO), else the type's name.
        var unknown = item?.Unknown ?? new List<KeyValuePair<string, string>>();
        var readAs = unknown.FirstOrDefault(f => f.Key == "RIS:TY").Value ?? RisMapping.BibTeXCode(paper.EntryType);
        Tag("TY", readAs != null && (mapping.CslType(readAs) ?? "document") == type ? readAs : mapping.TypeFor(type));
        Tag("ID", record.Key);
        Tag("TI", Items.Title(paper, item));
        // A name a RIS or CSL-JSON record gave whole (an institution) is written as it was, which Zotero keeps whole.
        string? Name(string name) => Items.Name(paper, Printable(name)!)?.ToSortedForm();
        // A .bib's names in the parts bibtex reads (a braced institution whole, "Last, First, Jr" as RIS orders them).
        var authors = BibTeXMapping.Names(paper, "author");
        for (var i = 0; i < paper.Authors.Length; i++)
            Tag("AU", authors != null ? authors[i].ToRisForm() : Name(paper.Authors[i]));
        var creators = item?.Creators ?? new List<BibCreator>();
        var stated = creators.Select(c => c.Role).Distinct().ToDictionary(r => r, r => BibTeXMapping.Names(paper, r));
        var nth = new Dictionary<string, int>();
        foreach (var creator in creators)
        {
            var index = nth[creator.Role] = nth.GetValueOrDefault(creator.Role, -1) + 1;
            if (RisMapping.RoleTag(creator.Role, type) is not string tag) continue;
            var parts = stated[creator.Role];
            Tag(tag, parts != null && index < parts.Count ? parts[index].ToRisForm() : Name(creator.Name));
        }
        var issued = Items.Issued(paper, item);
        if (issued != null) Tag("PY", issued.Value.Year.ToString(CultureInfo.InvariantCulture));
        if (issued?.Month != null) Tag("DA", issued.Value.ToString().Replace('-', '/'));
        // Zotero reads a book's T2 as its series and a conference paper's as the conference: a book's container is
        // BT, a conference paper's proceedings C3 (its T2, the conference, is a field rule; a venue that is only the
        // conference's name is written there).
        Tag(type switch { "paper-conference" => "C3", "book" => "BT", _ => "T2" }, Items.Container(paper, item, type));
        foreach (var rule in RisMapping.Fields(type))
            if (Items.Variable(paper, item, type, rule.Target) is string value
                && (rule.Accepts == null || rule.Accepts(value)))
                Tag(rule.Name, rule.Write(value));
        // "231-252" as SP and EP; a page, an open range ("100-") or an en-dash range ("231\u2013252", as Zotero's
        // BibTeX import gives it) whole in SP, so that it reads back as it was. Where SP is the number of pages (a
        // book's), that, whole: Zotero reads no EP there, and writes a book's "204-208" so.
        var count = RisMapping.PageCountInSP(type) ? item?["number-of-pages"] : null;
        var page = count ?? item?["page"];
        var pages = count == null ? page?.Split('-', 2) : null;
        var range = pages?.Length == 2 && pages[0].Trim().Length > 0 && pages[1].Trim().Length > 0;
        Tag("SP", range ? pages![0] : page);
        Tag("EP", range ? pages![1] : null);
        Tag("AB", paper.Abstract);
        Tag("DO", PaperKinds.Doi(paper));
        Tag("UR", paper.Url ?? Digests.ArxivLinks.Abstract(paper.ArxivId));
        Tag("L1", paper.PdfUrl ?? Digests.ArxivLinks.Pdf(paper.ArxivId));
        foreach (var keyword in paper.Keywords.Distinct(System.StringComparer.Ordinal)) Tag("KW", keyword);
        Tag("N1", paper.Comments ?? item?["note"]);
        if (paper.JournalRef != null && paper.JournalRef != paper.Venue) Tag("N1", JournalRefNote + paper.JournalRef);
        foreach (var kept in InNote(paper, item, type)) Tag("N1", kept.Key + ": " + kept.Value);
        foreach (var field in unknown)
            if (field.Key.StartsWith("RIS:", System.StringComparison.Ordinal) && field.Key != "RIS:TY")
                Tag(field.Key.Substring(4), field.Value);
        text.Append("ER  - ").Append(newLine);
        return text.ToString();
    }

    /// <summary>
    /// What an item of CSL type <paramref name="type"/> states that RIS has no tag for in that type, as "name, value"
    /// pairs the writer keeps as N1 notes that name them: a role RIS lacks (CSL's container-author, director, ...), a
    /// variable whose tag Zotero reads as another in this type (a patent's ISBN: its SN is the patent number), a
    /// variable no tag holds (number-of-pages, PMID, event-title, an ISSN SN cannot take), another format's field, an
    /// issued date DA cannot say (circa, a range: PY and DA hold its start).
    /// </summary>
    internal static List<KeyValuePair<string, string>> InNote(Paper paper, BibItem? item, string? type)
    {
        var kept = new List<KeyValuePair<string, string>>();
        if (item == null) return kept;
        var end = Items.IssuedEnd(paper, item);
        if (Items.Issued(paper, item) is PartialDate issued && (issued.Circa || end != null))
            kept.Add(new("issued", DateText.Format(issued, end)));
        foreach (var creator in item.Creators.Where(c => RisMapping.RoleTag(c.Role, type) == null))
            kept.Add(new(creator.Role, creator.Name));
        if (RisMapping.PageCountInSP(type) && item["number-of-pages"] != null && item["page"] is string page)
            kept.Add(new("page", page));
        var unheld = RisMapping.Unheld(type).ToList();
        foreach (var rule in unheld)
            if (item[rule.Target] is string value && (rule.Accepts == null || rule.Accepts(value)))
                kept.Add(new(rule.Target, value));
        var fields = RisMapping.Fields(type).Concat(unheld).ToList();
        kept.AddRange(item.Variables.Where(v => !WrittenApart.Contains(v.Key)
            && !(v.Key == "number-of-pages" && RisMapping.PageCountInSP(type))
            && !fields.Any(r => r.Target == v.Key && (r.Accepts == null || r.Accepts(v.Value)))));
        kept.AddRange(item.Unknown.Where(u => !u.Key.StartsWith("RIS:", System.StringComparison.Ordinal)));
        return kept;
    }

    // The variables the writer writes itself: pages as SP/EP, the note as N1, the title (CSL's rich text of it) and
    // the subtitle in TI.
    private static readonly HashSet<string> WrittenApart = new(System.StringComparer.Ordinal)
        { "page", "note", "title", "subtitle" };

    // The tags whose values are identifiers and links, never text with math to write as text.
    private static readonly HashSet<string> Verbatim = new(System.StringComparer.Ordinal)
        { "TY", "ID", "DO", "UR", "L1" };

    // RIS is text: control characters (a NUL in a scraped title) and Unicode line separators become spaces.
    private static string? Printable(string? value)
    {
        if (value == null) return null;
        var chars = value.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (char.IsControl(chars[i]) || chars[i] == '\u2028' || chars[i] == '\u2029') chars[i] = ' ';
        return new string(chars);
    }
}

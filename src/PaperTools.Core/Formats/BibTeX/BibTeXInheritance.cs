using PaperTools.BibTeX;

namespace PaperTools.Formats.BibTeX;

/// <summary>
/// Entries of a .bib as biber reads them, with what they inherit by biblatex.def's data inheritance: every field of
/// the @xdata entries their xdata field names (which replace theirs), then the fields of their crossref parent that
/// they lack, the parent's title taken as the booktitle, maintitle or journaltitle the pair of types calls for. RIS
/// and CSL-JSON have no such links, so their records are written from the resolved entry; the .bib export keeps
/// entries as written. Parents are looked up among the papers added, by key, in the child's own file first.
/// </summary>
public sealed class BibTeXInheritance
{
    // What no entry inherits (biblatex.def's \DeclareDataInheritance{*}{*}), and xdata, which biber resolves first.
    private static readonly HashSet<string> Never = new(StringComparer.OrdinalIgnoreCase)
    {
        "ids", "crossref", "xref", "entryset", "entrysubtype", "execute", "label", "options", "presort", "related",
        "relatedoptions", "relatedstring", "relatedtype", "shorthand", "shorthandintro", "sortkey", "xdata",
    };

    // Where the item departs from biber: a parent's identifiers name the parent (a paper written with its
    // proceedings' DOI is taken for the proceedings), and a date is one value (biber joins a child's year to its
    // parent's month, a date no entry states).
    private static readonly HashSet<string> Identifiers = new(StringComparer.OrdinalIgnoreCase)
        { "doi", "url", "urldate", "eprint", "eprinttype", "archiveprefix", "eprintclass", "primaryclass" };

    private static readonly HashSet<string> DateFields = new(StringComparer.OrdinalIgnoreCase)
        { "date", "year", "month", "day" };

    private static readonly (string From, string? To)[] Main = Titles("main");
    private static readonly (string From, string? To)[] Book = Titles("book");

    // biblatex.def's \DeclareDataInheritance pairs: parent types, child types, and the fields taken under another
    // name (To) or not at all (To null); a child matching several pairs takes each one's.
    private static readonly Renaming[] Renamings =
    {
        new(["mvbook", "book"], ["inbook", "bookinbook", "suppbook"], [("author", "author"), ("author", "bookauthor")]),
        new(["mvbook"], ["book", "inbook", "bookinbook", "suppbook"], Main),
        new(["mvcollection", "mvreference"], ["collection", "reference", "incollection", "inreference",
            "suppcollection"], Main),
        new(["mvproceedings"], ["proceedings", "inproceedings"], Main),
        new(["book"], ["inbook", "bookinbook", "suppbook"], Book),
        new(["collection", "reference"], ["incollection", "inreference", "suppcollection"], Book),
        new(["proceedings"], ["inproceedings"], Book),
        new(["periodical"], ["article", "suppperiodical"], Titles("journal")),
    };

    private readonly Dictionary<string, List<Paper>> byKey = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Makes <paramref name="paper"/>, when it was read from a .bib, a parent entries can name: by its key and by the
    /// aliases its ids field gives (biber resolves both).
    /// </summary>
    public void Add(Paper paper)
    {
        if (paper.Entry is not BibTeXEntry entry) return;
        foreach (var key in Keys(entry["ids"]).Prepend(entry.Key).Where(k => k.Length > 0))
        {
            if (!byKey.TryGetValue(key, out var papers)) byKey.Add(key, papers = new List<Paper>(1));
            if (!papers.Contains(paper)) papers.Add(paper);
        }
    }

    /// <summary>
    /// <paramref name="paper"/> with the fields it inherits among its own, re-read: its typed properties those of
    /// the resolved entry, but for the ones the user changed since it was read, which stay as changed. The paper
    /// itself when it inherits nothing.
    /// </summary>
    public Paper Resolve(Paper paper)
    {
        if (paper.Entry is not BibTeXEntry entry
            || !paper.Fields.Contains("crossref") && !paper.Fields.Contains("xdata"))
            return paper;
        var position = entry.Position;
        var fields = Fields(paper, new HashSet<Paper>(ReferenceEqualityComparer.Instance) { paper }, ref position);
        if (fields.SequenceEqual(paper.Fields)) return paper;
        var merged = new BibTeXEntry(entry.Type, entry.Key, fields, text: null, entry.Line, entry.Document, position);
        if (MacroReferences.Reread(merged, paper.Source ?? string.Empty) is not BibTeXEntryValues values) return paper;
        var resolved = BibTeXPaperReader.ToPaper(values, paper.Source ?? string.Empty);
        resolved.SourceLine = paper.SourceLine;
        resolved.CitationKey = paper.CitationKey;
        resolved.Comments = paper.Comments;
        resolved.PdfUrl = paper.PdfUrl;
        resolved.Item = paper.Item;
        FieldGroups.CopyChanged(paper, resolved);
        return resolved;
    }

    // The entry's fields with what it inherits; position becomes the last of the entries drawn on in its file, so
    // that the @string definitions their values name are in reach.
    private List<BibTeXField> Fields(Paper paper, HashSet<Paper> visiting, ref int position)
    {
        var fields = new List<BibTeXField>(paper.Fields);
        foreach (var key in Keys(paper.Fields["xdata"]))
        {
            if (Find(key, paper) is not Paper lender || TypeOf(lender) != "xdata" || !visiting.Add(lender)) continue;
            var lent = Fields(lender, visiting, ref position);
            visiting.Remove(lender);
            Reach(lender, paper, ref position);
            if (lent.Any(f => DateFields.Contains(f.Name))) fields.RemoveAll(f => DateFields.Contains(f.Name));
            foreach (var field in lent.Where(f => !Never.Contains(f.Name)))
                Set(fields, field.Name, field.Value, replace: true);
        }
        if (Keys(paper.Fields["crossref"]).FirstOrDefault() is string parentKey
            && Find(parentKey, paper) is Paper parent && visiting.Add(parent))
        {
            var inherited = Fields(parent, visiting, ref position);
            visiting.Remove(parent);
            Reach(parent, paper, ref position);
            Inherit(fields, inherited, TypeOf(parent), TypeOf(paper));
        }
        return fields;
    }

    // What a child of childType takes from its parent's (resolved) fields: the renamed ones first, then every other
    // it lacks.
    private static void Inherit(List<BibTeXField> fields, List<BibTeXField> parent, string parentType,
        string childType)
    {
        var handled = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var renaming in Renamings.Where(r => r.Parents.Contains(parentType) && r.Children.Contains(childType)))
            foreach (var (from, to) in renaming.Fields)
            {
                var field = parent.FirstOrDefault(f => f.Name.Equals(from, StringComparison.OrdinalIgnoreCase));
                if (field == null) continue;
                handled.Add(from);
                if (to != null) Set(fields, to, field.Value, replace: false);
            }
        var dated = fields.Any(f => DateFields.Contains(f.Name) && !IsEmpty(f));
        foreach (var field in parent)
            if (!handled.Contains(field.Name) && !Never.Contains(field.Name) && !Identifiers.Contains(field.Name)
                && !(dated && DateFields.Contains(field.Name)))
                Set(fields, field.Name, field.Value, replace: false);
    }

    // A field the entry states empty (organization = "") is one it lacks, as biber reads it.
    private static void Set(List<BibTeXField> fields, string name, string value, bool replace)
    {
        var at = fields.FindIndex(f => f.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        if (at < 0) fields.Add(new BibTeXField(name, value));
        else if (replace || IsEmpty(fields[at])) fields[at] = new BibTeXField(fields[at].Name, value);
    }

    private static bool IsEmpty(BibTeXField field) => Unquoted(field.Value) == null;

    // The entry of that key, in the file of near first.
    private Paper? Find(string key, Paper near)
        => byKey.TryGetValue(key, out var papers)
            ? papers.FirstOrDefault(p => p.Entry!.Document == near.Entry!.Document) ?? papers[0]
            : null;

    private static void Reach(Paper parent, Paper child, ref int position)
    {
        if (parent.Entry!.Document == child.Entry!.Document) position = Math.Max(position, parent.Entry.Position);
    }

    // The keys a crossref, xdata or ids field names, comma separated.
    private static IEnumerable<string> Keys(string? value)
        => (Unquoted(value) ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries
            | StringSplitOptions.TrimEntries);

    // A value as written without its quotes or braces; null when nothing is inside.
    private static string? Unquoted(string? value)
    {
        var text = value?.Trim() ?? string.Empty;
        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"') text = text.Substring(1, text.Length - 2);
        return BibTeXPaperReader.Plain(text);
    }

    // The entry type as biber's source map leaves it: @conference is an inproceedings.
    private static string TypeOf(Paper paper)
    {
        var type = paper.Entry!.Type.ToLowerInvariant();
        return type == "conference" ? "inproceedings" : type;
    }

    private static (string From, string? To)[] Titles(string prefix)
        =>
        [
            ("title", prefix + "title"), ("subtitle", prefix + "subtitle"), ("titleaddon", prefix + "titleaddon"),
            ("shorttitle", null), ("sorttitle", null), ("indextitle", null), ("indexsorttitle", null),
        ];

    private sealed record Renaming(string[] Parents, string[] Children, (string From, string? To)[] Fields);
}

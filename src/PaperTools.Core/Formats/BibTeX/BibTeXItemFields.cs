using PaperTools.BibTeX;
using PaperTools.Diagnostics;
using PaperTools.Validation;

namespace PaperTools.Formats.BibTeX;

/// <summary>
/// The fields a paper's item states beyond the paper's own properties (editors, volume, pages, publisher, ...), for
/// a paper read from RIS or CSL-JSON (an item and no .bib entry), by <see cref="BibTeXMapping"/> in one dialect. What
/// the dialect, or biblatex's data model for the entry's type, has no field for (a role, a variable, a field read from
/// another format, a type written as @misc, a circa date in BibTeX) is written in the note, one "name: value" part
/// each, with a <see cref="ErrorIds.BibTeXItemValueInNote"/> warning, so that nothing read is dropped.
/// </summary>
internal sealed class BibTeXItemFields
{
    private readonly LatexEscaper escaper;
    private readonly Func<Paper, string, string?> name;
    private readonly Action<Problem> report;

    /// <param name="name">A paper's name as the entry builder writes it (escaped, braced where it must be).</param>
    public BibTeXItemFields(LatexEscaper escaper, Func<Paper, string, string?> name, Action<Problem> report)
    {
        this.escaper = escaper;
        this.name = name;
        this.report = report;
    }

    /// <summary>The entry type of a paper with an item: its CSL type in <paramref name="dialect"/>.</summary>
    public static string TypeOf(Paper paper, BibItem item, BibTeXDialect dialect)
        => BibTeXMapping.EntryType(Items.CslType(paper, item), item["genre"], dialect);

    /// <summary>
    /// The title with the markup CSL-JSON gave it (item variable title, read only where it has markup), as LaTeX;
    /// null when it has none, or when classic BibTeX joins a subtitle to the plain title.
    /// </summary>
    public string? RichTitle(BibItem? item, BibTeXDialect dialect)
        => item?["title"] is string rich && (dialect == BibTeXDialect.BibLaTeX || item["subtitle"] == null)
            ? RichTextLatex.ToLatex(rich, escaper.EscapeTitle)
            : null;

    /// <summary>Adds the item's creators, fields and note to <paramref name="add"/>, in the table's order.</summary>
    public void Add(Paper paper, BibItem item, string type, BibTeXDialect dialect, bool venueWritten,
        Action<string, string?> add)
    {
        var table = BibTeXMapping.For(dialect);
        var kept = new List<KeyValuePair<string, string>>();
        foreach (var role in item.Creators.Select(c => c.Role).Distinct())
        {
            var names = item.Creators.Where(c => c.Role == role).Select(c => c.Name);
            if (table.RoleField(role) is string field && BibTeXMapping.Holds(type, role))
                add(field, string.Join(" and ", names.Select(n => name(paper, n)).OfType<string>()));
            else kept.AddRange(names.Select(n => new KeyValuePair<string, string>(role, n)));
        }
        // The note gathers what has no field, or none in this type (below); BibTeX joins the subtitle to the title.
        var cslType = Items.CslType(paper, item);
        var held = table.Fields.Where(r => BibTeXMapping.Holds(type, BibTeXMapping.Variable(r, type), cslType, dialect))
            .ToList();
        var written = new HashSet<string>(held.Select(r => BibTeXMapping.Variable(r, type)), StringComparer.Ordinal)
            { "note" };
        if (dialect == BibTeXDialect.BibTeX) written.Add("subtitle");
        if (RichTitle(item, dialect) != null) written.Add("title");
        foreach (var rule in held.Where(r => r.Target != "note"))
        {
            if (item[BibTeXMapping.Variable(rule, type)] is not string value) continue;
            // A value the field cannot take (urldate's "Date of Access") goes to the note.
            if (rule.Accepts?.Invoke(value) == false)
            {
                written.Remove(BibTeXMapping.Variable(rule, type));
                continue;
            }
            var text = rule.Write(value);
            // A spelling the rule made ("--" between pages) is BibTeX's own; only the text around it is escaped.
            add(BibTeXMapping.FieldName(rule, type),
                text == value ? escaper.Escape(value) : string.Join("--", text.Split("--").Select(escaper.Escape)));
        }
        var issued = Items.Issued(paper, item);
        var end = Items.IssuedEnd(paper, item);
        if (dialect == BibTeXDialect.BibTeX && issued is PartialDate date && (date.Circa || end != null))
            Keep("issued", (date.Circa ? "circa " : string.Empty) + date + (end == null ? string.Empty : "/" + end));
        if (cslType != null && cslType != "document" && table.Types.All(t => t.Target != cslType))
            Keep("type", cslType);
        if (!venueWritten && Items.Container(paper, item, cslType) is string container)
            Keep("container-title", container);
        kept.AddRange(item.Variables.Where(v => !written.Contains(v.Key)));
        var link = TextLink(paper, item);
        if (link >= 0) add("url", WebAddress.ToSafeText(item.Unknown[link].Value));
        kept.AddRange(item.Unknown.Where((_, i) => i != link));
        var note = new[] { paper.Comments ?? item["note"] }.Concat(kept.Select(k => k.Key + ": " + k.Value));
        add("note", escaper.Escape(string.Join("; ", note.Where(n => !string.IsNullOrWhiteSpace(n)))));
        if (kept.Count == 0) return;
        report(new Problem(ErrorIds.BibTeXItemValueInNote, ProblemCategory.InvalidData,
            $"{string.Join(", ", kept.Select(k => k.Key).Distinct())} of '{paper.Title ?? paper.Id}' have no "
            + $"{dialect} field in a @{type}; they are written in its note.",
            paper.Source ?? paper.Title, paper.SourceLine));

        void Keep(string what, string value) => kept.Add(new KeyValuePair<string, string>(what, value));
    }

    // A RIS link with no scheme (EndNote's "www.example.org/a"), which Zotero reads as the url: written there when
    // the entry has no other url and the text is safe to write raw; else it stays in the note.
    private static int TextLink(Paper paper, BibItem item)
        => paper.Url != null || paper.ArxivId != null ? -1
            : item.Unknown.FindIndex(u => u.Key == "RIS:UR" && WebAddress.ToSafeText(u.Value) != null);
}

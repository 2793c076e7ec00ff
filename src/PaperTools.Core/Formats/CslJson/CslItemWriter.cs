using System.Text.Encodings.Web;
using System.Text.Json;
using PaperTools.Export;
using PaperTools.Formats;
using PaperTools.Formats.BibTeX;

namespace PaperTools.Formats.CslJson;

/// <summary>
/// One paper as a CSL-JSON item, as Zotero, pandoc's citeproc and citation-js read it: the record key as "id", the
/// type, creators and variables of the paper's item through <see cref="CslMapping"/> (a paper without one: an
/// article-journal, paper-conference, or article, CSL's type for preprints), names in parts (family/given, or
/// literal for a collaboration; particles apart, <see cref="CslNameParticles"/>), the date as date-parts with its
/// precision, titles as CSL rich text (<see cref="CslRichText"/>), TeX's inline math as text
/// (<see cref="MathText"/>), for an arXiv preprint the publisher "arXiv" and number "arXiv:ID" (Zotero's shape for
/// preprints), and the variables read from CSL-JSON that no mapping knows, as they were.
/// </summary>
public static class CslItemWriter
{
    private static readonly JsonWriterOptions Options = new JsonWriterOptions
    {
        Indented = true,
        // Names and titles stay readable (Łukasz, not \u0141ukasz); quotes, backslashes and control characters are
        // still escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The item, indented by <paramref name="indent"/> spaces, lines ending in <paramref name="newLine"/>.
    /// </summary>
    public static string Write(KeyedPaper record, int indent, string newLine)
    {
        var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options)) WriteItem(json, record);
        var text = Encoding.UTF8.GetString(buffer.ToArray()).Replace("\r\n", "\n");
        var pad = new string(' ', indent);
        return pad + text.Replace("\n", newLine + pad);
    }

    private static void WriteItem(Utf8JsonWriter json, KeyedPaper record)
    {
        var paper = record.Paper;
        var item = record.Item ?? Items.Of(paper);
        var mapping = CslMapping.Table;
        var type = mapping.TypeFor(Items.CslType(paper, item));
        json.WriteStartObject();
        json.WriteString("id", record.Key);
        json.WriteString("type", type);
        // Inline math as text; in the title (the one rich text the reader keeps) a script Unicode lacks as <sub>/<sup>.
        var tex = Items.HoldsTex(paper);
        string? Plain(string? text) => tex ? MathText.ToPlain(text) : text;
        var richTitle = item?["title"];
        var title = Items.Title(paper, item);
        String(json, "title", richTitle != null && CslRichText.Plain(richTitle) == title ? richTitle
            : tex ? MathText.ToRichText(title, words => CslRichText.Escape(words)!) : CslRichText.Escape(title));
        // A .bib's names in the parts bibtex reads (a braced institution a literal), else each string taken apart.
        Names(json, "author", BibTeXMapping.Names(paper, "author") ?? Parsed(paper, paper.Authors));
        foreach (var role in (item?.Creators ?? new List<BibCreator>()).Select(c => c.Role).Distinct())
            if (mapping.RoleField(role) is string field)
                Names(json, field, BibTeXMapping.Names(paper, role)
                    ?? Parsed(paper, item!.Creators.Where(c => c.Role == role).Select(c => c.Name)));
        // The issued date: its parts, else its text; an issued date kept whole (with a season) is written below with
        // the other variables kept by name.
        var issued = Items.Issued(paper, item);
        var keptWhole = item?.Unknown.Any(u => u.Key == "CSL:issued") == true;
        if (!keptWhole && issued == null && item?["issued"] is string undated) CslDates.Write(json, "issued", undated);
        else if (!keptWhole) CslDates.Write(json, "issued", issued, Items.IssuedEnd(paper, item));
        String(json, "container-title",
            CslRichText.Escape(Plain(Items.Container(paper, item, Items.CslType(paper, item)))));
        foreach (var rule in mapping.Fields)
            if (Items.Variable(paper, item, type, rule.Target) is not string value) continue;
            else if (CslDates.Variables.Contains(rule.Target)) CslDates.Write(json, rule.Name, value);
            else String(json, rule.Name, Plain(rule.Write(value)));
        String(json, "DOI", PaperKinds.Doi(paper));
        String(json, "URL", paper.Url ?? Digests.ArxivLinks.Abstract(paper.ArxivId));
        String(json, "abstract", CslRichText.Escape(Plain(paper.Abstract)));
        if (paper.Keywords.Length > 0)
            String(json, "keyword", Plain(string.Join(", ", paper.Keywords.Distinct(System.StringComparer.Ordinal))));
        var note = InNote(item).Select(k => k.Key + ": " + k.Value).Prepend(paper.Comments ?? item?["note"]);
        String(json, "note", Plain(string.Join("; ", note.Where(n => !string.IsNullOrWhiteSpace(n)))));
        foreach (var field in item?.Unknown ?? new List<KeyValuePair<string, string>>())
            if (field.Key.StartsWith("CSL:", System.StringComparison.Ordinal))
            {
                json.WritePropertyName(field.Key.Substring(4));
                using var value = JsonDocument.Parse(field.Value);
                value.RootElement.WriteTo(json);
            }
        json.WriteEndObject();
    }

    /// <summary>
    /// What an item states that CSL-JSON has no variable for, as "name, value" pairs the writer keeps in the note
    /// after the record's own, "; " between: a role CSL lacks, a variable no rule writes, another format's field
    /// (a RIS tag no mapping knows). The title's rich text, the note, the subtitle and an issued date without a year
    /// are written apart.
    /// </summary>
    internal static List<KeyValuePair<string, string>> InNote(BibItem? item)
    {
        var kept = new List<KeyValuePair<string, string>>();
        if (item == null) return kept;
        var mapping = CslMapping.Table;
        kept.AddRange(item.Creators.Where(c => mapping.RoleField(c.Role) == null)
            .Select(c => new KeyValuePair<string, string>(c.Role, c.Name)));
        kept.AddRange(item.Variables.Where(v => v.Key is not ("title" or "note" or "subtitle" or "issued")
            && mapping.Fields.All(r => r.Target != v.Key)));
        kept.AddRange(item.Unknown.Where(u => !u.Key.StartsWith("CSL:", System.StringComparison.Ordinal)));
        return kept;
    }

    private static IReadOnlyList<PersonName> Parsed(Paper paper, IEnumerable<string> names)
        => names.Select(name => Items.Name(paper, name)).OfType<PersonName>().ToList();

    private static void Names(Utf8JsonWriter json, string variable, IReadOnlyList<PersonName> names)
    {
        if (names.Count == 0) return;
        json.WriteStartArray(variable);
        foreach (var name in names)
        {
            json.WriteStartObject();
            if (name.Literal != null) json.WriteString("literal", name.Literal);
            else if (string.IsNullOrEmpty(name.Given)) json.WriteString("family", name.Family);
            else
            {
                // Particles apart, as Zotero's own export writes them ("van" of "van Beethoven"), only when both
                // parts are there, as it does.
                var (nonDropping, family) = CslNameParticles.Leading(name.Family!);
                var (dropping, given) = CslNameParticles.Trailing(name.Given!);
                json.WriteString("family", family);
                json.WriteString("given", given);
                String(json, "dropping-particle", dropping);
                String(json, "non-dropping-particle", nonDropping);
                String(json, "suffix", name.Suffix);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void String(Utf8JsonWriter json, string name, string? value)
    {
        var text = Whitespace.Collapse(value);
        if (text != null) json.WriteString(name, text);
    }
}

using PaperTools.BibTeX;

namespace PaperTools.Formats.BibTeX;

/// <summary>
/// The entry to write for a paper. A paper read from a .bib whose properties and fields are as they were read is
/// its entry, byte for byte; one whose key or type alone changed keeps every other byte. Otherwise the entry is
/// laid out anew: each field as it was written, except the groups of fields whose typed property the user
/// changed, which are made from the property in the place the old ones had (new ones at the end). A paper from a
/// digest is all new fields, in the builder's fixed order, then any fields the user added to it.
/// </summary>
internal sealed class BibTeXEntryComposer
{
    private static readonly string[] BibLaTeXFields = { "date", "journaltitle", "eprinttype", "eprintclass" };
    private static readonly string[] BibTeXFields = { "year", "journal", "archiveprefix", "primaryclass" };

    private readonly BibTeXExportOptions options;
    private readonly BibTeXEntryBuilder builder;
    private readonly EntryTextBuffer buffer = new();
    private readonly MadeFields made = new();

    /// <summary>The fields of the entry being laid out, reused from one entry to the next.</summary>
    private readonly List<MadeField> layout = new(24);

    /// <summary>The field names of the last entry laid out. Entries whose fields have the same names (nearly every
    /// digest paper's) share this array: each entry is held until its file is written, and one array does for all.
    /// </summary>
    private string[] names = Array.Empty<string>();

    public BibTeXEntryComposer(BibTeXExportOptions options, BibTeXEntryBuilder builder)
    {
        this.options = options;
        this.builder = builder;
    }

    public BibTeXEntry Compose(Paper paper, string key, string newLine)
    {
        var entry = paper.Entry;
        var changed = FieldGroups.Changed(paper, entry?.ReadAs, options.IncludeAbstract);
        var type = builder.TypeOf(paper);
        if (entry != null)
        {
            if (string.Equals(type, entry.Type, StringComparison.OrdinalIgnoreCase)) type = entry.Type;
            if (changed.Count == 0 && paper.Fields.SameAs(entry.Fields))
            {
                if (type == entry.Type && key == entry.Key) return entry;
                return new BibTeXEntry(type, key, entry.Fields,
                    BibTeXEntryText.ReplaceHeader(entry.Text, type, entry.Key, key), entry.Line, entry.Document,
                    entry.Position);
            }
        }
        builder.Build(paper, key, entry == null ? options.Dialect : DialectOf(entry), made);
        if (entry == null) NewFields(paper.Fields, changed);
        else Merge(paper.Fields, changed);
        return BibTeXEntryText.Made(type, key, layout, NamesOf(layout), made.Chars(), newLine, entry?.Line ?? 0,
            entry?.Document, entry?.Position ?? -1, buffer);
    }

    /// <summary>The names of <paramref name="fields"/> in order: the last entry's array when they are the same.
    /// </summary>
    private string[] NamesOf(List<MadeField> fields)
    {
        var same = names.Length == fields.Count;
        for (var i = 0; same && i < fields.Count; i++)
            same = string.Equals(names[i], fields[i].Name, StringComparison.Ordinal);
        if (!same) names = fields.Select(f => f.Name).ToArray();
        return names;
    }

    /// <summary>For a paper not read from a .bib: what its properties say, then the fields the user gave it that say
    /// something else.</summary>
    private void NewFields(IReadOnlyCollection<BibTeXField> given, IReadOnlySet<FieldGroup> changed)
    {
        layout.Clear();
        // By index: a foreach over the read-only list would box its enumerator for every entry.
        var fields = made.Fields;
        for (var i = 0; i < fields.Count; i++)
            if (changed.Contains(fields[i].Group)) layout.Add(fields[i]);
        if (given.Count == 0) return;
        var names = new HashSet<string>(layout.Select(f => f.Name), StringComparer.OrdinalIgnoreCase);
        foreach (var field in given)
            if (!names.Contains(field.Name)) layout.Add(MadeField.Keeping(FieldGroup.None, field));
    }

    /// <summary>The entry's fields in order, each changed group replaced in place by what its property now
    /// says.</summary>
    private void Merge(IList<BibTeXField> current, IReadOnlySet<FieldGroup> changed)
    {
        var replacing = made.Fields.Where(d => changed.Contains(d.Group)).ToList();
        var replacedNames = new HashSet<string>(replacing.Select(d => d.Name), StringComparer.OrdinalIgnoreCase);
        var placed = new HashSet<FieldGroup>();
        layout.Clear();
        foreach (var field in current)
        {
            var group = FieldGroups.Of(field);
            if (changed.Contains(group))
            {
                if (placed.Add(group))
                    foreach (var replacement in replacing.Where(d => d.Group == group))
                        layout.Add(Spelled(replacement, current));
                continue;
            }
            if (!replacedNames.Contains(field.Name)) layout.Add(MadeField.Keeping(group, field));
        }
        foreach (var replacement in replacing.Where(d => !placed.Contains(d.Group)))
            layout.Add(Spelled(replacement, current));
    }

    /// <summary>A made field under the name the entry already spelled it with (Title, DOI).</summary>
    private static MadeField Spelled(MadeField made, IList<BibTeXField> current)
    {
        var existing = current.FirstOrDefault(f => string.Equals(f.Name, made.Name,
            StringComparison.OrdinalIgnoreCase));
        return existing == null || existing.Name == made.Name ? made : made with { Name = existing.Name };
    }

    /// <summary>The dialect an entry is written in, so fields made for it match the ones it has.</summary>
    private BibTeXDialect DialectOf(BibTeXEntry entry)
    {
        if (entry.Fields.Any(f => BibLaTeXFields.Contains(f.Name.ToLowerInvariant()))) return BibTeXDialect.BibLaTeX;
        if (entry.Fields.Any(f => BibTeXFields.Contains(f.Name.ToLowerInvariant()))) return BibTeXDialect.BibTeX;
        return options.Dialect;
    }
}

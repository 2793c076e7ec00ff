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
                return new BibTeXEntry(type, key, entry.Fields, BibTeXEntryText.ReplaceHeader(entry.Text, type, key),
                    entry.Line, entry.Document, entry.Position);
            }
        }
        var desired = builder.Build(paper, key, entry == null ? options.Dialect : DialectOf(entry));
        var fields = entry == null ? NewFields(paper.Fields, desired, changed) : Merge(paper.Fields, desired, changed);
        return BibTeXEntryText.Made(type, key, fields, newLine, entry?.Line ?? 0, entry?.Document,
            entry?.Position ?? -1, buffer);
    }

    /// <summary>For a paper not read from a .bib: what its properties say, then the fields the user gave it that say
    /// something else.</summary>
    private static List<BibTeXField> NewFields(IReadOnlyCollection<BibTeXField> given,
        List<KeyValuePair<FieldGroup, BibTeXField>> desired, IReadOnlySet<FieldGroup> changed)
    {
        var fields = new List<BibTeXField>(desired.Count + given.Count);
        foreach (var made in desired)
            if (changed.Contains(made.Key)) fields.Add(made.Value);
        if (given.Count == 0) return fields;
        var names = new HashSet<string>(fields.Select(f => f.Name), StringComparer.OrdinalIgnoreCase);
        fields.AddRange(given.Where(f => !names.Contains(f.Name)));
        return fields;
    }

    /// <summary>The entry's fields in order, each changed group replaced in place by what its property now
    /// says.</summary>
    private static List<BibTeXField> Merge(IList<BibTeXField> current,
        List<KeyValuePair<FieldGroup, BibTeXField>> desired, IReadOnlySet<FieldGroup> changed)
    {
        var replacing = desired.Where(d => changed.Contains(d.Key)).ToList();
        var replacedNames = new HashSet<string>(replacing.Select(d => d.Value.Name), StringComparer.OrdinalIgnoreCase);
        var placed = new HashSet<FieldGroup>();
        var result = new List<BibTeXField>();
        foreach (var field in current)
        {
            var group = FieldGroups.Of(field);
            if (changed.Contains(group))
            {
                if (placed.Add(group))
                    foreach (var made in replacing.Where(d => d.Key == group)) result.Add(Spelled(made.Value, current));
                continue;
            }
            if (!replacedNames.Contains(field.Name)) result.Add(field);
        }
        foreach (var made in replacing.Where(d => !placed.Contains(d.Key))) result.Add(Spelled(made.Value, current));
        return result;
    }

    /// <summary>A made field under the name the entry already spelled it with (Title, DOI).</summary>
    private static BibTeXField Spelled(BibTeXField made, IList<BibTeXField> current)
    {
        var existing = current.FirstOrDefault(f => string.Equals(f.Name, made.Name,
            StringComparison.OrdinalIgnoreCase));
        return existing == null || existing.Name == made.Name ? made : new BibTeXField(existing.Name, made.Value);
    }

    /// <summary>The dialect an entry is written in, so fields made for it match the ones it has.</summary>
    private BibTeXDialect DialectOf(BibTeXEntry entry)
    {
        if (entry.Fields.Any(f => BibLaTeXFields.Contains(f.Name.ToLowerInvariant()))) return BibTeXDialect.BibLaTeX;
        if (entry.Fields.Any(f => BibTeXFields.Contains(f.Name.ToLowerInvariant()))) return BibTeXDialect.BibTeX;
        return options.Dialect;
    }
}

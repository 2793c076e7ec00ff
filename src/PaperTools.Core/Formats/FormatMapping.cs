namespace PaperTools.Formats;

/// <summary>
/// One format's two-way mapping to <see cref="BibItem"/>, declared as data (citation-js keeps one such table per
/// format): item types, creator roles and text fields. Each rule is declared once: its <see cref="MappingRule.Name"/>
/// is what the format's writer writes, it and <see cref="MappingRule.ReadAlso"/> are what its reader reads, and
/// <see cref="MappingRule.Target"/> is the CSL type, role or variable. Adding a field is one rule.
/// </summary>
public sealed class FormatMapping
{
    public FormatMapping(string defaultType, IReadOnlyList<MappingRule> types, IReadOnlyList<MappingRule> roles,
        IReadOnlyList<MappingRule> fields)
    {
        DefaultType = defaultType;
        Types = types;
        Roles = roles;
        Fields = fields;
    }

    /// <summary>The format's type for a CSL type it has no rule for ("GEN", "misc", "document").</summary>
    public string DefaultType { get; }
    public IReadOnlyList<MappingRule> Types { get; }
    public IReadOnlyList<MappingRule> Roles { get; }
    public IReadOnlyList<MappingRule> Fields { get; }

    /// <summary>The CSL type of the format's <paramref name="type"/>; null when the table has no rule for it.</summary>
    public string? CslType(string? type) => type == null ? null : Reading(Types, type, null)?.Target;

    /// <summary>The format's type for <paramref name="cslType"/>: the first rule naming it, else the default.</summary>
    public string TypeFor(string? cslType) => Types.FirstOrDefault(r => r.Target == cslType)?.Name ?? DefaultType;

    /// <summary>The CSL role of a creator field ("A2", "editor"); null when the field holds no creators.</summary>
    public string? Role(string field) => Reading(Roles, field, null)?.Target;

    /// <summary>The field the format writes creators of <paramref name="role"/> in; null when it has none.</summary>
    public string? RoleField(string role) => Roles.FirstOrDefault(r => r.Target == role)?.Name;

    /// <summary>
    /// The rule that reads <paramref name="value"/> of field <paramref name="name"/>; null when none does.
    /// </summary>
    public MappingRule? FieldRule(string name, string value) => Reading(Fields, name, value);

    private static MappingRule? Reading(IReadOnlyList<MappingRule> rules, string name, string? value)
    {
        foreach (var rule in rules)
            if (rule.Reads(name) && (value == null || rule.Accepts == null || rule.Accepts(value))) return rule;
        return null;
    }
}

/// <summary>
/// One declaration of a mapping: the format's <paramref name="Name"/> (written, and read), the CSL
/// <paramref name="Target"/>, and other names read as the same thing. <see cref="Accepts"/> picks a rule among those
/// sharing a name by the value (RIS SN holds an ISSN or an ISBN); <see cref="Read"/> and <see cref="Write"/> turn the
/// format's spelling into the item's and back (BibTeX pages "1--5", CSL's "1-5").
/// </summary>
public sealed record MappingRule(string Name, string Target, params string[] ReadAlso)
{
    public Func<string, bool>? Accepts { get; init; }
    public Func<string, string> Read { get; init; } = v => v;
    public Func<string, string> Write { get; init; } = v => v;

    public bool Reads(string name)
        => string.Equals(Name, name, StringComparison.OrdinalIgnoreCase)
           || ReadAlso.Any(a => string.Equals(a, name, StringComparison.OrdinalIgnoreCase));
}

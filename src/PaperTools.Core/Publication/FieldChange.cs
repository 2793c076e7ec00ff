namespace PaperTools.Publication;

/// <summary>One field a published version changes: its name, and its value before and after (null: absent).</summary>
public sealed class FieldChange
{
    public FieldChange(string field, string? before, string? after)
    {
        Field = field;
        Before = before;
        After = after;
    }

    public string Field { get; }
    public string? Before { get; }
    public string? After { get; }

    public override string ToString() => $"{Field}: {Before ?? "(none)"} -> {After ?? "(none)"}";
}

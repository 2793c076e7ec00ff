namespace PaperTools.Report;

/// <summary>
/// One profile's reading list, best match first; a report without profiles has one section of every paper.
/// </summary>
public sealed class ReportSection
{
    public ReportSection(string name, IReadOnlyList<string> recipients, IReadOnlyList<ReportEntry> entries)
    {
        Name = name;
        Recipients = recipients;
        Entries = entries;
    }

    public string Name { get; }
    public IReadOnlyList<string> Recipients { get; }
    public IReadOnlyList<ReportEntry> Entries { get; }
}

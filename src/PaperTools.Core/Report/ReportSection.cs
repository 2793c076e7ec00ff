namespace PaperTools.Report;

/// <summary>
/// One profile's reading list, best match first; a report without profiles has one section of every paper.
/// </summary>
public sealed record ReportSection(string Name, IReadOnlyList<string> Recipients, IReadOnlyList<ReportEntry> Entries);

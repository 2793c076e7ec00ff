namespace PaperTools.Report;

/// <summary>A day's reading lists, ready for any renderer: the sections and the counts its header shows.</summary>
public sealed class PaperReport
{
    public PaperReport(string title, DateTime? date, int papersRead, IReadOnlyList<ReportSection> sections)
    {
        Title = title;
        Date = date;
        PapersRead = papersRead;
        Sections = sections;
    }

    public string Title { get; }

    /// <summary>The latest digest date among the papers, when any has one.</summary>
    public DateTime? Date { get; }

    public int PapersRead { get; }
    public IReadOnlyList<ReportSection> Sections { get; }

    /// <summary>The header line: "553 papers read; Vision 12, Language 30; 4 already in the library".</summary>
    public string Summary
    {
        get
        {
            var parts = new List<string>();
            var held = 0;
            foreach (var section in Sections)
            {
                parts.Add($"{section.Name} {section.Entries.Count:N0}");
                foreach (var entry in section.Entries) if (entry.Held) held++;
            }
            var read = PapersRead == 1 ? "1 paper read" : $"{PapersRead:N0} papers read";
            var sections = parts.Count == 0 ? "no profile" : string.Join(", ", parts);
            return held == 0 ? $"{read}; {sections}" : $"{read}; {sections}; {held:N0} already in the library";
        }
    }
}

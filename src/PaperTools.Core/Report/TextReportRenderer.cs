namespace PaperTools.Report;

/// <summary>
/// The report as plain text: the e-mail's text part, for readers that do not show HTML. Lines wrap at 76.
/// </summary>
public static class TextReportRenderer
{
    private const int Width = 76;
    private const string Indent = "   ";

    public static void Write(PaperReport report, TextWriter output)
    {
        output.Write(report.Title + "\n");
        Wrap(output, report.Summary, "");
        foreach (var section in report.Sections)
        {
            output.Write($"\n== {section.Name} ({section.Entries.Count:N0}) ==\n");
            if (section.Entries.Count == 0) output.Write("\nNo papers matched today.\n");
            var number = 0;
            foreach (var entry in section.Entries) WriteEntry(entry, ++number, output);
        }
    }

    private static void WriteEntry(ReportEntry entry, int number, TextWriter output)
    {
        var paper = entry.Paper;
        output.Write("\n");
        Wrap(output, $"{number}. {ReportText.Title(paper)}{(entry.Held ? " [in the library]" : "")}", Indent);
        Wrap(output, ReportText.Authors(paper), Indent, Indent);
        var date = ReportText.Date(paper);
        var venue = ReportText.Venue(paper);
        Wrap(output, date == null ? venue : venue == null ? date : date + " · " + venue, Indent, Indent);
        Wrap(output, entry.Matches == null ? null : "Matched: " + ReportText.Clean(entry.Matches), Indent, Indent);
        var abstractText = ReportText.ShortAbstract(paper.Abstract);
        if (abstractText != null)
        {
            output.Write("\n");
            Wrap(output, abstractText, Indent, Indent);
        }
        Link(output, "Page", ReportText.AbstractLink(paper));
        Link(output, "PDF", ReportText.PdfLink(paper));
        Link(output, "Code", ReportText.CodeLink(paper));
        var seen = ReportText.SeenIn(paper);
        Wrap(output, seen == null ? null : "Seen in " + seen, Indent, Indent);
    }

    private static void Link(TextWriter output, string label, string? address)
    {
        if (address != null) output.Write($"{Indent}{label}: {address}\n");
    }

    /// <summary>
    /// Writes text in lines of at most 76 characters (a longer word stands alone), later lines indented.
    /// </summary>
    private static void Wrap(TextWriter output, string? text, string indent, string first = "")
    {
        if (text == null) return;
        var line = new StringBuilder(first);
        var empty = true;
        foreach (var word in text.Split(' '))
        {
            if (!empty && line.Length + 1 + word.Length > Width)
            {
                output.Write(line.Append('\n').ToString());
                line.Clear().Append(indent);
                empty = true;
            }
            if (!empty) line.Append(' ');
            line.Append(word);
            empty = false;
        }
        output.Write(line.Append('\n').ToString());
    }
}

namespace PaperTools.Report;

/// <summary>
/// The report as Markdown for a wiki or a chat channel (CommonMark, GitHub and pandoc read it alike). Every ASCII
/// punctuation character of digest text that any of them reads as markup is backslash-escaped, so no title can open
/// a link, raw HTML, emphasis, a list, a citation, math or an autolink; links are the paper's own http(s) addresses in
/// angle brackets.
/// </summary>
public static class MarkdownReportRenderer
{
    public static void Write(PaperReport report, TextWriter output)
    {
        output.Write("# " + Escape(report.Title) + "\n\n" + Escape(report.Summary) + "\n");
        foreach (var section in report.Sections)
        {
            output.Write($"\n## {Escape($"{section.Name} ({section.Entries.Count:N0})")}\n");
            if (section.Entries.Count == 0) output.Write("\nNo papers matched today\\.\n");
            foreach (var entry in section.Entries) WriteEntry(entry, output);
        }
    }

    private static void WriteEntry(ReportEntry entry, TextWriter output)
    {
        var paper = entry.Paper;
        var title = Escape(ReportText.Title(paper));
        var page = ReportText.AbstractLink(paper);
        var held = entry.Held ? " *(in the library)*" : "";
        output.Write("\n### " + (page == null ? title : $"[{title}](<{page}>)") + held + "\n\n");
        var lines = new StringBuilder();
        Add(lines, ReportText.Authors(paper));
        var date = ReportText.Date(paper);
        var venue = ReportText.Venue(paper);
        Add(lines, date == null ? venue : venue == null ? date : date + " · " + venue);
        if (entry.Matches != null) Add(lines, "Matched: " + ReportText.Clean(entry.Matches));
        if (lines.Length > 0) output.Write(lines.ToString(0, lines.Length - 3) + "\n");
        var abstractText = ReportText.ShortAbstract(paper.Abstract);
        if (abstractText != null) output.Write("\n> " + Escape(abstractText) + "\n");
        var links = new StringBuilder();
        var pdf = ReportText.PdfLink(paper);
        var code = ReportText.CodeLink(paper);
        var seen = ReportText.SeenIn(paper);
        if (pdf != null) links.Append($"[PDF](<{pdf}>)");
        if (code != null) links.Append(links.Length > 0 ? " · " : "").Append($"[Code](<{code}>)");
        if (seen != null) links.Append(links.Length > 0 ? " · " : "").Append(Escape("Seen in " + seen));
        if (links.Length > 0) output.Write("\n" + links + "\n");
    }

    // A line of a block whose lines end in a hard break (two spaces); the last one's break is cut by the caller.
    private static void Add(StringBuilder lines, string? text)
    {
        if (text != null) lines.Append(Escape(text)).Append("  \n");
    }

    // ASCII punctuation that never makes markup in CommonMark, GFM or pandoc's Markdown, left as it is for legibility.
    private const string Inert = ",;?%'\"";

    /// <summary>Text with ASCII punctuation escaped (CommonMark and pandoc read \x as a literal x).</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (c < 128 && (char.IsPunctuation(c) || char.IsSymbol(c)) && Inert.IndexOf(c) < 0) sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }
}

using System.Buffers;

namespace PaperTools.Report;

/// <summary>
/// The report as one self-contained HTML page for a browser or an e-mail client: no script, nothing fetched, styles
/// inline on each element (clients drop style sheets), one column that fits a 375 px phone and a desktop, long words
/// and titles wrapped. Every text from a digest is escaped and every link is one of the paper's own http(s) addresses.
/// </summary>
public static class HtmlReportRenderer
{
    private const string Page = "margin:0;padding:0;background:#f3f3f0;";
    private const string Column = "max-width:760px;margin:0 auto;padding:16px;background:#ffffff;color:#222222;"
        + "font-family:Georgia,'Times New Roman',serif;font-size:16px;line-height:1.45;"
        + "overflow-wrap:anywhere;word-wrap:break-word;word-break:break-word;";
    private const string Heading = "font-size:24px;line-height:1.2;margin:0 0 6px;";
    private const string Summary = "font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#555555;"
        + "margin:0 0 18px;";
    private const string SectionHeading = "font-size:20px;line-height:1.25;margin:26px 0 8px;padding-bottom:4px;"
        + "border-bottom:2px solid #1a4f8b;";
    private const string Entry = "padding:12px 0;border-bottom:1px solid #dddddd;";
    private const string PaperTitle = "font-size:17px;line-height:1.3;margin:0 0 4px;";
    private const string Link = "color:#1a4f8b;text-decoration:underline;";
    private const string Meta = "font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#555555;margin:2px 0;";
    private const string Matched = "font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#2d6a2d;margin:2px 0;";
    private const string Abstract = "font-size:15px;margin:6px 0;";
    private const string Held = "font-family:Arial,Helvetica,sans-serif;font-size:12px;color:#ffffff;"
        + "background:#777777;padding:1px 5px;border-radius:3px;white-space:nowrap;";

    public static void Write(PaperReport report, TextWriter output)
    {
        output.Write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        output.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        Text(output, report.Title);
        output.Write($"</title>\n</head>\n<body style=\"{Page}\">\n<div style=\"{Column}\">\n<h1 style=\"{Heading}\">");
        Text(output, report.Title);
        output.Write($"</h1>\n<p style=\"{Summary}\">");
        Text(output, report.Summary);
        output.Write("</p>\n");
        foreach (var section in report.Sections) WriteSection(section, output);
        output.Write("</div>\n</body>\n</html>\n");
    }

    private static void WriteSection(ReportSection section, TextWriter output)
    {
        output.Write($"<h2 style=\"{SectionHeading}\">");
        Text(output, $"{section.Name} ({section.Entries.Count:N0})");
        output.Write("</h2>\n");
        if (section.Entries.Count == 0) output.Write($"<p style=\"{Meta}\">No papers matched today.</p>\n");
        foreach (var entry in section.Entries) WriteEntry(entry, output);
    }

    private static void WriteEntry(ReportEntry entry, TextWriter output)
    {
        var paper = entry.Paper;
        output.Write($"<div style=\"{Entry}\">\n<h3 style=\"{PaperTitle}\" dir=\"auto\">");
        var page = ReportText.AbstractLink(paper);
        if (page != null) output.Write($"<a href=\"{Attribute(page)}\" style=\"{Link}\">");
        Text(output, ReportText.Title(paper));
        if (page != null) output.Write("</a>");
        if (entry.Held) output.Write($" <span style=\"{Held}\">in the library</span>");
        output.Write("</h3>\n");
        Line(output, Meta, ReportText.Authors(paper));
        Line(output, Meta, Join(ReportText.Date(paper), ReportText.Venue(paper)));
        Line(output, Matched, entry.Matches == null ? null : "Matched: " + ReportText.Clean(entry.Matches));
        var abstractText = ReportText.ShortAbstract(paper.Abstract);
        if (abstractText != null)
        {
            output.Write($"<p style=\"{Abstract}\" dir=\"auto\">");
            Text(output, abstractText);
            output.Write("</p>\n");
        }
        WriteLinks(paper, output);
        output.Write("</div>\n");
    }

    private static void WriteLinks(Paper paper, TextWriter output)
    {
        var pdf = ReportText.PdfLink(paper);
        var code = ReportText.CodeLink(paper);
        var seen = ReportText.SeenIn(paper);
        if (pdf == null && code == null && seen == null) return;
        output.Write($"<p style=\"{Meta}\">");
        var first = true;
        if (pdf != null) Anchor(output, pdf, "PDF", ref first);
        if (code != null) Anchor(output, code, "Code", ref first);
        if (seen != null)
        {
            if (!first) output.Write(" · ");
            Text(output, "Seen in " + seen);
        }
        output.Write("</p>\n");
    }

    private static void Anchor(TextWriter output, string href, string label, ref bool first)
    {
        if (!first) output.Write(" · ");
        first = false;
        output.Write($"<a href=\"{Attribute(href)}\" style=\"{Link}\">{label}</a>");
    }

    private static void Line(TextWriter output, string style, string? text)
    {
        if (text == null) return;
        output.Write($"<p style=\"{style}\">");
        Text(output, text);
        output.Write("</p>\n");
    }

    private static string? Join(string? a, string? b) => a == null ? b : b == null ? a : a + " · " + b;

    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'");

    /// <summary>Writes text as character data: the five characters HTML reads specially become references.</summary>
    private static void Text(TextWriter output, string text)
    {
        var rest = text.AsSpan();
        for (var at = rest.IndexOfAny(Special); at >= 0; at = rest.IndexOfAny(Special))
        {
            output.Write(rest.Slice(0, at));
            output.Write(rest[at] switch
            {
                '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", _ => "&#39;",
            });
            rest = rest.Slice(at + 1);
        }
        output.Write(rest);
    }

    /// <summary>
    /// An address for a double-quoted attribute (already percent-encoded by WebAddress: no quote, space or angle).
    /// </summary>
    private static string Attribute(string address) => address.Replace("&", "&amp;").Replace("'", "&#39;");
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace PaperTools.Report;

/// <summary>
/// The report as e-mail ready for a mail transfer agent (sendmail -t, msmtp -t): MIME multipart/alternative with the
/// plain-text part first and the HTML page second, both UTF-8 in base64 (no line of the body can be read as a header
/// or a boundary, whatever a digest held). Headers carry only the librarian's own addresses and an RFC 2047 subject.
/// </summary>
public static class MimeReportRenderer
{
    public const string DefaultFrom = "papertools@localhost";

    private const string NewLine = "\r\n";

    // An addr-spec without display name, comments or quoting: what a header can carry without escaping.
    private static readonly Regex Address = new(
        @"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9][A-Za-z0-9.-]{0,252}$",
        Patterns.Safe);

    /// <summary>True for a plain address such as name@example.org, the only form profiles and -From take.</summary>
    public static bool IsPlainAddress(string? value) => value != null && Address.IsMatch(value);

    /// <summary>
    /// One message per recipient, holding the sections of the profiles that name them, in the order they are first
    /// named; the sections that name no one go in one more message without a To header. A report whose profiles name
    /// no one is one message.
    /// </summary>
    public static List<ReportMessage> Messages(PaperReport report, string from = DefaultFrom,
        DateTimeOffset? date = null)
    {
        var when = date ?? DateTimeOffset.Now;
        var recipients = Recipients(report);
        var messages = new List<ReportMessage>();
        foreach (var recipient in recipients)
        {
            var sections = report.Sections
                .Where(s => s.Recipients.Contains(recipient, StringComparer.OrdinalIgnoreCase)).ToList();
            messages.Add(Message(Part(report, sections), new[] { recipient }, from, when));
        }
        var unnamed = report.Sections.Where(s => s.Recipients.Count == 0).ToList();
        if (unnamed.Count > 0 || messages.Count == 0)
            messages.Add(Message(Part(report, unnamed), Array.Empty<string>(), from, when));
        return messages;
    }

    /// <summary>The whole report as one message, to every recipient any profile names.</summary>
    public static void Write(PaperReport report, TextWriter output, string from = DefaultFrom,
        DateTimeOffset? date = null)
        => output.Write(Message(report, Recipients(report), from, date ?? DateTimeOffset.Now).Text);

    private static List<string> Recipients(PaperReport report)
        => report.Sections.SelectMany(s => s.Recipients).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static PaperReport Part(PaperReport report, List<ReportSection> sections)
        => new(report.Title, report.Date, report.PapersRead, sections);

    private static ReportMessage Message(PaperReport report, IReadOnlyList<string> to, string from, DateTimeOffset date)
    {
        if (!IsPlainAddress(from))
            throw new ArgumentException($"'{from}' is not a plain e-mail address (name@host).", nameof(from));
        var boundary = "=_PaperTools_" + Guid.NewGuid().ToString("N");
        var text = new StringWriter(CultureInfo.InvariantCulture);
        TextReportRenderer.Write(report, text);
        var html = new StringWriter(CultureInfo.InvariantCulture);
        HtmlReportRenderer.Write(report, html);

        var mail = new StringBuilder();
        Header(mail, "From", from);
        if (to.Count > 0) Header(mail, "To", string.Join(", ", to));
        Header(mail, "Subject", EncodedWords(Subject(report)));
        Header(mail, "Date",
            date.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture) + Offset(date.Offset));
        Header(mail, "Message-ID", $"<{Guid.NewGuid():N}.papertools@{from.Substring(from.IndexOf('@') + 1)}>");
        Header(mail, "MIME-Version", "1.0");
        Header(mail, "Content-Type", $"multipart/alternative; boundary=\"{boundary}\"");
        mail.Append(NewLine).Append("This is a message in MIME format.").Append(NewLine);
        BodyPart(mail, boundary, "text/plain", text.ToString());
        BodyPart(mail, boundary, "text/html", html.ToString());
        mail.Append("--").Append(boundary).Append("--").Append(NewLine);
        return new ReportMessage(to, report, mail.ToString());
    }

    private static string Subject(PaperReport report)
    {
        var names = report.Sections.Where(s => s.Name != ReportBuilder.AllPapersSection).Select(s => s.Name).ToList();
        return names.Count == 0 ? report.Title : $"{report.Title}: {string.Join(", ", names)}";
    }

    private static void Header(StringBuilder mail, string name, string value)
        => mail.Append(name).Append(": ").Append(value).Append(NewLine);

    private static void BodyPart(StringBuilder mail, string boundary, string type, string content)
    {
        mail.Append("--").Append(boundary).Append(NewLine);
        Header(mail, "Content-Type", type + "; charset=utf-8");
        Header(mail, "Content-Transfer-Encoding", "base64");
        mail.Append(NewLine);
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(content));
        for (var at = 0; at < encoded.Length; at += 76)
            mail.Append(encoded, at, Math.Min(76, encoded.Length - at)).Append(NewLine);
    }

    /// <summary>
    /// A header value as RFC 2047 encoded words of at most 45 UTF-8 bytes each (75 characters encoded), folded, so that
    /// any text (a profile's name in any script, a line break) stays inside its header.
    /// </summary>
    private static string EncodedWords(string value)
    {
        var words = new List<string>();
        var chunk = new List<byte>();
        foreach (var rune in (ReportText.Clean(value) ?? string.Empty).EnumerateRunes())
        {
            var bytes = new byte[rune.Utf8SequenceLength];
            rune.EncodeToUtf8(bytes);
            if (chunk.Count + bytes.Length > 45)
            {
                words.Add(Word(chunk));
                chunk.Clear();
            }
            chunk.AddRange(bytes);
        }
        if (chunk.Count > 0 || words.Count == 0) words.Add(Word(chunk));
        return string.Join(NewLine + " ", words);
    }

    private static string Word(List<byte> bytes) => "=?utf-8?B?" + Convert.ToBase64String(bytes.ToArray()) + "?=";

    private static string Offset(TimeSpan offset)
        => (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hhmm", CultureInfo.InvariantCulture);
}

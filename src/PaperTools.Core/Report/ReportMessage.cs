namespace PaperTools.Report;

/// <summary>One e-mail of a report: who it is for (empty: no one named) and the sections that go to them.</summary>
public sealed class ReportMessage
{
    public ReportMessage(IReadOnlyList<string> to, PaperReport report, string text)
    {
        To = to;
        Report = report;
        Text = text;
    }

    public IReadOnlyList<string> To { get; }
    public PaperReport Report { get; }

    /// <summary>
    /// The whole message (RFC 5322 headers, MIME body), lines ending in CRLF, for sendmail -t or msmtp -t.
    /// </summary>
    public string Text { get; }

    public override string ToString() => Text;
}

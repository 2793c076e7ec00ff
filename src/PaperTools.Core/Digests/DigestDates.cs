using System.Globalization;
using System.Text.RegularExpressions;

namespace PaperTools.Digests;

/// <summary>
/// The date spellings digests use: ISO 8601 (JSON, Atom: 2024-03-04T00:00:00-05:00) and RFC 822
/// (RSS, e-mail: Mon, 4 Mar 2024 00:00:00 -0500; arXiv's "Fri  1 Mar 24"). The calendar day is kept as
/// the source wrote it, without shifting it into another time zone.
/// </summary>
public static class DigestDates
{
    private static readonly Regex Iso = new Regex(@"^\s*(?<y>[0-9]{4})-(?<m>[0-9]{2})-(?<d>[0-9]{2})(?:[T ]|\s*$)",
        Patterns.Safe);

    private static readonly Regex Rfc822 = new Regex(
        @"(?:^|[\s,])(?<d>[0-9]{1,2})\s+(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|" +
            @"Dec)[a-z]*\.?\s+(?<y>[0-9]{4}|[0-9]{2})\b",
        RegexOptions.IgnoreCase | Patterns.Safe);

    /// <summary>The day an ISO 8601 or RFC 822 date names; null when the text holds no valid date.</summary>
    public static DateTime? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var iso = Iso.Match(text);
        if (iso.Success) return Day(Int(iso.Groups["y"].Value), Int(iso.Groups["m"].Value), Int(iso.Groups["d"].Value));
        var rfc = Rfc822.Match(text);
        if (!rfc.Success) return null;
        var year = Int(rfc.Groups["y"].Value);
        if (rfc.Groups["y"].Value.Length == 2) year += year < 70 ? 2000 : 1900;
        var month = DateTime.ParseExact(rfc.Groups["mon"].Value.Substring(0, 3), "MMM",
            CultureInfo.InvariantCulture).Month;
        return Day(year, month, Int(rfc.Groups["d"].Value));
    }

    private static DateTime? Day(int year, int month, int day)
    {
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
    }

    private static int Int(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);
}

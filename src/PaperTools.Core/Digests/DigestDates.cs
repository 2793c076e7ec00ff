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
    private static readonly Regex Rfc822 = new Regex(
        @"(?:^|[\s,])(?<d>[0-9]{1,2})\s+(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|" +
            @"Dec)[a-z]*\.?\s+(?<y>[0-9]{4}|[0-9]{2})\b",
        RegexOptions.IgnoreCase | Patterns.Safe);

    /// <summary>The day an ISO 8601 or RFC 822 date names; null when the text holds no valid date.</summary>
    public static DateTime? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (TryIso(text, out var isoDay)) return isoDay;
        var rfc = Rfc822.Match(text);
        if (!rfc.Success) return null;
        var year = Int(rfc.Groups["y"].Value);
        if (rfc.Groups["y"].Value.Length == 2) year += year < 70 ? 2000 : 1900;
        var month = DateTime.ParseExact(rfc.Groups["mon"].Value.Substring(0, 3), "MMM",
            CultureInfo.InvariantCulture).Month;
        return Day(year, month, Int(rfc.Groups["d"].Value));
    }

    /// <summary>
    /// True when the text opens, after blank space, with an ISO 8601 day (yyyy-mm-dd) followed by a T, a space or
    /// blank space to the end; <paramref name="day"/> is then that day, or null when the calendar has no such day.
    /// Written out by hand: it reads every JSON and Atom date, and a capturing regex cost a fifth of a JSON import.
    /// </summary>
    private static bool TryIso(string text, out DateTime? day)
    {
        day = null;
        var opening = text.AsSpan().TrimStart();
        if (opening.Length < 10 || opening[4] != '-' || opening[7] != '-') return false;
        var after = opening.Slice(10);
        if (after.Length > 0 && after[0] != 'T' && after[0] != ' ' && !after.IsWhiteSpace()) return false;
        if (!TryDigits(opening.Slice(0, 4), out var year) || !TryDigits(opening.Slice(5, 2), out var month)
            || !TryDigits(opening.Slice(8, 2), out var dayOfMonth)) return false;
        day = Day(year, month, dayOfMonth);
        return true;
    }

    /// <summary>The number ASCII digits spell; false when any character is not one ([0-9], as the regexes
    /// read).</summary>
    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (c < '0' || c > '9') return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }

    private static DateTime? Day(int year, int month, int day)
    {
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return new DateTime(year, month, day, 0, 0, 0, DateTimeKind.Unspecified);
    }

    private static int Int(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace PaperTools.Digests.JournalToc;

/// <summary>
/// A date as precise as the feed states it: PRISM's coverDate is often a month ("2025-03") or a year, and a month
/// must not gain a first day it never had. Atypon writes "2018-12-17-08:00" (a zone without the time); RSS pubDate
/// is RFC 822, read by <see cref="DigestDates"/>.
/// </summary>
internal readonly record struct CoverDate(int Year, int? Month, int? Day)
{
    private static readonly Regex Iso = new(
        @"^\s*(?<y>[0-9]{4})(?:-(?<m>[0-9]{2})(?:-(?<d>[0-9]{2}))?)?(?:[^0-9]|$)",
        Patterns.Safe);

    // ScienceDirect's "Publication date: December 2024".
    private static readonly Regex MonthYear = new(
        @"^\s*(?<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+(?<y>[0-9]{4})\s*$",
        RegexOptions.IgnoreCase | Patterns.Safe);

    /// <summary>The date the text states; null when it states none that exists.</summary>
    public static CoverDate? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var iso = Iso.Match(text);
        if (!iso.Success)
        {
            var day = DigestDates.Parse(text);
            if (day != null) return new CoverDate(day.Value.Year, day.Value.Month, day.Value.Day);
            var named = MonthYear.Match(text);
            if (!named.Success) return null;
            var name = named.Groups["mon"].Value.Substring(0, 3);
            var number = DateTime.ParseExact(name, "MMM", CultureInfo.InvariantCulture).Month;
            return new CoverDate(Int(named.Groups["y"].Value), number, null);
        }
        var year = Int(iso.Groups["y"].Value);
        int? month = iso.Groups["m"].Success ? Int(iso.Groups["m"].Value) : null;
        int? dayOfMonth = iso.Groups["d"].Success ? Int(iso.Groups["d"].Value) : null;
        if (year < 1000 || month is < 1 or > 12) return null;
        if (dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month ?? 1)) return null;
        return new CoverDate(year, month, dayOfMonth);
    }

    /// <summary>The day, only when the feed named one.</summary>
    public DateTime? Date => Month != null && Day != null ? new DateTime(Year, Month.Value, Day.Value) : null;

    private static int Int(string digits) => int.Parse(digits, CultureInfo.InvariantCulture);
}

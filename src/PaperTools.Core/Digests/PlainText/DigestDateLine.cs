using System.Globalization;
using System.Text.RegularExpressions;

namespace PaperTools.Digests.PlainText;

/// <summary>The date line of a Daily Papers page: "Aug 20", "Sep 4", "September 4, 2025".</summary>
internal static class DigestDateLine
{
    private static readonly Regex Pattern = new Regex(
        @"^(?<month>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|" +
        @"Dec)[a-z]*\.?\s+(?<day>[0-9]{1,2})(?:,?\s+(?<year>[0-9]{4}))?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking | RegexOptions.Compiled);

    /// <summary>
    /// Reads a date line. A line without a year takes <paramref name="year"/> when given; otherwise the year of
    /// the file's date, or the year before when that would put the digest after the file was saved
    /// (<paramref name="yearGuessed"/> says so: a copied file's date can be a year off).
    /// </summary>
    public static bool TryParse(string line, int? year, DateTime? fileDate, out DateTime date, out bool yearGuessed)
    {
        date = default;
        yearGuessed = false;
        // Every date line ends in a digit (the day or the year); that test keeps titles and abstracts away from the
        // regex.
        var last = line.Length - 1;
        while (last >= 0 && char.IsWhiteSpace(line[last])) last--;
        if (last < 0 || !char.IsAsciiDigit(line[last])) return false;
        var m = Pattern.Match(line.Trim());
        if (!m.Success) return false;
        var month = DateTime.ParseExact(m.Groups["month"].Value.Substring(0, 3), "MMM",
            CultureInfo.InvariantCulture).Month;
        var day = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
        int resolvedYear;
        if (m.Groups["year"].Success) resolvedYear = int.Parse(m.Groups["year"].Value, CultureInfo.InvariantCulture);
        else if (year.HasValue) resolvedYear = year.Value;
        else if (fileDate.HasValue)
        {
            resolvedYear = fileDate.Value.Year;
            yearGuessed = true;
            if (day <= DateTime.DaysInMonth(resolvedYear, month) && new DateTime(resolvedYear, month,
                day) > fileDate.Value.Date.AddDays(1)) resolvedYear--;
        }
        else return false;
        if (day < 1 || day > DateTime.DaysInMonth(resolvedYear, month)) return false;
        date = new DateTime(resolvedYear, month, day, 0, 0, 0, DateTimeKind.Unspecified);
        return true;
    }
}

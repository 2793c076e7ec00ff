using System.Globalization;

namespace PaperTools;

/// <summary>
/// A date as precise as its source stated it: a year, a year and month, or a full day; "circa" when the source says
/// the date is approximate. Written as ISO 8601 ("1980", "1980-10", "1980-10-05"), never completed with a guessed day.
/// </summary>
public readonly record struct PartialDate(int Year, int? Month = null, int? Day = null, bool Circa = false)
{
    /// <summary>
    /// Years no bibliographic record states: the bound every date path of every reader applies alike.
    /// </summary>
    public const int MinYear = 1000, MaxYear = 2200;

    public bool IsPlausible => Year >= MinYear && Year <= MaxYear
        && (Month == null || Month >= 1 && Month <= 12)
        && (Day == null || Month != null && Day >= 1 && Day <= System.DateTime.DaysInMonth(Year, Month.Value));

    /// <summary>The day, when the date names one.</summary>
    public System.DateTime? FullDate
        => Day != null && IsPlausible ? new System.DateTime(Year, Month!.Value, Day.Value) : null;

    /// <summary>The date of <paramref name="year"/> and, when given, the day of <paramref name="day"/>.</summary>
    public static PartialDate? Of(int? year, System.DateTime? day)
        => year == null ? null
            : day != null && day.Value.Year == year ? new PartialDate(year.Value, day.Value.Month, day.Value.Day)
            : new PartialDate(year.Value);

    public override string ToString()
        => Year.ToString("0000", CultureInfo.InvariantCulture)
           + (Month == null ? string.Empty : "-" + Month.Value.ToString("00", CultureInfo.InvariantCulture))
           + (Day == null ? string.Empty : "-" + Day.Value.ToString("00", CultureInfo.InvariantCulture));
}

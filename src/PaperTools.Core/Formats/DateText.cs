using System.Globalization;
using System.Text.RegularExpressions;

namespace PaperTools.Formats;

/// <summary>
/// The item model's text of a date beside the issued one (accessed, original-date, event-date): ISO 8601 as biblatex
/// and EDTF spell it, "2020", "2020-01" or "2020-01-02", "~" after an approximate date, "/" between a range's two
/// ends. Each format's mapping reads such a date into this text and writes it from it; a value that is no such date
/// (an every-type RIS file's "Date of Access", a CSL literal) stays the text it was.
/// </summary>
public static class DateText
{
    private static readonly Regex Iso = new Regex(
        @"^(?<y>[0-9]{4})(?:-(?<m>[0-9]{2})(?:-(?<d>[0-9]{2}))?)?(?<c>~)?$", Patterns.Safe);

    // RIS's "YYYY/MM/DD/other info": month and day may be one digit or left empty ("1990/2/27", "2014//").
    private static readonly Regex Ris = new Regex(
        @"^\s*(?<y>[0-9]{4})(?:/(?<m>[0-9]{1,2})?(?:/(?<d>[0-9]{1,2})?(?:/.*)?)?)?\s*$", Patterns.Safe);

    /// <summary>One date of the text's form, as plausible as a record states one; null for other text.</summary>
    public static PartialDate? Parse(string? text)
    {
        var m = text == null ? Match.Empty : Iso.Match(text.Trim());
        return m.Success ? Date(m, m.Groups["c"].Success) : null;
    }

    /// <summary>
    /// A date or a range of two ("2001-03/2003-05", the end at least the start); false for other text.
    /// </summary>
    public static bool TryParse(string? text, out PartialDate start, out PartialDate? end)
    {
        (start, end) = (default, null);
        var parts = (text ?? string.Empty).Split('/');
        if (parts.Length > 2 || Parse(parts[0]) is not PartialDate first) return false;
        start = first;
        if (parts.Length == 1) return true;
        end = Parse(parts[1]);
        return end != null && Sortable(end.Value) >= Sortable(first);
    }

    public static string Format(PartialDate date) => date + (date.Circa ? "~" : string.Empty);

    public static string Format(PartialDate start, PartialDate? end)
        => end == null ? Format(start) : Format(start) + "/" + Format(end.Value);

    /// <summary>RIS's "2020/01/02" (or "2020/1/2/", "2020/01") as the item's "2020-01-02"; other text as it is.</summary>
    public static string FromRis(string value)
    {
        var m = Ris.Match(value);
        return m.Success && Date(m, circa: false) is PartialDate date ? Format(date) : value;
    }

    /// <summary>The item's "2020-01-02" as RIS's "2020/01/02"; other text (a range, words) as it is.</summary>
    public static string ToRis(string text)
        => Parse(text) is PartialDate { Circa: false } date ? date.ToString().Replace('-', '/') : text;

    private static PartialDate? Date(Match m, bool circa)
    {
        int? Part(string name) => m.Groups[name].Success
            ? int.Parse(m.Groups[name].Value, NumberStyles.None, CultureInfo.InvariantCulture) : null;
        var month = Part("m");
        var date = new PartialDate(Part("y")!.Value, month, month == null ? null : Part("d"), circa);
        return date.IsPlausible ? date : null;
    }

    private static int Sortable(PartialDate date) => date.Year * 10000 + (date.Month ?? 0) * 100 + (date.Day ?? 0);
}

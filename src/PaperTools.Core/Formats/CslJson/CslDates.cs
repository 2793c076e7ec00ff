using System.Text.Json;
using PaperTools.Digests.Json;

namespace PaperTools.Formats.CslJson;

/// <summary>
/// CSL-JSON's date objects ({"date-parts": [[2001, 3], [2003, 5]], "circa": true}, {"raw": "..."},
/// {"literal": "..."}) to and from the item model's dates: the issued date's parts, and the other date variables as
/// <see cref="DateText"/> spells them.
/// </summary>
public static class CslDates
{
    /// <summary>The CSL date variables beside issued, kept in the item as DateText.</summary>
    public static readonly string[] Variables = { "accessed", "original-date", "event-date", "submitted", "available-date" };

    /// <summary>
    /// A date object as DateText ("2001-03/2003-05", "1850~"), a raw or literal value as its text; null for an object
    /// that states no date.
    /// </summary>
    public static string? Text(JsonElement date)
    {
        if (date.ValueKind == JsonValueKind.String) return Whitespace.Collapse(date.GetString());
        if (date.ValueKind != JsonValueKind.Object) return null;
        var parts = JsonValues.Array(date, "date-parts").ToList();
        var circa = Circa(date);
        if (parts.Count > 0 && Parts(parts[0], circa) is PartialDate start)
            return DateText.Format(start, parts.Count > 1 ? Parts(parts[1], circa) : null);
        return JsonValues.String(date, "raw") ?? JsonValues.String(date, "literal");
    }

    /// <summary>One date-parts array ([2001, 3]) as a plausible date; null otherwise.</summary>
    public static PartialDate? Parts(JsonElement parts, bool circa)
    {
        if (parts.ValueKind != JsonValueKind.Array) return null;
        var numbers = parts.EnumerateArray().Select(JsonValues.Integer).ToList();
        if (numbers.Count == 0 || numbers[0] is not long year || year < PartialDate.MinYear
            || year > PartialDate.MaxYear)
            return null;
        return Stated((int)year, numbers.Count > 1 ? numbers[1] : null, numbers.Count > 2 ? numbers[2] : null, circa);
    }

    /// <summary>
    /// The date a year, month and day state, as precise as they are plausible: a month outside 1 to 12 is left out
    /// with the day, an impossible day (February 30) leaves the year alone.
    /// </summary>
    public static PartialDate Stated(int year, long? month, long? day, bool circa)
    {
        var date = new PartialDate(year,
            month is >= 1 and <= 12 ? (int)month : null,
            month is >= 1 and <= 12 && day is >= 1 and <= 31 ? (int)day : null,
            circa);
        return date.IsPlausible ? date : new PartialDate(year, Circa: circa);
    }

    /// <summary>Whether the object says its date is approximate (true, 1 or a string, as citeproc-js reads it).</summary>
    public static bool Circa(JsonElement date)
        => JsonValues.TryGet(date, "circa", out var c)
           && (c.ValueKind == JsonValueKind.True || c.ValueKind == JsonValueKind.Number
               || c.ValueKind == JsonValueKind.String);

    /// <summary>The date as date-parts, a range's end as the second, and circa; nothing without a start.</summary>
    public static void Write(Utf8JsonWriter json, string variable, PartialDate? start, PartialDate? end)
    {
        if (start is not PartialDate date) return;
        json.WriteStartObject(variable);
        json.WriteStartArray("date-parts");
        foreach (var part in end == null ? new[] { date } : new[] { date, end.Value })
        {
            json.WriteStartArray();
            json.WriteNumberValue(part.Year);
            if (part.Month != null) json.WriteNumberValue(part.Month.Value);
            if (part.Day != null) json.WriteNumberValue(part.Day.Value);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        if (date.Circa) json.WriteBoolean("circa", true);
        json.WriteEndObject();
    }

    /// <summary>An item's DateText as a date object; text that is no date as its literal.</summary>
    public static void Write(Utf8JsonWriter json, string variable, string text)
    {
        if (DateText.TryParse(text, out var start, out var end))
        {
            Write(json, variable, start, end);
            return;
        }
        json.WriteStartObject(variable);
        json.WriteString("literal", text);
        json.WriteEndObject();
    }
}

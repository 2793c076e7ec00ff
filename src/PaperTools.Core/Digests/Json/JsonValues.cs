using System.Globalization;
using System.Text.Json;

namespace PaperTools.Digests.Json;

/// <summary>
/// Reading fields out of service JSON that does not always keep to its own types: a string where a number is
/// documented, a number where a string is, null everywhere. A value of the wrong type is treated as absent.
/// </summary>
internal static class JsonValues
{
    public static bool TryGet(JsonElement obj, string name, out JsonElement value)
    {
        value = default;
        if (obj.ValueKind != JsonValueKind.Object) return false;
        // A property name escaping half a surrogate pair ("\ud800") makes the lookup throw: the field is absent.
        try { return obj.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null; }
        catch (InvalidOperationException) { return false; }
    }

    public static JsonElement? Object(JsonElement obj, string name)
        => TryGet(obj, name, out var value) && value.ValueKind == JsonValueKind.Object ? value : (JsonElement?)null;

    /// <summary>A string field on one line; a value of any other type is absent.</summary>
    public static string? String(JsonElement obj, string name)
        => TryGet(obj, name, out var value) && value.ValueKind == JsonValueKind.String
            ? Whitespace.Collapse(JsonStrings.Read(value)) : null;

    public static string? String(JsonElement? obj, string name) => obj == null ? null : String(obj.Value, name);

    /// <summary>An identifier-like field on one line: a string, or a number as written; anything else is
    /// absent.</summary>
    public static string? Text(JsonElement obj, string name)
    {
        if (!TryGet(obj, name, out var value)) return null;
        if (value.ValueKind == JsonValueKind.String) return Whitespace.Collapse(JsonStrings.Read(value));
        if (value.ValueKind == JsonValueKind.Number) return value.GetRawText();
        return null;
    }

    public static string? Text(JsonElement? obj, string name) => obj == null ? null : Text(obj.Value, name);

    /// <summary>An integer field, from a number or a string of digits; absent when out of range.</summary>
    public static long? Integer(JsonElement obj, string name)
    {
        if (!TryGet(obj, name, out var value)) return null;
        return Integer(value);
    }

    public static long? Integer(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n)) return n;
        if (value.ValueKind == JsonValueKind.String && long.TryParse(JsonStrings.Read(value), NumberStyles.Integer,
            CultureInfo.InvariantCulture, out n)) return n;
        return null;
    }

    /// <summary>The items of an array field; none when absent or not an array.</summary>
    public static IEnumerable<JsonElement> Array(JsonElement obj, string name)
    {
        if (!TryGet(obj, name, out var value) || value.ValueKind != JsonValueKind.Array) yield break;
        foreach (var item in value.EnumerateArray()) yield return item;
    }

    /// <summary>The strings of an array field, on one line each; other items left out.</summary>
    public static string[] Strings(JsonElement obj, string name)
    {
        var values = new List<string>();
        foreach (var item in Array(obj, name))
        {
            var text = item.ValueKind == JsonValueKind.String ? Whitespace.Collapse(JsonStrings.Read(item)) : null;
            if (text != null) values.Add(text);
        }
        return values.ToArray();
    }

    /// <summary>A publication year a source states, kept only when it can be one (1000 to 2200).</summary>
    public static int? PlausibleYear(long? year) => year >= 1000 && year <= 2200 ? (int)year.Value : (int?)null;

    /// <summary>The year field <paramref name="name"/>; one that cannot be a year is reported and left out.</summary>
    public static int? Year(JsonElement obj, string name, int line, DigestSource source, DigestReadContext context)
    {
        var stated = Integer(obj, name);
        var year = PlausibleYear(stated);
        if (stated != null && year == null)
            context.Report(Diagnostics.ErrorIds.DigestEntryInvalid, Diagnostics.ProblemCategory.InvalidData,
                $"The record's {name} {stated} is not a year; the record is read without one.", source.Path, line);
        return year;
    }

    /// <summary>The DOI in a DOI field that may be written as a link ("https://doi.org/10.1/x").</summary>
    public static string? Doi(string? text)
    {
        if (text == null) return null;
        foreach (var prefix in new[] { "https://doi.org/", "http://doi.org/", "https://dx.doi.org/",
            "http://dx.doi.org/", "doi:" })
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return Whitespace.Collapse(
                text.Substring(prefix.Length));
        return text.StartsWith("10.", StringComparison.Ordinal) ? text : null;
    }
}

using System.Text.Json;
using System.Text.RegularExpressions;
using PaperTools.Diagnostics;
using PaperTools.Search;

namespace PaperTools.Report;

/// <summary>
/// Reads the interest profiles a librarian keeps in a JSON file (comments and trailing commas allowed):
/// <c>{ "profiles": [ { "name": "Vision", "queries": ["diffusion OR segmentation"], "categories": ["cs.CV"],
/// "recipients": ["vision@example.org"] } ] }</c> (a bare list of profiles works too). A profile that cannot be
/// used (no name, a malformed query, a bad address) is one <see cref="ErrorIds.ReportProfileInvalid"/> naming the
/// profile and the column; the other profiles still run. A file that is not such JSON at all is
/// <see cref="ErrorIds.ReportProfileFileInvalid"/>, thrown.
/// </summary>
public static class ProfileFile
{
    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        MaxDepth = 16,
    };

    /// <summary>The usable profiles of the file at <paramref name="path"/>; each unusable one is reported.</summary>
    public static List<InterestProfile> Read(string path, Action<Problem> report)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception ex) when (ex is IOException || ex is UnauthorizedAccessException)
        {
            throw new PaperToolsException(ErrorIds.ReportProfileFileInvalid, ProblemCategory.ReadError,
                $"Cannot read the profiles file '{path}': {ex.Message}", ex);
        }
        return Parse(text, path, report);
    }

    /// <summary>
    /// The usable profiles in <paramref name="json"/>; <paramref name="source"/> names it in messages.
    /// </summary>
    public static List<InterestProfile> Parse(string json, string source, Action<Problem> report)
    {
        JsonDocument document;
        try { document = JsonDocument.Parse(json, Options); }
        catch (JsonException ex)
        {
            throw new PaperToolsException(ErrorIds.ReportProfileFileInvalid, ProblemCategory.InvalidData,
                $"The profiles file '{source}' is not JSON: {ex.Message}", ex);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("profiles", out var list)) root = list;
            if (root.ValueKind != JsonValueKind.Array)
                throw new PaperToolsException(ErrorIds.ReportProfileFileInvalid, ProblemCategory.InvalidData,
                    $"The profiles file '{source}' holds neither a list of profiles nor an object with a "
                    + "\"profiles\" list.");
            var profiles = new List<InterestProfile>();
            var number = 0;
            foreach (var element in root.EnumerateArray())
            {
                number++;
                var profile = ReadProfile(element, number, source, out var why);
                if (profile != null) profiles.Add(profile);
                else report(new Problem(ErrorIds.ReportProfileInvalid, ProblemCategory.InvalidData, why!, source));
            }
            return profiles;
        }
    }

    private static InterestProfile? ReadProfile(JsonElement element, int number, string source, out string? why)
    {
        why = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            why = $"Profile {number} in '{source}' is not an object with a name and queries; it is left out.";
            return null;
        }
        var name = Whitespace.Collapse(Text(element, "name"));
        var label = name == null ? $"Profile {number}" : $"Profile '{name}'";
        if (name == null)
        {
            why = $"{label} in '{source}' has no \"name\"; it is left out.";
            return null;
        }
        var queryTexts = Strings(element, "queries", "query");
        var categories = Strings(element, "categories", "category");
        var recipients = Strings(element, "recipients", "recipient");
        if (queryTexts == null || categories == null || recipients == null)
        {
            why = $"{label} in '{source}': \"queries\", \"categories\" and \"recipients\" must be text or lists of "
                  + "text; it is left out.";
            return null;
        }
        if (queryTexts.Count == 0 && categories.Count == 0)
        {
            why = $"{label} in '{source}' has neither queries nor categories, so nothing could match it; "
                  + "it is left out.";
            return null;
        }
        var queries = new List<SearchQuery>();
        for (var i = 0; i < queryTexts.Count; i++)
        {
            if (!SearchQuery.TryParse(queryTexts[i], out var query, out var error))
            {
                why = $"{label} in '{source}', query {i + 1}: {error.InlineMessage} The profile is left out.";
                return null;
            }
            queries.Add(query);
        }
        foreach (var recipient in recipients)
            if (!MimeReportRenderer.IsPlainAddress(recipient))
            {
                why = $"{label} in '{source}': recipient '{Printable(recipient)}' is not a plain e-mail address "
                      + "(name@host); the profile is left out.";
                return null;
            }
        return new InterestProfile(name, queries, categories, recipients);
    }

    private static string? Text(JsonElement element, string property)
        => element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    /// <summary>
    /// A text or a list of texts under either name, blanks dropped; empty when absent, null when of another type.
    /// </summary>
    private static List<string>? Strings(JsonElement element, string plural, string singular)
    {
        var values = new List<string>();
        if (!element.TryGetProperty(plural, out var value) && !element.TryGetProperty(singular, out value))
            return values;
        if (value.ValueKind == JsonValueKind.String)
        {
            Add(values, value);
            return values;
        }
        if (value.ValueKind != JsonValueKind.Array) return null;
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String) return null;
            Add(values, item);
        }
        return values;
    }

    private static void Add(List<string> values, JsonElement text)
    {
        var trimmed = text.GetString()?.Trim();
        if (!string.IsNullOrEmpty(trimmed)) values.Add(trimmed);
    }

    private static string Printable(string text) => Regex.Replace(text, @"\p{C}", "?");
}

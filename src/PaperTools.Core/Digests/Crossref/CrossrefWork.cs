using System.Text.Json;
using PaperTools.Diagnostics;
using PaperTools.Digests.Html;
using PaperTools.Digests.Json;

namespace PaperTools.Digests.Crossref;

/// <summary>
/// One Crossref work as /works and /works/{doi} give it (api.crossref.org/swagger-ui, "Work"): title and subtitle
/// arrays, author objects (given, family, or name for an organisation), date-parts for issued, container-title,
/// an abstract in JATS markup, and relations such as has-preprint that can name the arXiv preprint.
/// </summary>
internal static class CrossrefWork
{
    private const string ArxivDoiPrefix = "10.48550/arxiv.";

    public static Paper? ToPaper(JsonElement work, int line, DigestSource source, DigestReadContext context)
        => JsonStrings.ReadItem(work, line, source, context, () => Read(work, line, source, context));

    private static Paper? Read(JsonElement work, int line, DigestSource source, DigestReadContext context)
    {
        if (work.ValueKind != JsonValueKind.Object)
        {
            context.Report(ErrorIds.DigestEntryInvalid, ProblemCategory.InvalidData,
                $"Work is a JSON {work.ValueKind}, not an object; skipped.", source.Path, line);
            return null;
        }
        var doi = Whitespace.Collapse(Text(work, "DOI"));
        var title = Title(work);
        if (title == null && doi == null)
        {
            context.Report(ErrorIds.DigestEntryInvalid, ProblemCategory.InvalidData,
                "Work has neither a title nor a DOI; skipped.", source.Path, line);
            return null;
        }
        var (year, published) = Issued(work);
        return new Paper
        {
            Title = title,
            Abstract = Abstract(Text(work, "abstract")),
            Authors = Authors(work),
            Year = year,
            Published = published,
            ArxivId = Preprint(work, doi),
            Doi = doi,
            Url = Whitespace.Collapse(Text(work, "URL")) ?? (doi == null ? null : "https://doi.org/" + doi),
            Venue = Markup(First(work, "container-title")),
            Keywords = JsonValues.Strings(work, "subject"),
            Source = source.Path,
            SourceLine = line,
            SourceFormat = DigestFormat.CrossrefJson,
        };
    }

    // Crossref keeps a subtitle apart ("title": ["UniHG"], "subtitle": ["A Large-scale ..."]); arXiv and the digests
    // join them.
    private static string? Title(JsonElement work)
    {
        var title = Markup(First(work, "title"));
        var subtitle = Markup(First(work, "subtitle"));
        if (title == null) return subtitle;
        if (subtitle == null || title.IndexOf(subtitle, StringComparison.OrdinalIgnoreCase) >= 0) return title;
        return title.TrimEnd(':', ' ') + ": " + subtitle;
    }

    private static string[]? Authors(JsonElement work)
    {
        if (!work.TryGetProperty("author", out var authors)
            || authors.ValueKind != JsonValueKind.Array) return Array.Empty<string>();
        var names = new List<string>();
        foreach (var author in authors.EnumerateArray())
        {
            if (author.ValueKind != JsonValueKind.Object) continue;
            var name = Whitespace.Collapse(string.Join(" ", Text(author, "given"), Text(author, "family")))
                ?? Whitespace.Collapse(Text(author, "name"));
            if (name != null) names.Add(name);
        }
        return names.ToArray();
    }

    /// <summary>"issued" is the earliest of print and online publication; date-parts may stop at the year or
    /// month.</summary>
    private static (int? Year, DateTime? Published) Issued(JsonElement work)
    {
        foreach (var name in new[] { "issued", "published", "published-print", "published-online" })
        {
            if (!work.TryGetProperty(name, out var date) || date.ValueKind != JsonValueKind.Object) continue;
            if (!date.TryGetProperty("date-parts", out var parts) || parts.ValueKind != JsonValueKind.Array
                || parts.GetArrayLength() == 0) continue;
            var first = parts[0];
            if (first.ValueKind != JsonValueKind.Array) continue;
            var numbers = new List<int>();
            foreach (var part in first.EnumerateArray())
            {
                if (part.ValueKind != JsonValueKind.Number || !part.TryGetInt32(out var n)) break;
                numbers.Add(n);
            }
            if (numbers.Count == 0 || numbers[0] < 1000 || numbers[0] > 2200) continue;
            DateTime? day = null;
            if (numbers.Count >= 3 && numbers[1] >= 1 && numbers[1] <= 12 && numbers[2] >= 1
                && numbers[2] <= DateTime.DaysInMonth(numbers[0], numbers[1]))
                day = new DateTime(numbers[0], numbers[1], numbers[2], 0, 0, 0, DateTimeKind.Unspecified);
            return (numbers[0], day);
        }
        return (null, null);
    }

    /// <summary>The arXiv preprint of this work: an arXiv DOI, or a has-preprint relation naming one.</summary>
    private static string? Preprint(JsonElement work, string? doi)
    {
        if (doi != null && doi.StartsWith(ArxivDoiPrefix,
            StringComparison.OrdinalIgnoreCase)) return ArxivIdentifier.Normalize(doi.Substring(ArxivDoiPrefix.Length));
        if (!work.TryGetProperty("relation", out var relation)
            || relation.ValueKind != JsonValueKind.Object) return null;
        if (!relation.TryGetProperty("has-preprint", out var preprints)
            || preprints.ValueKind != JsonValueKind.Array) return null;
        foreach (var preprint in preprints.EnumerateArray())
        {
            var id = Text(preprint, "id");
            var type = Text(preprint, "id-type");
            if (id == null) continue;
            if (string.Equals(type, "arxiv", StringComparison.OrdinalIgnoreCase) && ArxivIdentifier.TryParse(id,
                out var arxivId, out _)) return arxivId;
            var lower = id.ToLowerInvariant();
            var at = lower.IndexOf(ArxivDoiPrefix, StringComparison.Ordinal);
            if (at >= 0 && ArxivIdentifier.TryParse(id.Substring(at + ArxivDoiPrefix.Length),
                out arxivId, out _)) return arxivId;
        }
        return null;
    }

    // JATS: <jats:title>Abstract</jats:title><jats:p>…</jats:p>. The heading is not part of the abstract.
    private static string? Abstract(string? jats)
    {
        var text = Markup(jats);
        if (text != null && text.StartsWith("Abstract ",
            StringComparison.OrdinalIgnoreCase)) text = text.Substring("Abstract ".Length).TrimStart();
        return string.IsNullOrEmpty(text) ? null : text;
    }

    /// <summary>Crossref text may carry markup (&lt;i&gt;, &lt;sub&gt;, JATS); the words are what a paper
    /// keeps.</summary>
    private static string? Markup(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (text.IndexOf('<') < 0 && text.IndexOf('&') < 0) return Whitespace.Collapse(text);
        var markup = HtmlPage.Parse(text);
        return markup == null ? null : HtmlPage.Text(markup.DocumentNode);
    }

    private static string? First(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var array)
            || array.ValueKind != JsonValueKind.Array) return obj.TryGetProperty(name, out var single)
                && single.ValueKind == JsonValueKind.String ? JsonStrings.Read(single) : null;
        foreach (var value in array.EnumerateArray())
            if (value.ValueKind == JsonValueKind.String && JsonStrings.Read(value) is string text
                && !string.IsNullOrWhiteSpace(text)) return text;
        return null;
    }

    private static string? Text(JsonElement obj, string name)
        => obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var value)
            && value.ValueKind == JsonValueKind.String ? JsonStrings.Read(value) : null;
}

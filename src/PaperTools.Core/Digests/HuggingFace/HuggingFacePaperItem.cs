using System;
using System.Collections.Generic;
using System.Text.Json;
using PaperTools.Diagnostics;
using PaperTools.Digests.Json;

namespace PaperTools.Digests.HuggingFace;

/// <summary>
/// One Daily Papers item as the API and the page's embedded JSON both carry it: an outer object (the day's
/// posting: publishedAt, title, summary) around a "paper" object (id = arXiv id, authors, upvotes, …).
/// A bare paper object is read the same way.
/// </summary>
internal static class HuggingFacePaperItem
{
    public static Paper ToPaper(JsonElement item, int line, DigestFormat format, DigestSource source, DigestReadContext context)
        => JsonStrings.ReadItem(item, line, source, context, () => Read(item, line, format, source, context));

    private static Paper Read(JsonElement item, int line, DigestFormat format, DigestSource source, DigestReadContext context)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            context.Report(ErrorIds.DigestEntryInvalid, ProblemCategory.InvalidData, $"Item is a JSON {item.ValueKind}, not a paper object; skipped.", source.Path, line);
            return null;
        }
        var paper = item.TryGetProperty("paper", out var inner) && inner.ValueKind == JsonValueKind.Object ? inner : item;
        var id = Text(paper, "id");
        ArxivIdentifier.TryParse(id, out var arxivId, out var version);
        var title = Whitespace.Collapse(Text(paper, "title") ?? Text(item, "title"));
        if (title == null && arxivId == null)
        {
            context.Report(ErrorIds.DigestEntryInvalid, ProblemCategory.InvalidData, "Item has neither a title nor an arXiv id; skipped.", source.Path, line);
            return null;
        }
        var published = DigestDates.Parse(Text(paper, "publishedAt"));
        return new Paper
        {
            Title = title,
            Abstract = Whitespace.Collapse(Text(paper, "summary") ?? Text(item, "summary")),
            Authors = VisibleAuthors(paper),
            Published = published,
            ArxivId = arxivId,
            ArxivVersion = version,
            Url = ArxivLinks.Abstract(arxivId) ?? (string.IsNullOrWhiteSpace(id) ? null : "https://huggingface.co/papers/" + Uri.EscapeDataString(id.Trim())),
            PdfUrl = ArxivLinks.Pdf(arxivId),
            Keywords = JsonValues.Strings(paper, "ai_keywords"),
            Upvotes = Number(paper, "upvotes"),
            CodeUrl = Whitespace.Collapse(Text(paper, "githubRepo")),
            ProjectUrl = Whitespace.Collapse(Text(paper, "projectPage")),
            Source = source.Path,
            SourceLine = line,
            SourceFormat = format,
            DigestDate = context.Options.DigestDate ?? DigestDates.Parse(Text(paper, "submittedOnDailyAt") ?? Text(item, "publishedAt")),
        };
    }

    // Hugging Face marks authors it has hidden (duplicates, claimed accounts being merged); they are not shown.
    private static string[] VisibleAuthors(JsonElement paper)
    {
        if (!paper.TryGetProperty("authors", out var authors) || authors.ValueKind != JsonValueKind.Array) return Array.Empty<string>();
        var names = new List<string>();
        foreach (var author in authors.EnumerateArray())
        {
            if (author.ValueKind != JsonValueKind.Object) continue;
            if (author.TryGetProperty("hidden", out var hidden) && hidden.ValueKind == JsonValueKind.True) continue;
            var name = Whitespace.Collapse(Text(author, "name"));
            if (name != null) names.Add(name);
        }
        return names.ToArray();
    }

    private static string Text(JsonElement obj, string name)
        => obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? JsonStrings.Read(value) : null;

    private static int? Number(JsonElement obj, string name)
        => obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? n : (int?)null;
}

using System.Text.Json;
using System.Text.RegularExpressions;
using PaperTools.Diagnostics;
using PaperTools.Digests.Json;

namespace PaperTools.Digests.Crossref;

/// <summary>
/// Crossref REST API /works JSON: the envelope {"status": "ok", "message-type": "work-list", "message": {"items":
/// [...]}}
/// of a search, read item by item so a large list streams, or {"message-type": "work", "message": {...}} for one
/// work (/works/{doi}), which is one record and is read whole.
/// </summary>
public sealed class CrossrefJsonReader : IDigestReader
{
    private static readonly Regex MessageType = new Regex("\"message-type\"\\s*:\\s*\"(?<type>work|work-list)\"",
        Patterns.Safe);

    public DigestFormat Format => DigestFormat.CrossrefJson;

    public bool Recognizes(string head) => DigestHead.FirstSignificant(head) == '{' && MessageType.IsMatch(head);

    public IEnumerable<Paper> Read(DigestSource source, DigestReadContext context)
        => MessageType.Match(source.Head).Groups["type"].Value == "work" ? ReadOneWork(source, context)
            : ReadWorkList(source, context);

    private IEnumerable<Paper> ReadWorkList(DigestSource source, DigestReadContext context)
    {
        using (var text = source.OpenText())
        {
            var items = new JsonArrayStream(text, new[] { "items" }, new[] { "message" });
            foreach (var (item, line) in items.Items())
            {
                context.Cancellation.ThrowIfCancellationRequested();
                var paper = CrossrefWork.ToPaper(item, line, source, context);
                if (paper != null) yield return paper;
            }
            JsonArrayStream.Report(
                context, source.Path, "works", items.StopReason, items.StopLine, items.TrailingLine);
        }
    }

    private IEnumerable<Paper> ReadOneWork(DigestSource source, DigestReadContext context)
    {
        var json = WholeDocument.Read(source, context);
        if (json == null) yield break;
        JsonDocument document;
        try { document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Skip }); }
        catch (JsonException ex)
        {
            var line = (int)(ex.LineNumber ?? 0) + 1;
            context.Report(ErrorIds.DigestTruncated, ProblemCategory.InvalidData,
                $"The Crossref work is not complete JSON near line {line}: {ex.Message}", source.Path, line, ex);
            yield break;
        }
        using (document)
        {
            if (!document.RootElement.TryGetProperty("message", out var work) || work.ValueKind != JsonValueKind.Object)
            {
                context.Report(ErrorIds.DigestEntryInvalid, ProblemCategory.InvalidData,
                    "The Crossref reply says it holds a work but has no \"message\" object.", source.Path, 1);
                yield break;
            }
            var paper = CrossrefWork.ToPaper(work, MessageLine(json), source, context);
            if (paper != null) yield return paper;
        }
    }

    private static int MessageLine(string json)
    {
        var at = json.IndexOf("\"message\"", StringComparison.Ordinal);
        var line = 1;
        for (var i = 0; i < at; i++) if (json[i] == '\n') line++;
        return line;
    }
}

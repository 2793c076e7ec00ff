using System.Text.Json;
using PaperTools.Export;

namespace PaperTools.Formats.CslJson;

/// <summary>
/// CSL-JSON files: one JSON array of items. New records join an existing file inside its array: the text up to
/// its last item stays byte for byte, and only the closing bracket is written again after the new items.
/// </summary>
public sealed class CslJsonFileFormat : RecordFileFormat
{
    public override string Name => "CSL-JSON";
    public override DigestFormat ReadAs => DigestFormat.CslJson;
    public override string NewLine => "\n";

    internal override IEnumerable<string> KeptInNote(Paper paper, BibItem? item)
        => CslItemWriter.InNote(item).Select(k => k.Key);

    public override string NewFile(IReadOnlyList<KeyedPaper> records)
        => records.Count == 0 ? "[]" + NewLine : "[" + NewLine + Items(records, NewLine) + NewLine + "]" + NewLine;

    public override string? Continuation(string existing, IReadOnlyList<KeyedPaper> records, string newLine,
        out int replaceFromEnd, out string? failure)
    {
        replaceFromEnd = 0;
        failure = null;
        if (existing.Trim().Length == 0)
        {
            replaceFromEnd = existing.Length;
            return NewFile(records).Replace(NewLine, newLine);
        }
        try
        {
            using (var document = JsonDocument.Parse(existing, new JsonDocumentOptions { AllowTrailingCommas = false }))
                if (document.RootElement.ValueKind != JsonValueKind.Array)
                {
                    failure = $"it holds a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}, "
                        + "not a list of items.";
                    return null;
                }
        }
        catch (JsonException ex)
        {
            failure = $"it is not valid JSON ({ex.Message})";
            return null;
        }
        var close = existing.LastIndexOf(']');
        var last = close - 1;
        while (last >= 0 && char.IsWhiteSpace(existing[last])) last--;
        var empty = existing[last] == '[';
        // Replace from just after the last item (or the opening bracket): its trailing space and the closing bracket.
        replaceFromEnd = existing.Length - (last + 1);
        return (empty ? newLine : "," + newLine) + Items(records, newLine) + newLine + "]" + newLine;
    }

    private static string Items(IEnumerable<KeyedPaper> records, string newLine)
        => string.Join("," + newLine, records.Select(r => CslItemWriter.Write(r, 2, newLine)));
}

using System.Text.Json;
using PaperTools.Diagnostics;

namespace PaperTools.Digests.Json;

/// <summary>
/// The records of a JSON reply that may be a list (at the top, or under one of the named properties of an
/// object: "data", "results") or one record alone (GET /paper/ID, GET /works/ID, a single CSL item). Lists
/// stream item by item; a lone record, which is small, is parsed whole on a second pass.
/// </summary>
internal sealed class JsonRecords
{
    private readonly DigestSource source;
    private readonly string[] listProperties;

    public JsonRecords(DigestSource source, params string[] listProperties)
    {
        this.source = source;
        this.listProperties = listProperties;
    }

    /// <summary>Why reading stopped before the end; null when everything was read.</summary>
    public string? StopReason { get; private set; }

    public int StopLine { get; private set; }

    /// <summary>The line where more JSON follows the first document, not read; null when nothing does.</summary>
    public int? TrailingLine { get; private set; }

    /// <summary>True when the reply was one record rather than a list.</summary>
    public bool IsSingleRecord { get; private set; }

    /// <summary>
    /// Each record made into a paper by <paramref name="toPaper"/> (null: skipped, it reported why), then
    /// DigestTruncated when reading stopped early; <paramref name="recordsName"/> names the records in that message.
    /// </summary>
    public IEnumerable<Paper> Papers(DigestReadContext context, Func<JsonElement, int, Paper?> toPaper,
        string recordsName)
    {
        foreach (var (item, line) in Items(context))
        {
            var paper = JsonStrings.ReadItem(item, line, source, context, () => toPaper(item, line));
            if (paper != null) yield return paper;
        }
        JsonArrayStream.Report(context, source.Path, recordsName, StopReason, StopLine, TrailingLine);
    }

    public IEnumerable<(JsonElement Item, int Line)> Items(DigestReadContext context)
    {
        bool single;
        using (var text = source.OpenText())
        {
            var items = new JsonArrayStream(text, listProperties);
            foreach (var item in items.Items())
            {
                context.Cancellation.ThrowIfCancellationRequested();
                yield return item;
            }
            single = items.FoundNoList;
            if (!single)
            {
                StopReason = items.StopReason;
                StopLine = items.StopLine;
                TrailingLine = items.TrailingLine;
            }
        }
        if (!single) yield break;
        IsSingleRecord = true;
        var whole = WholeDocument.Read(source, context, JsonArrayStream.MaxItemBytes);
        if (whole == null) yield break;
        JsonElement record;
        // The first value only: what follows it is named as trailing content, as after a list.
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(whole), ReaderOptions);
        try
        {
            record = JsonDocument.ParseValue(ref reader).RootElement;
        }
        catch (JsonException ex)
        {
            StopReason = $"the JSON is damaged near line {(ex.LineNumber ?? 0) + 1}: {ex.Message}";
            StopLine = (int)(ex.LineNumber ?? 0) + 1;
            yield break;
        }
        TrailingLine = TrailingContentLine(ref reader);
        yield return (record, 1);
    }

    private static readonly JsonReaderOptions ReaderOptions =
        new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    // Utf8JsonReader throws at a second value after the first; blank space and comments read as the end.
    private static int? TrailingContentLine(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.Read() ? 1 : null;
        }
        catch (JsonException ex)
        {
            return (int)(ex.LineNumber ?? 0) + 1;
        }
    }
}

using System.Text.Json;
using PaperTools.Diagnostics;

namespace PaperTools.Digests.Json;

/// <summary>
/// Streams the items of a JSON array one at a time, holding only the current item in memory: the
/// top-level array, or the array under one of the named properties of a top-level object (or of an object nested
/// under a named container property, as Crossref's {"message": {"items": [...]}}). When the
/// text is cut short or damaged, the complete items before the damage are still returned and
/// <see cref="StopReason"/> says where and why reading stopped.
/// </summary>
public sealed class JsonArrayStream : IDisposable
{
    /// <summary>No single digest item comes near this; a larger one is damage, not data.</summary>
    public const int MaxItemBytes = 32 * 1024 * 1024;

    private enum Phase { Start, InObject, InArray, InValue, AfterRoot, Done }
    private enum Step { Item, Progress, NeedMore }

    /// <summary>How items are read: comments skipped, trailing commas allowed (item byte readers use it too).</summary>
    internal static readonly JsonReaderOptions ReaderOptions =
        new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
    internal static readonly JsonDocumentOptions DocumentOptions =
        new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    // The text comes as UTF-8 bytes straight from a file, or as decoded text encoded to UTF-8 here.
    private readonly Stream? utf8;
    private readonly TextReader? text;
    private bool ownsInput;
    private readonly HashSet<string> arrayProperties;
    private readonly HashSet<string> containerProperties;
    private readonly Encoder encoder = new UTF8Encoding(false).GetEncoder();
    private readonly char[] chars = new char[16 * 1024];
    private byte[] buffer = new byte[64 * 1024];
    private int start, end;
    private bool final, begun;
    private int line = 1;
    private JsonReaderState state = new JsonReaderState(ReaderOptions);
    private Phase phase = Phase.Start;

    // The object or array being read through (an item, or a value beside the list) keeps its place across
    // refills: its depth, the phase to return to, and for an item its first byte (kept in the buffer) and line.
    private int valueDepth;
    private Phase afterValue;
    private int itemStart = -1;
    private int itemLine;
    private bool listDone;

    // What Items<T> reads each object item with, and what it made of the item just taken (null: read its bytes).
    private ItemReader<object?>? readInPlace;
    private object? readValue;

    public JsonArrayStream(TextReader text, params string[] arrayProperties)
        : this(text, arrayProperties, Array.Empty<string>())
    {
    }

    /// <param name="containerProperties">Properties whose object value is entered to look for the array inside
    /// it.</param>
    public JsonArrayStream(TextReader text, IEnumerable<string> arrayProperties,
        IEnumerable<string> containerProperties)
        : this(arrayProperties, containerProperties)
    {
        this.text = text;
    }

    private JsonArrayStream(Stream utf8, IEnumerable<string> arrayProperties)
        : this(arrayProperties, Array.Empty<string>())
    {
        this.utf8 = utf8;
        ownsInput = true;
    }

    private JsonArrayStream(IEnumerable<string> arrayProperties, IEnumerable<string> containerProperties)
    {
        this.arrayProperties = new HashSet<string>(arrayProperties, StringComparer.Ordinal);
        this.containerProperties = new HashSet<string>(containerProperties, StringComparer.Ordinal);
    }

    /// <summary>
    /// The items of a digest's text, read as bytes straight from a UTF-8 file (not decoded and encoded again), else
    /// from its decoded text; disposing the stream closes what it opened.
    /// </summary>
    public static JsonArrayStream Open(DigestSource source, params string[] arrayProperties)
    {
        var bytes = source.OpenUtf8();
        if (bytes != null) return new JsonArrayStream(bytes, arrayProperties);
        return new JsonArrayStream(source.OpenText(), arrayProperties, Array.Empty<string>()) { ownsInput = true };
    }

    public void Dispose()
    {
        if (!ownsInput) return;
        utf8?.Dispose();
        text?.Dispose();
    }

    /// <summary>Why reading stopped before the array's end; null when the whole array was read.</summary>
    public string? StopReason { get; private set; }

    /// <summary>The 1-based line where reading stopped.</summary>
    public int StopLine { get; private set; }

    /// <summary>True when the text is a whole object with none of the named lists: one record, not a list of
    /// them.</summary>
    public bool FoundNoList { get; private set; }

    /// <summary>
    /// The 1-based line where more follows the first JSON document (a second list), not read; null when nothing
    /// does.
    /// </summary>
    public int? TrailingLine { get; private set; }

    /// <summary>Each item with the 1-based line it starts on.</summary>
    public IEnumerable<(JsonElement Item, int Line)> Items()
    {
        foreach (var (utf8, line) in ItemBytes())
        {
            using var document = JsonDocument.Parse(utf8, DocumentOptions);
            yield return (document.RootElement.Clone(), line);
        }
    }

    /// <summary>
    /// Each item's UTF-8 text, complete and valid JSON, with the 1-based line it starts on; the bytes are only valid
    /// until the next item is asked for. A reader that fills its records from them reads each item once more, not
    /// twice (parsed into a document, then copied out of it).
    /// </summary>
    public IEnumerable<(ReadOnlyMemory<byte> Utf8, int Line)> ItemBytes()
    {
        while (phase != Phase.Done)
        {
            switch (TryStep(out var item, out var itemLine))
            {
                case Step.Item:
                    yield return (item, itemLine);
                    break;
                case Step.NeedMore:
                    if (!Refill()) Stop("the JSON ends before its list of papers is closed");
                    break;
            }
        }
    }

    /// <summary>Reads one item, the reader on its opening token, to its closing token (see <see cref="Items{T}"/>).
    /// </summary>
    public delegate T ItemReader<T>(ref Utf8JsonReader reader);

    /// <summary>
    /// Each item as <paramref name="read"/> makes it in the same pass that finds the item's end, straight from the
    /// read buffer, with its UTF-8 text and line as <see cref="ItemBytes"/> gives them. Value is null when the item
    /// was not read there: it is not an object, it runs past the bytes read so far, or the read threw (damage, a
    /// string no reader decodes) or stopped short of the item's closing token. The caller then reads the bytes.
    /// </summary>
    public IEnumerable<(T? Value, ReadOnlyMemory<byte> Utf8, int Line)> Items<T>(ItemReader<T> read) where T : class
    {
        readInPlace = (ref Utf8JsonReader reader) => read(ref reader);
        foreach (var (utf8, line) in ItemBytes())
        {
            var value = (T?)readValue;
            readValue = null;
            yield return (value, utf8, line);
        }
    }

    /// <summary>
    /// Reports how reading ended, when not cleanly: DigestTruncated when it stopped early
    /// (<paramref name="recordsName"/> names the records kept), DigestTrailingContent when more follows the first
    /// JSON document.
    /// </summary>
    public static void Report(
        DigestReadContext context, string path, string recordsName,
        string? stopReason, int stopLine, int? trailingLine)
    {
        if (stopReason != null)
            context.Report(ErrorIds.DigestTruncated, ProblemCategory.InvalidData,
                $"Reading stopped early: {stopReason}. The complete {recordsName} before it were read.",
                path, stopLine);
        if (trailingLine is int at)
            context.Report(ErrorIds.DigestTrailingContent, ProblemCategory.InvalidData,
                $"More JSON follows the first document at line {at} (two lists in one file?); it was not read. " +
                $"The {recordsName} of the first were read.", path, at);
    }

    // Utf8JsonReader is a ref struct and cannot live across a yield, so each step makes one from the saved state.
    private Step TryStep(out ReadOnlyMemory<byte> item, out int itemLine)
    {
        item = default;
        itemLine = 0;
        var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(buffer, start, end - start), final, state);
        try
        {
            if (!reader.Read())
            {
                if (!final) return Step.NeedMore;
                if (phase == Phase.AfterRoot || (listDone && phase != Phase.InArray)) return Finished();
                return Stopped(phase == Phase.Start ? "the file holds no JSON value"
                    : "the JSON ends before its list of papers is closed");
            }
            switch (phase)
            {
                case Phase.Start:
                    if (reader.TokenType == JsonTokenType.StartArray) phase = Phase.InArray;
                    else if (reader.TokenType == JsonTokenType.StartObject) phase = Phase.InObject;
                    else return Stopped("the JSON is neither a list nor an object");
                    break;

                case Phase.InObject:
                    if (reader.TokenType == JsonTokenType.EndObject)
                    {
                        if (listDone)
                        {
                            if (reader.CurrentDepth == 0) phase = Phase.AfterRoot;
                            break;
                        }
                        FoundNoList = true;
                        return Stopped("the JSON object holds no list of papers");
                    }
                    // Not GetString, which throws on a name escaping half a surrogate pair.
                    var name = PropertyName(ref reader);
                    if (!reader.Read()) return Step.NeedMore;
                    // A container's properties are read next, as if they were the top level's.
                    var token = reader.TokenType;
                    var wanted = !listDone && token == JsonTokenType.StartArray && arrayProperties.Contains(name);
                    var entersContainer =
                        !listDone && token == JsonTokenType.StartObject && containerProperties.Contains(name);
                    if (wanted) phase = Phase.InArray;
                    else if (!entersContainer && IsOpening(token))
                        return ReadThrough(ref reader, Phase.InObject, out item, out itemLine);
                    break;

                case Phase.InArray:
                    if (reader.TokenType == JsonTokenType.EndArray)
                    {
                        listDone = true;
                        phase = reader.CurrentDepth == 0 ? Phase.AfterRoot : Phase.InObject;
                        break;
                    }
                    itemStart = start + (int)reader.TokenStartIndex;
                    this.itemLine = line + CountLines(start, itemStart);
                    if (reader.TokenType == JsonTokenType.StartObject && readInPlace != null
                        && TryReadInPlace(ref reader, out item, out itemLine)) return Step.Item;
                    if (IsOpening(reader.TokenType))
                        return ReadThrough(ref reader, Phase.InArray, out item, out itemLine);
                    return TakeItem(ref reader, Phase.InArray, out item, out itemLine);

                case Phase.InValue:
                    return ReadThrough(ref reader, afterValue, out item, out itemLine);

                case Phase.AfterRoot:
                    // Utf8JsonReader throws at a second value; a token here is only possible if it stops doing so.
                    TrailingLine = line + CountLines(start, start + (int)reader.TokenStartIndex);
                    return Finished();
            }
            Commit(ref reader);
            return Step.Progress;
        }
        catch (JsonException ex)
        {
            // The reader's state carries its line count across blocks: LineNumber counts from the text's start.
            var at = (int)(ex.LineNumber ?? 0) + 1;
            if (phase == Phase.AfterRoot)
            {
                TrailingLine = at;
                return Finished();
            }
            // After the list, damage or a cut in the rest of its object loses nothing: the list was read whole.
            if (listDone && phase != Phase.InArray) return Finished();
            return Stopped(final && ex.Message.IndexOf("end of", StringComparison.OrdinalIgnoreCase) >= 0
                ? "the JSON ends in the middle of an item" : $"the JSON is damaged near line {at}: {ex.Message}");
        }
    }

    private static bool IsOpening(JsonTokenType token)
        => token == JsonTokenType.StartObject || token == JsonTokenType.StartArray;

    private static bool IsClosing(JsonTokenType token)
        => token == JsonTokenType.EndObject || token == JsonTokenType.EndArray;

    /// <summary>
    /// Reads on to the end of the object or array whose opening token the reader has just read (or whose reading a
    /// previous step left unfinished), each byte once: an item's bytes stay in the buffer to be parsed when it
    /// ends.
    /// </summary>
    private Step ReadThrough(ref Utf8JsonReader reader, Phase next, out ReadOnlyMemory<byte> item, out int line)
    {
        item = default;
        line = 0;
        if (phase != Phase.InValue)
        {
            valueDepth = reader.CurrentDepth;
            afterValue = next;
            phase = Phase.InValue;
        }
        while (!(reader.CurrentDepth == valueDepth && IsClosing(reader.TokenType)))
        {
            if (!reader.Read())
            {
                Commit(ref reader);
                return final ? Stopped("the JSON ends in the middle of an item") : Step.NeedMore;
            }
        }
        phase = afterValue;
        if (itemStart >= 0) return TakeItem(ref reader, phase, out item, out line);
        Commit(ref reader);
        return Step.Progress;
    }

    /// <summary>
    /// Takes the object item whose opening token the reader has just read when <see cref="readInPlace"/> reads it to
    /// its closing token in the bytes already read; otherwise false, and the reader is where it was, for
    /// <see cref="ReadThrough"/> to read the item again (and name any damage as it always has).
    /// </summary>
    private bool TryReadInPlace(ref Utf8JsonReader reader, out ReadOnlyMemory<byte> item, out int line)
    {
        item = default;
        line = 0;
        var probe = reader;
        object? value;
        try
        {
            value = readInPlace!(ref probe);
        }
        catch (Exception ex) when (ex is JsonException || ex is InvalidOperationException)
        {
            return false;
        }
        if (probe.TokenType != JsonTokenType.EndObject || probe.CurrentDepth != reader.CurrentDepth) return false;
        readValue = value;
        TakeItem(ref probe, Phase.InArray, out item, out line);
        return true;
    }

    /// <summary>Takes the item from its first byte to the token just read and moves past it.</summary>
    private Step TakeItem(ref Utf8JsonReader reader, Phase next, out ReadOnlyMemory<byte> item, out int line)
    {
        var itemEnd = start + (int)reader.BytesConsumed;
        item = new ReadOnlyMemory<byte>(buffer, itemStart, itemEnd - itemStart);
        line = itemLine;
        itemStart = -1;
        phase = next;
        Commit(ref reader);
        return Step.Item;
    }

    private Step Finished()
    {
        phase = Phase.Done;
        return Step.Progress;
    }

    private static string PropertyName(ref Utf8JsonReader reader)
    {
        var name = Encoding.UTF8.GetString(reader.ValueSpan);
        return reader.ValueIsEscaped ? JsonStrings.Unescape(name) : name;
    }

    private void Commit(ref Utf8JsonReader reader)
    {
        var consumed = (int)reader.BytesConsumed;
        line += CountLines(start, start + consumed);
        start += consumed;
        state = reader.CurrentState;
    }

    private Step Stopped(string reason)
    {
        Stop(reason);
        return Step.Progress;
    }

    private void Stop(string reason)
    {
        StopReason = reason;
        phase = Phase.Done;
        if (itemStart >= 0)
        {
            StopLine = itemLine;
            return;
        }
        // Name the line the unreadable item starts on, past the comma and line break that end the last good one.
        var at = start;
        while (at < end && (buffer[at] == (byte)',' || buffer[at] == (byte)' ' || buffer[at] == (byte)'\t'
            || buffer[at] == (byte)'\r' || buffer[at] == (byte)'\n')) at++;
        StopLine = line + CountLines(start, at);
    }

    /// <summary>Appends more of the text, as UTF-8; false when the text has ended or an item outgrows the
    /// limit.</summary>
    private bool Refill()
    {
        if (final) return false;
        var keep = itemStart >= 0 ? itemStart : start;
        if (keep > 0)
        {
            Buffer.BlockCopy(buffer, keep, buffer, 0, end - keep);
            start -= keep;
            end -= keep;
            if (itemStart >= 0) itemStart = 0;
        }
        // An unfinished token is read again from its start: add at least as many bytes as it already has, so a
        // token of any length (a 30 MB string) is re-read a few times in all, not once per block.
        var wanted = Math.Max(1, end - start);
        for (var added = 0; added < wanted && !final;)
        {
            // A UTF-8 character takes at most 3 bytes per UTF-16 unit; keep room for a full block of them.
            if (buffer.Length - end < chars.Length * 3)
            {
                if (buffer.Length >= MaxItemBytes)
                {
                    Stop($"an item is larger than {MaxItemBytes / (1024 * 1024)} MB");
                    return true;
                }
                Array.Resize(ref buffer, Math.Min(buffer.Length * 2, MaxItemBytes) + chars.Length * 3);
            }
            var bytes = utf8 != null ? ReadBytes() : ReadText();
            end += bytes;
            added += bytes;
        }
        return true;
    }

    /// <summary>
    /// Encodes the next block of the text into the buffer; its first character is left out when it is a byte order
    /// mark (one the text reader's own detection left, as a BOM written twice).
    /// </summary>
    private int ReadText()
    {
        var n = text!.Read(chars, 0, chars.Length);
        var from = 0;
        if (!begun && n > 0 && chars[0] == '\uFEFF') from = 1;
        begun = true;
        if (n == 0) final = true;
        return encoder.GetBytes(chars, from, Math.Max(0, n - from), buffer, end, flush: n == 0);
    }

    /// <summary>
    /// Reads the next block of the file into the buffer. Its opening byte order marks are skipped as the text path
    /// skips them: the one a StreamReader takes as the mark, and one more after it.
    /// </summary>
    private int ReadBytes()
    {
        var block = new Span<byte>(buffer, end, chars.Length * 3);
        var n = begun ? utf8!.Read(block) : utf8!.ReadAtLeast(block, 2 * Bom.Length, throwOnEndOfStream: false);
        if (n == 0) final = true;
        if (begun) return n;
        begun = true;
        var marks = 0;
        while (marks < 2 && block.Slice(marks * Bom.Length, n - marks * Bom.Length).StartsWith(Bom)) marks++;
        start += marks * Bom.Length;
        return n;
    }

    private static ReadOnlySpan<byte> Bom => new byte[] { 0xEF, 0xBB, 0xBF };

    private int CountLines(int from, int to) => new ReadOnlySpan<byte>(buffer, from, to - from).Count((byte)'\n');
}

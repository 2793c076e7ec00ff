using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;

namespace PaperTools.Digests.Json
{
    /// <summary>
    /// Streams the items of a JSON array one at a time, holding only the current item in memory: the
    /// top-level array, or the array under one of the named properties of a top-level object (or of an object nested
    /// under a named container property, as Crossref's {"message": {"items": [...]}}). When the
    /// text is cut short or damaged, the complete items before the damage are still returned and
    /// <see cref="StopReason"/> says where and why reading stopped.
    /// </summary>
    public sealed class JsonArrayStream
    {
        /// <summary>No single digest item comes near this; a larger one is damage, not data.</summary>
        public const int MaxItemBytes = 32 * 1024 * 1024;

        private enum Phase { Start, InObject, InArray, Done }
        private enum Step { Item, Progress, NeedMore }

        private readonly TextReader text;
        private readonly HashSet<string> arrayProperties;
        private readonly HashSet<string> containerProperties;
        private readonly Encoder encoder = new UTF8Encoding(false).GetEncoder();
        private readonly char[] chars = new char[16 * 1024];
        private byte[] buffer = new byte[64 * 1024];
        private int start, end;
        private bool final, begun;
        private int line = 1;
        private JsonReaderState state = new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        private Phase phase = Phase.Start;

        public JsonArrayStream(TextReader text, params string[] arrayProperties)
            : this(text, arrayProperties, Array.Empty<string>())
        {
        }

        /// <param name="containerProperties">Properties whose object value is entered to look for the array inside it.</param>
        public JsonArrayStream(TextReader text, IEnumerable<string> arrayProperties, IEnumerable<string> containerProperties)
        {
            this.text = text;
            this.arrayProperties = new HashSet<string>(arrayProperties, StringComparer.Ordinal);
            this.containerProperties = new HashSet<string>(containerProperties, StringComparer.Ordinal);
        }

        /// <summary>Why reading stopped before the array's end; null when the whole array was read.</summary>
        public string StopReason { get; private set; }

        /// <summary>The 1-based line where reading stopped.</summary>
        public int StopLine { get; private set; }

        /// <summary>True when the text is a whole object with none of the named lists: one record, not a list of them.</summary>
        public bool FoundNoList { get; private set; }

        /// <summary>Each item with the 1-based line it starts on.</summary>
        public IEnumerable<(JsonElement Item, int Line)> Items()
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

        // Utf8JsonReader is a ref struct and cannot live across a yield, so each step makes one from the saved state.
        private Step TryStep(out JsonElement item, out int itemLine)
        {
            item = default;
            itemLine = 0;
            var reader = new Utf8JsonReader(new ReadOnlySpan<byte>(buffer, start, end - start), final, state);
            try
            {
                if (!reader.Read())
                {
                    if (!final) return Step.NeedMore;
                    return Stopped(phase == Phase.Start ? "the file holds no JSON value" : "the JSON ends before its list of papers is closed");
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
                            FoundNoList = true;
                            return Stopped("the JSON object holds no list of papers");
                        }
                        var name = reader.GetString();
                        if (!reader.Read()) return Step.NeedMore;
                        // A container's properties are read next, as if they were the top level's.
                        var entersContainer = reader.TokenType == JsonTokenType.StartObject && containerProperties.Contains(name);
                        if (reader.TokenType == JsonTokenType.StartArray && arrayProperties.Contains(name)) phase = Phase.InArray;
                        else if (!entersContainer && !reader.TrySkip()) return Step.NeedMore;
                        break;

                    case Phase.InArray:
                        if (reader.TokenType == JsonTokenType.EndArray)
                        {
                            phase = Phase.Done;
                            break;
                        }
                        var itemStart = (int)reader.TokenStartIndex;
                        if (!reader.TrySkip()) return Step.NeedMore;
                        var itemEnd = (int)reader.BytesConsumed;
                        using (var document = JsonDocument.Parse(new ReadOnlyMemory<byte>(buffer, start + itemStart, itemEnd - itemStart)))
                            item = document.RootElement.Clone();
                        itemLine = line + CountLines(start, start + itemStart);
                        Commit(ref reader);
                        return Step.Item;
                }
                Commit(ref reader);
                return Step.Progress;
            }
            catch (JsonException ex)
            {
                var at = line + (int)(ex.LineNumber ?? 0);
                return Stopped(final && ex.Message.IndexOf("end of", StringComparison.OrdinalIgnoreCase) >= 0
                    ? "the JSON ends in the middle of an item" : $"the JSON is damaged near line {at}: {ex.Message}");
            }
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
            // Name the line the unreadable item starts on, past the comma and line break that end the last good one.
            var at = start;
            while (at < end && (buffer[at] == (byte)',' || buffer[at] == (byte)' ' || buffer[at] == (byte)'\t' || buffer[at] == (byte)'\r' || buffer[at] == (byte)'\n')) at++;
            StopLine = line + CountLines(start, at);
            phase = Phase.Done;
        }

        /// <summary>Appends more of the text, as UTF-8; false when the text has ended or an item outgrows the limit.</summary>
        private bool Refill()
        {
            if (final) return false;
            var pending = end - start;
            if (start > 0)
            {
                Buffer.BlockCopy(buffer, start, buffer, 0, pending);
                start = 0;
                end = pending;
            }
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
            var n = text.Read(chars, 0, chars.Length);
            var from = 0;
            if (!begun && n > 0 && chars[0] == '\uFEFF') from = 1;
            begun = true;
            end += encoder.GetBytes(chars, from, Math.Max(0, n - from), buffer, end, flush: n == 0);
            if (n == 0) final = true;
            return true;
        }

        private int CountLines(int from, int to)
        {
            var count = 0;
            for (var i = from; i < to; i++) if (buffer[i] == (byte)'\n') count++;
            return count;
        }
    }
}

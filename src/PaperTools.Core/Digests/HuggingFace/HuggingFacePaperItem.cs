using System.Text.Json;
using PaperTools.Diagnostics;
using PaperTools.Digests.Json;

namespace PaperTools.Digests.HuggingFace;

/// <summary>
/// One Daily Papers item as the API and the page's embedded JSON both carry it: an outer object (the day's
/// posting: publishedAt, title, summary) around a "paper" object (id = arXiv id, authors, upvotes, …).
/// A bare paper object is read the same way. Where a name occurs twice in an object, the last one counts.
/// </summary>
internal static class HuggingFacePaperItem
{
    /// <summary>
    /// The paper of one item's UTF-8 text (valid JSON, as <see cref="JsonArrayStream.ItemBytes"/> gives it), read
    /// straight from the bytes. An item with a \u escape is read through a document instead, where a lone surrogate
    /// escape is handled as every JSON reader handles it (<see cref="JsonStrings.ReadItem"/>).
    /// </summary>
    public static Paper? ToPaper(ReadOnlyMemory<byte> utf8, int line, DigestFormat format, DigestSource source,
                                 DigestReadContext context)
    {
        if (utf8.Span.IndexOf("\\u"u8) >= 0)
        {
            using var document = JsonDocument.Parse(utf8, JsonArrayStream.DocumentOptions);
            return ToPaper(document.RootElement, line, format, source, context);
        }
        var reader = new Utf8JsonReader(utf8.Span, JsonArrayStream.ReaderOptions);
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
            return NotAnObject(Kind(reader.TokenType), line, source, context);
        return Make(Fields.Read(ref reader, outer: true), line, format, source, context);
    }

    /// <summary>The fields of an item object, read where the stream finds the item (<see
    /// cref="JsonArrayStream.Items{T}"/>).</summary>
    public static Fields ReadFields(ref Utf8JsonReader reader) => Fields.Read(ref reader, outer: true);

    /// <summary>
    /// The paper of an item whose <paramref name="fields"/> the stream read (<see cref="ReadFields"/>); an item it
    /// could not read, or with a \u escape, from its bytes, as <see cref="ToPaper(ReadOnlyMemory{byte}, int,
    /// DigestFormat, DigestSource, DigestReadContext)"/> reads it.
    /// </summary>
    public static Paper? ToPaper(Fields? fields, ReadOnlyMemory<byte> utf8, int line, DigestFormat format,
                                 DigestSource source, DigestReadContext context)
        => fields != null && utf8.Span.IndexOf("\\u"u8) < 0
            ? Make(fields, line, format, source, context)
            : ToPaper(utf8, line, format, source, context);

    /// <summary>The paper of a parsed item (a page's embedded props, a single-paper reply).</summary>
    public static Paper? ToPaper(JsonElement item, int line, DigestFormat format, DigestSource source,
                                 DigestReadContext context)
        => JsonStrings.ReadItem(item, line, source, context, () => Read(item, line, format, source, context));

    private static Paper? Read(JsonElement item, int line, DigestFormat format, DigestSource source,
                               DigestReadContext context)
    {
        if (item.ValueKind != JsonValueKind.Object) return NotAnObject(item.ValueKind, line, source, context);
        var paper = item.TryGetProperty("paper", out var inner) && inner.ValueKind == JsonValueKind.Object
            ? inner : item;
        return Make(Fields.Of(paper), new LazyOuter(item), line, format, source, context);
    }

    private static Paper? NotAnObject(JsonValueKind kind, int line, DigestSource source, DigestReadContext context)
    {
        context.Report(ErrorIds.DigestEntryInvalid, ProblemCategory.InvalidData,
            $"Item is a JSON {kind}, not a paper object; skipped.", source.Path, line);
        return null;
    }

    /// <summary>The posting's own fields, asked for only where the paper lacks them.</summary>
    internal interface IOuter
    {
        string? Text(string name);
    }

    private sealed class LazyOuter : IOuter
    {
        private readonly JsonElement item;

        public LazyOuter(JsonElement item) => this.item = item;

        public string? Text(string name) => Text(item, name);

        public static string? Text(JsonElement obj, string name)
            => obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
                ? JsonStrings.Read(value) : null;
    }

    /// <summary>The paper of a posting's fields: its "paper" object's, else its own.</summary>
    private static Paper? Make(Fields outer, int line, DigestFormat format, DigestSource source,
                               DigestReadContext context)
        => Make(outer.Paper ?? outer, outer, line, format, source, context);

    private static Paper? Make(Fields paper, IOuter item, int line, DigestFormat format, DigestSource source,
                               DigestReadContext context)
    {
        var id = paper.Id;
        ArxivIdentifier.TryParse(id, out var arxivId, out var version);
        var title = Whitespace.Collapse(paper.Title ?? item.Text("title"));
        if (title == null && arxivId == null)
        {
            context.Report(ErrorIds.DigestEntryInvalid, ProblemCategory.InvalidData,
                "Item has neither a title nor an arXiv id; skipped.", source.Path, line);
            return null;
        }
        return new Paper
        {
            Title = title,
            Abstract = Whitespace.Collapse(paper.Summary ?? item.Text("summary")),
            Authors = paper.Authors,
            Published = DigestDates.Parse(paper.PublishedAt),
            ArxivId = arxivId,
            ArxivVersion = version,
            Url = ArxivLinks.Abstract(arxivId) ?? (string.IsNullOrWhiteSpace(id)
                ? null : "https://huggingface.co/papers/" + Uri.EscapeDataString(id.Trim())),
            PdfUrl = ArxivLinks.Pdf(arxivId),
            Keywords = paper.Keywords,
            Upvotes = paper.Upvotes,
            CodeUrl = Whitespace.Collapse(paper.GithubRepo),
            ProjectUrl = Whitespace.Collapse(paper.ProjectPage),
            Source = source.Path,
            SourceLine = line,
            SourceFormat = format,
            DigestDate = context.Options.DigestDate
                ?? DigestDates.Parse(paper.SubmittedOnDailyAt ?? item.Text("publishedAt")),
        };
    }

    private static JsonValueKind Kind(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => JsonValueKind.Array,
        JsonTokenType.String => JsonValueKind.String,
        JsonTokenType.Number => JsonValueKind.Number,
        JsonTokenType.True => JsonValueKind.True,
        JsonTokenType.False => JsonValueKind.False,
        _ => JsonValueKind.Null,
    };

    /// <summary>
    /// The fields of a paper object the reader takes (strings only where a string is expected; a value of another
    /// type is absent), and of the posting around it: its "paper" object when it has one.
    /// </summary>
    internal sealed class Fields : IOuter
    {
        public string? Id, Title, Summary, PublishedAt, SubmittedOnDailyAt, GithubRepo, ProjectPage;
        public int? Upvotes;
        public string[] Authors = Array.Empty<string>();
        public string[] Keywords = Array.Empty<string>();
        public Fields? Paper;

        public string? Text(string name) => name switch
        {
            "title" => Title,
            "summary" => Summary,
            "publishedAt" => PublishedAt,
            _ => null,
        };

        /// <summary>
        /// The fields of the object whose StartObject the reader is on; it ends on the EndObject. Values are skipped
        /// with TrySkip: over bytes still arriving a value may not end in them, and the read then ends short of the
        /// object's end (the stream reads such an item again once it has all of it).
        /// </summary>
        public static Fields Read(ref Utf8JsonReader reader, bool outer)
        {
            var fields = new Fields();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("id"u8)) fields.Id = String(ref reader);
                else if (reader.ValueTextEquals("title"u8)) fields.Title = String(ref reader);
                else if (reader.ValueTextEquals("summary"u8)) fields.Summary = String(ref reader);
                else if (reader.ValueTextEquals("publishedAt"u8)) fields.PublishedAt = String(ref reader);
                else if (reader.ValueTextEquals("submittedOnDailyAt"u8)) fields.SubmittedOnDailyAt = String(ref reader);
                else if (reader.ValueTextEquals("githubRepo"u8)) fields.GithubRepo = String(ref reader);
                else if (reader.ValueTextEquals("projectPage"u8)) fields.ProjectPage = String(ref reader);
                else if (reader.ValueTextEquals("upvotes"u8))
                {
                    reader.Read();
                    fields.Upvotes = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var n)
                        ? n : null;
                }
                else if (reader.ValueTextEquals("authors"u8)) fields.Authors = Collect(ref reader, VisibleAuthor);
                else if (reader.ValueTextEquals("ai_keywords"u8)) fields.Keywords = Collect(ref reader, Keyword);
                else if (outer && reader.ValueTextEquals("paper"u8))
                {
                    reader.Read();
                    fields.Paper = reader.TokenType == JsonTokenType.StartObject ? Read(ref reader, false) : null;
                    reader.TrySkip();
                }
                else
                {
                    reader.Read();
                    reader.TrySkip();
                }
            }
            return fields;
        }

        /// <summary>The same fields looked up in a parsed object.</summary>
        public static Fields Of(JsonElement paper) => new Fields
        {
            Id = LazyOuter.Text(paper, "id"),
            Title = LazyOuter.Text(paper, "title"),
            Summary = LazyOuter.Text(paper, "summary"),
            Authors = VisibleAuthors(paper),
            PublishedAt = LazyOuter.Text(paper, "publishedAt"),
            Keywords = JsonValues.Strings(paper, "ai_keywords"),
            Upvotes = paper.TryGetProperty("upvotes", out var value) && value.ValueKind == JsonValueKind.Number
                && value.TryGetInt32(out var n) ? n : null,
            GithubRepo = LazyOuter.Text(paper, "githubRepo"),
            ProjectPage = LazyOuter.Text(paper, "projectPage"),
            SubmittedOnDailyAt = LazyOuter.Text(paper, "submittedOnDailyAt"),
        };

        private static string? String(ref Utf8JsonReader reader)
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.String) return reader.GetString();
            reader.TrySkip();
            return null;
        }

        // Hugging Face marks authors it has hidden (duplicates, claimed accounts being merged); they are not shown.
        private static string? VisibleAuthor(ref Utf8JsonReader reader)
        {
            if (reader.TokenType != JsonTokenType.StartObject) return null;
            string? name = null;
            var hidden = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("name"u8)) name = String(ref reader);
                else
                {
                    var isHidden = reader.ValueTextEquals("hidden"u8);
                    reader.Read();
                    if (isHidden) hidden = reader.TokenType == JsonTokenType.True;
                    reader.TrySkip();
                }
            }
            return hidden ? null : Whitespace.Collapse(name);
        }

        private static string[] VisibleAuthors(JsonElement paper)
        {
            if (!paper.TryGetProperty("authors", out var authors) || authors.ValueKind != JsonValueKind.Array)
                return Array.Empty<string>();
            var names = new List<string>();
            foreach (var author in authors.EnumerateArray())
            {
                if (author.ValueKind != JsonValueKind.Object) continue;
                if (author.TryGetProperty("hidden", out var hidden) && hidden.ValueKind == JsonValueKind.True) continue;
                var name = Whitespace.Collapse(LazyOuter.Text(author, "name"));
                if (name != null) names.Add(name);
            }
            return names.ToArray();
        }

        /// <summary>A string on one line, as <see cref="JsonValues.Strings"/> takes array items; else null.</summary>
        private static string? Keyword(ref Utf8JsonReader reader)
            => reader.TokenType == JsonTokenType.String ? Whitespace.Collapse(reader.GetString()) : null;

        private delegate string? ItemReader(ref Utf8JsonReader reader);

        /// <summary>
        /// What <paramref name="item"/> makes of each item of the array that is the next value (nulls left out);
        /// none when the value is not an array. The reader ends on the array's last token.
        /// </summary>
        private static string[] Collect(ref Utf8JsonReader reader, ItemReader item)
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                reader.TrySkip();
                return Array.Empty<string>();
            }
            var values = new List<string>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var value = item(ref reader);
                if (value != null) values.Add(value);
                reader.TrySkip();
            }
            return values.ToArray();
        }
    }
}

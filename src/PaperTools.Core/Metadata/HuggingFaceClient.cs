using System.Globalization;
using System.Text.Json;
using PaperTools.Diagnostics;
using PaperTools.Digests;
using PaperTools.Digests.HuggingFace;

namespace PaperTools.Metadata;

/// <summary>
/// The Hugging Face papers API: /daily_papers?date=YYYY-MM-DD (a whole day's papers, arXiv ids and authors, in one
/// request), /papers/search?q= (the same items, ranked), and /papers/{arxivId} (one paper object). Lists are read by
/// <see cref="HuggingFaceJsonReader"/>, the single paper by the item reader that reader uses.
/// </summary>
public sealed class HuggingFaceClient
{
    private readonly MetadataFetcher fetcher;
    private readonly string root;

    public HuggingFaceClient(MetadataFetcher fetcher, MetadataEndpoints endpoints)
    {
        this.fetcher = fetcher;
        root = endpoints.HuggingFace;
    }

    public IReadOnlyList<Paper>? DailyPapers(DateTime date, CancellationToken cancellation)
    {
        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var url = $"{root}/daily_papers?date={day}";
        return fetcher.Get(new MetadataRequest(MetadataService.HuggingFace, url, url,
            $"daily papers of {day}"), List, cancellation);
    }

    public IReadOnlyList<Paper>? Search(string? title, CancellationToken cancellation)
    {
        var query = Whitespace.Collapse(title);
        if (query == null) return Array.Empty<Paper>();
        var url = $"{root}/papers/search?q={Uri.EscapeDataString(query)}";
        return fetcher.Get(new MetadataRequest(MetadataService.HuggingFace, url, url,
            "paper search"), List, cancellation);
    }

    /// <summary>One paper by arXiv id: a list of one, empty when Hugging Face has no page for it, null when it could
    /// not answer.</summary>
    public IReadOnlyList<Paper>? Paper(string? arxivId, CancellationToken cancellation)
    {
        var segment = UrlSegment.Encode(arxivId);
        if (segment == null) return Array.Empty<Paper>();
        var url = $"{root}/papers/{segment}";
        return fetcher.Get(new MetadataRequest(MetadataService.HuggingFace, url, url, $"paper {arxivId}",
            absentIsAnswer: true), One, cancellation);
    }

    private static IReadOnlyList<Paper> List(MetadataReply reply, CancellationToken deadline)
        => ServiceParsing.Read(new HuggingFaceJsonReader(), reply.Url, reply.Body, deadline);

    private static IReadOnlyList<Paper> One(MetadataReply reply, CancellationToken deadline)
    {
        if (reply.IsAbsent) return Array.Empty<Paper>();
        JsonDocument document;
        try { document = JsonDocument.Parse(reply.Body); }
        catch (JsonException ex) { throw new MetadataResponseException($"it is not complete JSON ({ex.Message})", ex); }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object) throw new MetadataResponseException("it is a " +
                $"JSON {document.RootElement.ValueKind}, not a paper object");
            var problems = new List<Problem>();
            var context = new DigestReadContext(new DigestImportOptions { Format = DigestFormat.HuggingFaceJson },
                problems.Add, deadline);
            var paper = HuggingFacePaperItem.ToPaper(document.RootElement, 1, DigestFormat.HuggingFaceJson,
                DigestSource.FromText(reply.Url, reply.Body), context);
            if (paper == null) throw new MetadataResponseException(problems.Count > 0
                ? problems[0].Message : "it holds no paper");
            return new[] { PublicationYear.Complete(paper) };
        }
    }
}

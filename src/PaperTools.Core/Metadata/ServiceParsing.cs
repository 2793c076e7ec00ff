using PaperTools.Diagnostics;
using PaperTools.Digests;

namespace PaperTools.Metadata;

/// <summary>
/// Runs a digest reader over a service's reply, so a reply is read by exactly the code that reads the same shape
/// from a saved file. Anything the reader would report about a file (cut short, damaged, an entry it cannot use)
/// makes the reply unusable; the papers come back with the year their dates state and only web addresses, as
/// imported papers do.
/// </summary>
internal static class ServiceParsing
{
    public static IReadOnlyList<Paper> Read(IDigestReader reader, string url, string body,
        CancellationToken cancellation)
    {
        var source = DigestSource.FromText(url, body);
        // Detection looks for a paper in the opening text; an empty search result ("[]") has none and is still an
        // answer.
        var shaped = reader.Format == DigestFormat.HuggingFaceJson ? DigestHead.FirstSignificant(source.Head) == '['
            || DigestHead.FirstSignificant(source.Head) == '{' : reader.Recognizes(source.Head);
        if (!shaped)
            throw new MetadataResponseException($"it is not {Shape(reader.Format)} ({MetadataFetcher.Describe(body)})");
        // A warning leaves the record usable: a character read as U+FFFD, or an address that is not http(s), left
        // out as it is from a file (so it is never filled in). Anything else makes the reply unusable.
        var problems = new List<Problem>();
        var context = new DigestReadContext(new DigestImportOptions { Format = reader.Format },
            p => { if (p.Severity == ProblemSeverity.Error) problems.Add(p); }, cancellation);
        var papers = reader.Read(source, context).Select(p => PublicationYear.Complete(PaperAddresses.DropUnsafe(p,
            source, context))).ToList();
        if (problems.Count == 0) return papers;
        // A service error the reader recognised already quotes the service; anything else is shown as the reply began.
        var problem = problems[0];
        throw new MetadataResponseException(problem.ErrorId == ErrorIds.DigestServiceError ? problem.Message
            : $"{problem.Message} ({MetadataFetcher.Describe(body)})");
    }

    private static string Shape(DigestFormat format)
        => format == DigestFormat.ArxivFeed ? "an Atom feed" : format == DigestFormat.CrossrefJson
            ? "Crossref works JSON" : "a JSON list of papers";
}

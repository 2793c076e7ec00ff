using PaperTools.Diagnostics;
using PaperTools.Digests.Arxiv;
using PaperTools.Digests.ArxivOai;
using PaperTools.Digests.Biorxiv;
using PaperTools.Digests.Crossref;
using PaperTools.Formats.CslJson;
using PaperTools.Digests.HuggingFace;
using PaperTools.Digests.JournalToc;
using PaperTools.Digests.OpenAlex;
using PaperTools.Digests.PlainText;
using PaperTools.Digests.PubMed;
using PaperTools.Formats.Ris;
using PaperTools.Digests.Scholar;
using PaperTools.Digests.SemanticScholar;
using PaperTools.Digests.ServiceReplies;

namespace PaperTools.Digests;

/// <summary>
/// Reads one digest file of any known shape: opens and decodes it, picks the reader (named, or detected
/// from the content), and streams the papers. Whatever goes wrong is reported, never thrown, so one bad
/// file cannot stop the others.
/// </summary>
public sealed class DigestImporter
{
    /// <summary>Every reader, most specific first; plain text, which accepts almost anything, comes last.</summary>
    public static IReadOnlyList<IDigestReader> Readers { get; } = new IDigestReader[]
    {
        new ScholarAlertReader(),
        new HuggingFaceHtmlReader(),
        new CrossrefJsonReader(),
        new HuggingFaceJsonReader(),
        new BiorxivFeedReader(),
        new JournalTocReader(),
        new ArxivFeedReader(),
        new ArxivOaiReader(),
        new PubMedReader(),
        new ArxivEmailReader(),
        new SemanticScholarReader(),
        new OpenAlexReader(),
        new CslJsonReader(),
        new RisReader(),
        new PlainTextDigestReader(),
    };

    public IEnumerable<Paper> Import(string path, DigestReadContext context)
        => Open(path, context)?.Papers ?? Enumerable.Empty<Paper>();

    public IEnumerable<Paper> Import(DigestSource source, DigestReadContext context)
        => Open(source, context).Papers;

    /// <summary>The file opened, decoded and its reader chosen; null, with the problem reported, when it cannot be
    /// read.</summary>
    public OpenedDigest? Open(string path, DigestReadContext context)
    {
        var source = DigestDecoder.Open(path, context.Options, out var problem);
        if (problem != null) context.Report(problem);
        return source == null ? null : Open(source, context);
    }

    private OpenedDigest Open(DigestSource source, DigestReadContext context)
    {
        var reader = ChooseReader(source, context.Options.Format);
        return new OpenedDigest(source, reader, Import(source, reader, context));
    }

    // The papers reader reads from source; a null reader is reported as DigestFormatUnknown.
    private static IEnumerable<Paper> Import(DigestSource source, IDigestReader? reader, DigestReadContext context)
    {
        if (context.Options.Format == DigestFormat.Auto
            && ThrottleReply.TryRecognize(ThrottleReply.WholeText(source), out var refusal))
        {
            context.Report(ErrorIds.DigestServiceError, ProblemCategory.InvalidData,
                ThrottleReply.Describe(refusal), source.Path);
            return Enumerable.Empty<Paper>();
        }
        if (reader == null)
        {
            var kind = ContentKind.Describe(source.Head);
            var looks = kind == null ? "is not a digest shape PaperTools knows" : $"looks like {kind}, not a digest";
            context.Report(ErrorIds.DigestFormatUnknown, ProblemCategory.InvalidData,
                $"'{source.Path}' {looks} ({string.Join(", ", Readers.Select(r => r.Format))}); " +
                    "nothing was read from it. Name a shape with -Format if detection is wrong.", source.Path);
            return Enumerable.Empty<Paper>();
        }
        return Guarded(reader, source, context);
    }

    /// <summary>The reader -Format names, or the first whose Recognizes accepts the opening text.</summary>
    private static IDigestReader? ChooseReader(DigestSource source, DigestFormat format)
    {
        if (format != DigestFormat.Auto) return Readers.FirstOrDefault(r => r.Format == format);
        return Readers.FirstOrDefault(r => r.Recognizes(source.Head));
    }

    /// <summary>Detects the shape of a text; Auto when no reader recognises it.</summary>
    public static DigestFormat Detect(string head) => Readers.FirstOrDefault(r => r.Recognizes(head))?.Format
        ?? DigestFormat.Auto;

    // A reader that fails part-way still leaves the papers it already yielded with the caller.
    // Every paper gets the year its own identifiers state (PublicationYear) and keeps only web addresses
    // (PaperAddresses), whichever reader made it.
    private static IEnumerable<Paper> Guarded(IDigestReader reader, DigestSource source, DigestReadContext context)
    {
        IEnumerator<Paper> papers;
        try { papers = reader.Read(source, context).GetEnumerator(); }
        catch (Exception ex) when (IsReadFailure(ex) && !context.IsCallerFailure(ex))
        {
            ReportFailure(reader, source, context, ex);
            yield break;
        }
        using (papers)
        {
            while (true)
            {
                context.Cancellation.ThrowIfCancellationRequested();
                Paper paper;
                try
                {
                    if (!papers.MoveNext()) yield break;
                    paper = papers.Current;
                }
                catch (Exception ex) when (IsReadFailure(ex) && !context.IsCallerFailure(ex))
                {
                    ReportFailure(reader, source, context, ex);
                    yield break;
                }
                yield return PublicationYear.Complete(PaperAddresses.DropUnsafe(paper, source, context));
            }
        }
    }

    private static bool IsReadFailure(Exception ex) => !(ex is OperationCanceledException)
        && !(ex is OutOfMemoryException) && !(ex is StackOverflowException);

    // Input faults are reported by the readers themselves (DigestTruncated, DigestEntryInvalid, …). What
    // reaches here is an I/O failure, or a reader's own defect: that gets its own id, naming the exception,
    // so a bug is never passed off as a damaged file.
    private static void ReportFailure(IDigestReader reader, DigestSource source,
        DigestReadContext context, Exception ex)
    {
        if (ex is IOException || ex is UnauthorizedAccessException)
            context.Report(ErrorIds.DigestUnreadable, ProblemCategory.ReadError,
                $"Reading '{source.Path}' stopped early: {ex.Message}", source.Path, 0, ex);
        // The strict UTF-8 decoder meets a bad byte the opening check did not see: the file changed under us.
        else if (ex is System.Text.DecoderFallbackException)
            context.Report(ErrorIds.DigestInvalidEncoding, ProblemCategory.InvalidData,
                $"Reading '{source.Path}' stopped early: it is not valid UTF-8 past its opening ({ex.Message}).",
                    source.Path, 0, ex);
        else
            context.Report(ErrorIds.DigestReaderFault, ProblemCategory.NotSpecified,
                $"The {reader.Format} reader failed on '{source.Path}' with {ex.GetType().FullName}: {ex.Message} " +
                    "This is a defect in PaperTools, not in the file; the entries before it were read. Please " +
                        "report it with the file.",
                source.Path, 0, ex);
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using PaperTools.Diagnostics;
using PaperTools.Digests.Arxiv;
using PaperTools.Digests.Crossref;
using PaperTools.Digests.ArxivOai;
using PaperTools.Digests.Biorxiv;
using PaperTools.Digests.CslJson;
using PaperTools.Digests.HuggingFace;
using PaperTools.Digests.OpenAlex;
using PaperTools.Digests.PlainText;
using PaperTools.Digests.PubMed;
using PaperTools.Digests.Ris;
using PaperTools.Digests.Scholar;
using PaperTools.Digests.SemanticScholar;
using PaperTools.Digests.ServiceReplies;

namespace PaperTools.Digests
{
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
        {
            var source = DigestDecoder.Open(path, context.Options, out var problem);
            if (problem != null) context.Report(problem);
            return source == null ? Enumerable.Empty<Paper>() : Import(source, context);
        }

        public IEnumerable<Paper> Import(DigestSource source, DigestReadContext context)
        {
            if (context.Options.Format == DigestFormat.Auto && ThrottleReply.TryRecognize(ThrottleReply.WholeText(source), out var refusal))
            {
                context.Report(ErrorIds.DigestServiceError, ProblemCategory.InvalidData, ThrottleReply.Describe(refusal), source.Path);
                return Enumerable.Empty<Paper>();
            }
            var reader = ChooseReader(source, context.Options.Format);
            if (reader == null)
            {
                var kind = ContentKind.Describe(source.Head);
                var looks = kind == null ? "is not a digest shape PaperTools knows" : $"looks like {kind}, not a digest";
                context.Report(ErrorIds.DigestFormatUnknown, ProblemCategory.InvalidData,
                    $"'{source.Path}' {looks} ({string.Join(", ", Readers.Select(r => r.Format))}); nothing was read from it. Name a shape with -Format if detection is wrong.", source.Path);
                return Enumerable.Empty<Paper>();
            }
            return Guarded(reader, source, context);
        }

        /// <summary>The reader -Format names, or the first whose Recognizes accepts the opening text.</summary>
        public static IDigestReader ChooseReader(DigestSource source, DigestFormat format)
        {
            if (format != DigestFormat.Auto) return Readers.FirstOrDefault(r => r.Format == format);
            return Readers.FirstOrDefault(r => r.Recognizes(source.Head));
        }

        /// <summary>Detects the shape of a text; Auto when no reader recognises it.</summary>
        public static DigestFormat Detect(string head) => Readers.FirstOrDefault(r => r.Recognizes(head))?.Format ?? DigestFormat.Auto;

        // A reader that fails part-way still leaves the papers it already yielded with the caller.
        // Every paper gets the year its own identifiers state (PublicationYear), whichever reader made it.
        private static IEnumerable<Paper> Guarded(IDigestReader reader, DigestSource source, DigestReadContext context)
        {
            IEnumerator<Paper> papers;
            try { papers = reader.Read(source, context).GetEnumerator(); }
            catch (Exception ex) when (IsReadFailure(ex) && !context.IsCallerFailure(ex))
            {
                ReportFailure(source, context, ex);
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
                        ReportFailure(source, context, ex);
                        yield break;
                    }
                    yield return PublicationYear.Complete(paper);
                }
            }
        }

        private static bool IsReadFailure(Exception ex) => !(ex is OperationCanceledException) && !(ex is OutOfMemoryException) && !(ex is StackOverflowException);

        private static void ReportFailure(DigestSource source, DigestReadContext context, Exception ex)
        {
            var id = ex is IOException || ex is UnauthorizedAccessException ? ErrorIds.DigestUnreadable : ErrorIds.DigestTruncated;
            var category = id == ErrorIds.DigestUnreadable ? ProblemCategory.ReadError : ProblemCategory.InvalidData;
            context.Report(id, category, $"Reading '{source.Path}' stopped early: {ex.Message}", source.Path, 0, ex);
        }
    }
}

using PaperTools.Diagnostics;

namespace PaperTools.Digests;

/// <summary>
/// The lines of a line-based digest (arXiv e-mail, RIS, Daily Papers text), each with its 1-based number. A line
/// longer than MaxLineLength is reported (DigestLineTooLong) and skipped; Ctrl+C stops the reading between lines.
/// </summary>
public static class DigestLines
{
    public static IEnumerable<(string Text, int Number)> Read(DigestSource source, DigestReadContext context)
    {
        foreach (var (text, number) in ReadMarkingSkipped(source, context))
            if (text != null) yield return (text, number);
    }

    /// <summary>
    /// The same lines, and a skipped one as a null Text with its number, for a reader that must close what the
    /// skipped line may have continued (a title whose abstract it was).
    /// </summary>
    public static IEnumerable<(string? Text, int Number)> ReadMarkingSkipped(DigestSource source,
        DigestReadContext context)
    {
        using var text = source.OpenText();
        var lines = new BoundedLineReader(text, context.Options.MaxLineLength);
        string? line;
        while ((line = lines.ReadLine(out var tooLong)) != null)
        {
            context.Cancellation.ThrowIfCancellationRequested();
            if (tooLong)
            {
                context.Report(ErrorIds.DigestLineTooLong, ProblemCategory.LimitsExceeded,
                    $"Line is longer than {context.Options.MaxLineLength:N0} characters; skipped.",
                    source.Path, lines.LineNumber);
                yield return (null, lines.LineNumber);
                continue;
            }
            yield return (line, lines.LineNumber);
        }
    }
}

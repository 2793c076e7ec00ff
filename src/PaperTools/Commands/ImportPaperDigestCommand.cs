using PaperTools.Digests;

namespace PaperTools.Commands;

/// <summary>
/// Import-PaperDigest: reads digest files of any known shape and writes one Paper per paper, as it is read.
/// Entries that are not papers (PDF names, appendix fragments, news) are listed with -Verbose and summed
/// up in one warning per file; -IncludeNonPaper writes them too, with IsPaper = $false. Progress shows how
/// much of the current file is read and how many papers came so far; -Verbose names each file's shape and counts.
/// </summary>
[Cmdlet(VerbsData.Import, "PaperDigest", DefaultParameterSetName = PathSet, HelpUri = HelpLinks.Docs
    + "Import-PaperDigest.md")]
[OutputType(typeof(Paper))]
public sealed class ImportPaperDigestCommand : PathCmdletBase, IDynamicParameters
{
    /// <summary>The digest shape, instead of detection from the content; only digest shapes complete and bind (not
    /// BibTeX).</summary>
    [Parameter]
    public DigestShape Format { get; set; } = DigestShape.Auto;

    [Parameter]
    public SwitchParameter IncludeNonPaper { get; set; }

    private readonly DigestReadParameters reading = new();
    private readonly DigestImporter importer = new DigestImporter();
    private readonly ProgressReporter progress;
    private int filesRead;
    private long papersWritten;
    private int problemsReported;

    public ImportPaperDigestCommand() => progress = new ProgressReporter(this, "Import-PaperDigest");

    /// <summary>-DigestDate, -Year and -Encoding.</summary>
    public object GetDynamicParameters() => reading;

    protected override void ProcessRecord()
    {
        var options = reading.Options(MyInvocation.BoundParameters, (DigestFormat)Format);
        var context = new DigestReadContext(options, Report, Cancellation);
        RunCancellable(() =>
        {
            foreach (var path in ResolveInputPaths()) ImportFile(path, context);
        });
    }

    protected override void EndProcessing() => progress.Complete();

    // Counts errors only: a warning (a guessed year) leaves the file's "no papers in it" hint due.
    private void Report(Problem problem)
    {
        if (problem.Severity != ProblemSeverity.Warning) problemsReported++;
        WriteProblem(problem);
    }

    private void ImportFile(string path, DigestReadContext context)
    {
        filesRead++;
        var problemsBefore = problemsReported;
        var digest = importer.Open(path, context);
        if (digest == null) return;
        var source = digest.Source;
        var shape = digest.Reader == null ? "no known shape" : $"{digest.Reader.Format}, {source.Encoding.WebName}";
        WriteVerbose($"{path}: {(Format == DigestShape.Auto ? "detected" : "read as")} {shape}.");

        var papers = 0;
        var skipped = new List<Paper>();
        foreach (var paper in digest.Papers)
        {
            if (paper.IsPaper) papers++;
            else
            {
                skipped.Add(paper);
                WriteVerbose($"{path}:{paper.SourceLine}: not a paper ({paper.NonPaperReason}): " +
                    $"{MessageText.Shorten(paper.Title)}");
            }
            if (paper.IsPaper || IncludeNonPaper)
            {
                SeenCategories.Record(paper);
                WriteObject(paper);
                papersWritten++;
            }
            if (progress.IsDue) ShowProgress(source);
        }
        if (progress.IsDue) ShowProgress(source);

        var problems = problemsReported - problemsBefore;
        WriteVerbose($"{path}: {Plural.Of(papers, "paper")}, " +
            $"{Plural.Of(skipped.Count, "non-paper entry", "non-paper entries")}, {Plural.Of(problems, "error")}.");
        if (skipped.Count > 0 && !IncludeNonPaper)
        {
            var one = skipped.Count == 1;
            var which = one ? "1 entry is not a paper and was" : $"{skipped.Count} entries are not papers and were";
            var lines = string.Join(", ", skipped.ConvertAll(p => p.SourceLine));
            WriteWarning($"{path}: {which} left out (line{(one ? "" : "s")} {lines}). " +
                "-Verbose lists them; -IncludeNonPaper emits them.");
        }
        else if (digest.Reader != null && papers == 0 && skipped.Count == 0 && problems == 0)
            WriteWarning($"{path}: no papers in it (read as {shape}). If that is not its shape or encoding, name the " +
                "right one with -Format or -Encoding.");
    }

    private void ShowProgress(DigestSource source)
    {
        var percent = ProgressReporter.Percent(source.BytesRead, source.Length);
        progress.Show($"{System.IO.Path.GetFileName(source.Path)}: {Plural.Of(papersWritten, "paper")} so far",
            percent, $"File {filesRead}{(percent >= 0 ? $", {percent}% read" : string.Empty)}");
    }
}

using PaperTools.Formats.BibTeX;
using PaperTools.Digests;
using PaperTools.Library;
using PaperTools.Metadata;
using PaperTools.Report;

namespace PaperTools.Commands;

/// <summary>
/// Update-PaperLibrary: the scheduled job in one command (LibraryUpdate in Core does the work). Every fault is a
/// non-terminating error, so `pwsh -Command "Update-PaperLibrary ..."` exits 1 when anything failed and 0 otherwise;
/// the one result object says what was done.
/// </summary>
[Cmdlet(VerbsData.Update, "PaperLibrary", SupportsShouldProcess = true,
    HelpUri = HelpLinks.Docs + "Update-PaperLibrary.md")]
[OutputType(typeof(LibraryUpdateResult))]
public sealed class UpdatePaperLibraryCommand : MetadataCmdletBase, IDynamicParameters, IDisposable
{
    /// <summary>The .bib library, made when missing.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; } = null!;

    /// <summary>The digest files to read (wildcards).</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[] Digest { get; set; } = null!;

    [Parameter]
    [ValidateNotNullOrEmpty]
    public MetadataService[] Source { get; set; } =
        { MetadataService.HuggingFace, MetadataService.Arxiv, MetadataService.Crossref };

    [Parameter]
    [ValidateRange(0, 10)]
    public int MaximumRetryCount { get; set; } = 3;

    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(KeyFormatCompleter))]
    public string KeyFormat { get; set; } = CitationKeyFormat.GoogleScholar.ToString();

    [Parameter]
    public SwitchParameter ExcludeAbstract { get; set; }

    /// <summary>
    /// A reading list of the papers this run added, written after the library: .html, .eml (one file per recipient)
    /// or .md, as Export-PaperReport writes it.
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? ReportPath { get; set; }

    /// <summary>The interest profiles (JSON) the report groups the added papers by; without it, one section.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? ProfilePath { get; set; }

    private readonly DigestReadParameters reading = new();
    private LibraryUpdate? update;

    /// <summary>-DigestDate, -Year and -Encoding, as Import-PaperDigest takes them.</summary>
    public object GetDynamicParameters() => reading;

    protected override void EndProcessing()
    {
        if (!TryResolveLiteralFileSystemPath(Path, out var library, out var problem)) ThrowProblem(problem);
        var progress = new ProgressReporter(this, "Update-PaperLibrary");
        var reporter = new LibraryUpdateReporter(WriteProblem, WriteProblem, WriteVerbose,
            s => progress.Show($"{s.Resolved} of {s.Total} papers resolved", -1, s.Activity), ShouldProcess);
        var report = ReportTarget();
        update = new LibraryUpdate(Options(), reporter);
        update.Begin(library!);
        RunCancellable(() =>
        {
            foreach (var input in Digest)
                foreach (var digest in ResolveWildcardFileSystemPaths(input, update.Fail))
                {
                    progress.Show($"Reading {System.IO.Path.GetFileName(digest)}");
                    update.ReadDigest(digest, Cancellation);
                }
            update.Run(Cancellation);
            if (report != null) WriteReport(report.Value.Path, report.Value.Format, update.Result.AddedPapers);
        });
        progress.Complete();
        WriteObject(update.Result);
    }

    // The report's file and format, checked before the run so that a wrong name costs no lookups.
    private (string Path, ReportFormat Format)? ReportTarget()
    {
        if (ReportPath == null)
        {
            if (ProfilePath != null)
                ThrowProblem(new Problem(ErrorIds.ReportProfileInvalid, ProblemCategory.InvalidArgument,
                    "-ProfilePath groups the report that -ReportPath names; add -ReportPath.", ProfilePath));
            return null;
        }
        if (!TryResolveLiteralFileSystemPath(ReportPath, out var path, out var problem)) ThrowProblem(problem);
        var format = ReportFormats.FromExtension(path);
        if (format == null)
            ThrowProblem(new Problem(ErrorIds.ExportTargetInvalid, ProblemCategory.InvalidArgument,
                $"-ReportPath '{ReportPath}' names no report format by its extension (.html, .eml, .md).", ReportPath));
        return (path, format.Value);
    }

    private void WriteReport(string path, ReportFormat format, Paper[] added)
    {
        List<InterestProfile>? profiles = null;
        if (ProfilePath != null)
        {
            if (!TryResolveLiteralFileSystemPath(ProfilePath, out var profilePath, out var problem))
            {
                WriteProblem(problem);
                return;
            }
            try { profiles = ProfileFile.Read(profilePath, WriteProblem); }
            catch (PaperToolsException ex)
            {
                WriteError(ErrorRecordFactory.FromException(ex, ProfilePath));
                return;
            }
        }
        var report = ReportBuilder.Build(added, profiles, null, null, Cancellation);
        foreach (var written in ReportFile.WriteAll(report, format, path, MimeReportRenderer.DefaultFrom,
                     noClobber: false, force: false, ShouldProcess, WriteProblem, Cancellation))
            WriteVerbose($"Report written: {written}");
    }

    private LibraryUpdateOptions Options()
    {
        if (!BibTeXWriterParameters.TryKeyFormat(KeyFormat, out var keyFormat, out var problem)) ThrowProblem(problem);
        var metadata = NewMetadataOptions();
        metadata.Sources = Source.Distinct().ToArray();
        metadata.MaxRetries = MaximumRetryCount;
        return new LibraryUpdateOptions
        {
            Digests = reading.Options(MyInvocation.BoundParameters),
            Metadata = metadata,
            Export = new BibTeXExportOptions { KeyFormat = keyFormat, IncludeAbstract = !ExcludeAbstract },
        };
    }

    public void Dispose() => update?.Dispose();
}

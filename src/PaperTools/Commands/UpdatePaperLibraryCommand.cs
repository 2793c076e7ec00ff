#nullable enable
using System;
using System.Linq;
using System.Management.Automation;
using PaperTools.BibTeX;
using PaperTools.Diagnostics;
using PaperTools.Digests;
using PaperTools.Library;
using PaperTools.Metadata;

namespace PaperTools.Commands;

/// <summary>
/// Update-PaperLibrary: the scheduled job in one command (LibraryUpdate in Core does the work). Every fault is a
/// non-terminating error, so `pwsh -Command "Update-PaperLibrary ..."` exits 1 when anything failed and 0 otherwise;
/// the one result object says what was done.
/// </summary>
[Cmdlet(VerbsData.Update, "PaperLibrary", SupportsShouldProcess = true,
    HelpUri = HelpLinks.Docs + "Update-PaperLibrary.md")]
[OutputType(typeof(LibraryUpdateResult))]
public sealed class UpdatePaperLibraryCommand : PaperToolsCmdlet, IDisposable
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
    public DateTime DigestDate { get; set; }

    [Parameter]
    [ValidateRange(1990, 2200)]
    public int Year { get; set; }

    [Parameter]
    [ValidateNotNull]
    [EncodingTransformation]
    [ArgumentCompleter(typeof(EncodingCompleter))]
    public System.Text.Encoding? Encoding { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public MetadataService[] Source { get; set; } =
        { MetadataService.HuggingFace, MetadataService.Arxiv, MetadataService.Crossref };

    [Parameter]
    [ValidatePattern(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    public string? Contact { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? CachePath { get; set; }

    [Parameter]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromDays(30);

    [Parameter]
    public SwitchParameter Offline { get; set; }

    [Parameter]
    [ValidateRange(1, 600)]
    public int TimeoutSec { get; set; } = 30;

    [Parameter]
    [ValidateRange(0, 10)]
    public int MaximumRetryCount { get; set; } = 3;

    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(KeyFormatCompleter))]
    public string KeyFormat { get; set; } = CitationKeyFormat.GoogleScholar.Name;

    [Parameter]
    public SwitchParameter ExcludeAbstract { get; set; }

    private LibraryUpdate? update;

    protected override void EndProcessing()
    {
        var library = ResolveLiteralFileSystemPath(Path, out var problem);
        if (library == null) ThrowProblem(problem);
        var progress = new ProgressReporter(this, "Update-PaperLibrary");
        var reporter = new LibraryUpdateReporter(p => WriteError(ErrorRecordFactory.FromProblem(p)),
            p => WriteWarning(ErrorRecordFactory.WarningText(p)), WriteVerbose,
            s => progress.Show($"{s.Resolved} of {s.Total} papers resolved", -1, s.Activity), ShouldProcess);
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
        });
        progress.Complete();
        WriteObject(update.Result);
    }

    private LibraryUpdateOptions Options()
    {
        string? cache = null;
        if (CachePath != null)
        {
            cache = ResolveLiteralFileSystemPath(CachePath, out var problem);
            if (cache == null) ThrowProblem(problem);
        }
        CitationKeyFormat keyFormat;
        try { keyFormat = CitationKeyFormat.Parse(KeyFormat); }
        catch (ArgumentException ex)
        {
            ThrowProblem(new Problem(ErrorIds.BibTeXKeyFormatInvalid, ProblemCategory.InvalidArgument,
                ex.Message, KeyFormat, 0, ex));
            return null!;
        }
        var bound = MyInvocation.BoundParameters;
        var metadata = new MetadataOptions
        {
            Sources = Source.Distinct().ToArray(),
            Contact = Contact,
            CachePath = cache,
            MaxAge = MaxAge < TimeSpan.Zero ? TimeSpan.Zero : MaxAge,
            Offline = Offline,
            Timeout = TimeSpan.FromSeconds(TimeoutSec),
            MaxRetries = MaximumRetryCount,
        };
        var version = MyInvocation.MyCommand.Module?.Version;
        if (version != null) metadata.Version = version.ToString();
        return new LibraryUpdateOptions
        {
            Digests = new DigestImportOptions
            {
                DigestDate = bound.ContainsKey(nameof(DigestDate)) ? DigestDate : null,
                Year = bound.ContainsKey(nameof(Year)) ? Year : null,
                Encoding = Encoding,
            },
            Metadata = metadata,
            Export = new BibTeXExportOptions { KeyFormat = keyFormat, IncludeAbstract = !ExcludeAbstract },
        };
    }

    public void Dispose() => update?.Dispose();
}

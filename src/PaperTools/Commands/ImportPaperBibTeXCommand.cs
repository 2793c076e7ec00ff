using PaperTools.Formats.BibTeX;

namespace PaperTools.Commands;

/// <summary>
/// Import-PaperBibTeX: reads .bib files into Paper objects: each carries its entry as written (EntryType, Fields,
/// Entry) and the typed properties it reads as (LaTeX decoded to Unicode, CitationKey set, SourceFormat BibTeX).
/// A broken entry is an error record naming the file and line; the entries after it still come through.
/// </summary>
[Cmdlet(VerbsData.Import, "PaperBibTeX", DefaultParameterSetName = PathSet, HelpUri = HelpLinks.Docs
    + "Import-PaperBibTeX.md")]
[OutputType(typeof(Paper))]
public sealed class ImportPaperBibTeXCommand : PathCmdletBase
{
    private readonly ProgressReporter progress;

    public ImportPaperBibTeXCommand() => progress = new ProgressReporter(this, "Import-PaperBibTeX");

    /// <summary>
    /// The text encoding of a .bib without a byte order mark that is not UTF-8, as Get-Content reads -Encoding
    /// (windows-1252, gbk, shift_jis, 936, an [Encoding]); by default such a file is read as Windows-1252.
    /// </summary>
    [Parameter]
    [ValidateNotNull]
    [EncodingTransformation]
    [ArgumentCompleter(typeof(EncodingCompleter))]
    public Encoding? Encoding { get; set; }

    protected override void ProcessRecord()
    {
        foreach (var path in ResolveInputPaths())
        {
            var name = System.IO.Path.GetFileName(path);
            // Reading and parsing is one step; the bar then follows the papers as they go down the pipeline.
            if (progress.IsDue) progress.Show($"Reading {name}");
            var library = BibTeXLibrary.Read(path, WriteProblem, Cancellation, Encoding);
            if (library == null) continue;
            WriteVerbose($"{path}: {library.Papers.Count:N0} entries ({library.Encoding.WebName}).");
            for (var i = 0; i < library.Papers.Count; i++)
            {
                var paper = library.Papers[i];
                SeenCategories.Record(paper);
                WriteObject(paper);
                if (progress.IsDue) progress.Show($"{name}: {i + 1:N0} of {library.Papers.Count:N0} papers",
                    ProgressReporter.Percent(i + 1, library.Papers.Count));
            }
        }
    }

    protected override void EndProcessing() => progress.Complete();
}

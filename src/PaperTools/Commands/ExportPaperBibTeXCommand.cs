using PaperTools.BibTeX;
using PaperTools.Formats.BibTeX;

namespace PaperTools.Commands;

/// <summary>
/// Export-PaperBibTeX: writes the papers from the pipeline to a .bib file, atomically and under the library's
/// lock. -Append adds only the papers the file does not have yet (the same work: arXiv id, DOI, or a title whose
/// facts agree) and keeps its existing bytes; papers the file already has keep their keys. Entries read from a
/// .bib are written back as they were, except what was changed. Papers are collected first and written once, at the
/// end.
/// </summary>
[Cmdlet(VerbsData.Export, "PaperBibTeX", DefaultParameterSetName = PathSet, SupportsShouldProcess = true,
    HelpUri = HelpLinks.Docs + "Export-PaperBibTeX.md")]
[OutputType(typeof(Paper))]
public sealed class ExportPaperBibTeXCommand : PaperFileExportCmdletBase<BibTeXEntry>, IDynamicParameters
{
    private readonly BibTeXWriterParameters writer = new();

    /// <summary>-Dialect, -Escaping, -KeyFormat, -ExcludeAbstract, -DefaultYear and -AddMissingKey.</summary>
    public object GetDynamicParameters() => writer;

    protected override string RecordNoun => "entry";

    protected override void BeginProcessing()
    {
        if (!writer.TryFormat(MyInvocation.BoundParameters, out var format, out var problem)) ThrowProblem(problem);
        Begin(format);
    }
}

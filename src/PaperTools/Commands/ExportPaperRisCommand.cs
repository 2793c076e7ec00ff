using PaperTools.Export;
using PaperTools.Formats.Ris;

namespace PaperTools.Commands;

/// <summary>
/// Export-PaperRis: writes the papers from the pipeline to a RIS file that Zotero, EndNote and Mendeley import,
/// atomically. -Append adds only the papers the file does not have yet and keeps its bytes.
/// </summary>
[Cmdlet(VerbsData.Export, "PaperRis", DefaultParameterSetName = PathSet, SupportsShouldProcess = true,
    HelpUri = HelpLinks.Docs + "Export-PaperRis.md")]
[OutputType(typeof(Paper))]
public sealed class ExportPaperRisCommand : PaperFileExportCmdletBase<KeyedPaper>
{
    protected override void BeginProcessing() => Begin(new RisFileFormat());
}

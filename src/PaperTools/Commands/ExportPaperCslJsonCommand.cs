using PaperTools.Formats.CslJson;
using PaperTools.Export;

namespace PaperTools.Commands;

/// <summary>
/// Export-PaperCslJson: writes the papers from the pipeline to a CSL-JSON file (the citation data of Zotero,
/// pandoc and citation-js), atomically. -Append adds only the papers the file does not have yet, inside its list.
/// </summary>
[Cmdlet(VerbsData.Export, "PaperCslJson", DefaultParameterSetName = PathSet, SupportsShouldProcess = true,
    HelpUri = HelpLinks.Docs + "Export-PaperCslJson.md")]
[OutputType(typeof(Paper))]
public sealed class ExportPaperCslJsonCommand : PaperFileExportCmdletBase<KeyedPaper>
{
    protected override void BeginProcessing() => Begin(new CslJsonFileFormat());
}

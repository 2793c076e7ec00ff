namespace PaperTools.Commands;

/// <summary>
/// Get-PaperDuplicate: the groups of papers in the input that are the same work (a shared arXiv id or DOI, the same
/// title with nothing conflicting, a cut title and its full form), each paper with where it came from, the reason
/// it belongs and how sure that is. Papers seen once are not written. Groups come in order of first appearance.
/// </summary>
[Cmdlet(VerbsCommon.Get, "PaperDuplicate", HelpUri = HelpLinks.Docs + "Get-PaperDuplicate.md")]
[OutputType(typeof(PaperDuplicateGroup))]
public sealed class GetPaperDuplicateCommand : DuplicateCmdletBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
    [AllowNull]
    [AllowEmptyCollection]
    [PaperInputTransformation]
    public Paper[]? InputObject { get; set; }

    protected override void ProcessRecord() => Gather(InputObject);

    protected override void EndProcessing()
    {
        foreach (var group in GroupGathered(includeSingles: false)) WriteObject(group);
        Progress.Complete();
    }
}

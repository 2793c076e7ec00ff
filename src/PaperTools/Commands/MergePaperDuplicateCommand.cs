using PaperTools.Identity;

namespace PaperTools.Commands;

/// <summary>
/// Merge-PaperDuplicate: one paper per work. From papers, it groups them as Get-PaperDuplicate does and writes, in
/// order of first appearance, each paper seen once as it is and each group as one new paper with the richest value
/// of each property and every record's provenance in SeenIn; from Get-PaperDuplicate's groups (perhaps filtered),
/// it merges each group. The input papers are never changed.
/// </summary>
[Cmdlet(VerbsData.Merge, "PaperDuplicate", DefaultParameterSetName = PaperSet, HelpUri = HelpLinks.Docs
    + "Merge-PaperDuplicate.md")]
[OutputType(typeof(Paper))]
public sealed class MergePaperDuplicateCommand : DuplicateCmdletBase
{
    private const string PaperSet = "Paper";
    private const string GroupSet = "Group";

    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = PaperSet)]
    [AllowNull]
    [AllowEmptyCollection]
    [PaperInputTransformation]
    public Paper[]? InputObject { get; set; }

    /// <summary>Groups as Get-PaperDuplicate writes them.</summary>
    [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = GroupSet)]
    [AllowNull]
    [AllowEmptyCollection]
    public PaperDuplicateGroup[]? Group { get; set; }

    protected override void ProcessRecord()
    {
        if (ParameterSetName == PaperSet)
        {
            Gather(InputObject);
            return;
        }
        if (Group == null) return;
        foreach (var group in Group)
            if (group != null) WriteObject(PaperMerger.Merge(group.Papers));
    }

    protected override void EndProcessing()
    {
        if (ParameterSetName != PaperSet) return;
        foreach (var group in GroupGathered(includeSingles: true))
            WriteObject(group.Count == 1 ? group.Members[0].Paper : PaperMerger.Merge(group.Papers));
        Progress.Complete();
    }
}

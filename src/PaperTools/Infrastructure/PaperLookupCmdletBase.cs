using PaperTools.Metadata;

namespace PaperTools.Commands;

/// <summary>
/// What Update-PaperMetadata and Update-PaperPublication share: papers from the pipeline looked up a window at a
/// time (one arXiv id_list request), written in the order they came.
/// </summary>
public abstract class PaperLookupCmdletBase : MetadataCmdletBase
{
    [Parameter(Mandatory = true, ValueFromPipeline = true)]
    [AllowNull]
    [AllowEmptyCollection]
    [PaperInputTransformation]
    public Paper[]? InputObject { get; set; }

    private readonly List<Paper> window = new();

    /// <summary>Looks up one window of papers and writes what comes of them.</summary>
    protected abstract void LookUp(Paper[] papers);

    protected override void ProcessRecord()
    {
        foreach (var paper in InputObject ?? Array.Empty<Paper>())
        {
            if (paper == null) continue;
            window.Add(paper);
            if (window.Count >= MetadataUpdater.WindowSize) LookUpWindow();
        }
    }

    /// <summary>Looks up the papers of the last, partial window; EndProcessing calls it first.</summary>
    protected void LookUpWindow()
    {
        if (window.Count == 0) return;
        var papers = window.ToArray();
        window.Clear();
        LookUp(papers);
    }
}

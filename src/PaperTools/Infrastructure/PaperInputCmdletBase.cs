namespace PaperTools.Commands;

/// <summary>
/// Base of the cmdlets that take papers from the pipeline (-InputObject): the progress bar of the call, and the
/// papers collected by those that write them once, at the end.
/// </summary>
public abstract class PaperInputCmdletBase : PaperToolsCmdlet
{
    [Parameter(Mandatory = true, ValueFromPipeline = true)]
    [AllowNull]
    [AllowEmptyCollection]
    public Paper[]? InputObject { get; set; }

    private ProgressReporter? progress;

    /// <summary>The bar of this call, under the cmdlet's name.</summary>
    private protected ProgressReporter Progress => progress ??= new ProgressReporter(this, MyInvocation.MyCommand.Name);

    /// <summary>The papers of the input so far, without nulls, for cmdlets that write them at the end.</summary>
    protected List<Paper> Collected { get; } = new();

    /// <summary>Adds this input's papers to <see cref="Collected"/>; the bar: "N papers collected{where}".</summary>
    protected void Collect(string where = "")
    {
        if (InputObject == null) return;
        foreach (var paper in InputObject)
        {
            if (paper != null) Collected.Add(paper);
            if (Progress.IsDue) Progress.Show($"{Plural.Of(Collected.Count, "paper")} collected{where}");
        }
    }
}

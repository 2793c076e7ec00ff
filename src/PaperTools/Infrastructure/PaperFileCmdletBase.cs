namespace PaperTools.Commands;

/// <summary>
/// What the cmdlets that write the pipeline's papers to a file share (the Export-Paper* cmdlets): -Path, taken
/// literally as Out-File takes it, or -LiteralPath; -NoClobber, -Force and -PassThru.
/// </summary>
public abstract class PaperFileCmdletBase : PaperInputCmdletBase
{
    protected const string PathSet = "Path";
    protected const string LiteralPathSet = "LiteralPath";

    /// <summary>The file to write, relative to the current location.</summary>
    [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet)]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; } = null!;

    [Parameter(Mandatory = true, ParameterSetName = LiteralPathSet)]
    [Alias("PSPath", "LP")]
    [ValidateNotNullOrEmpty]
    public string LiteralPath { get; set; } = null!;

    /// <summary>Refuses to replace an existing file.</summary>
    [Parameter]
    [Alias("NoOverwrite")]
    public SwitchParameter NoClobber { get; set; }

    /// <summary>Writes a read-only file too.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary>Writes what was written: the papers, or the report's files.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <summary>The file as -Path or -LiteralPath gives it.</summary>
    protected string GivenPath => ParameterSetName == LiteralPathSet ? LiteralPath : Path;

    /// <summary>The file-system path of the file to write; one that cannot be resolved stops the call.</summary>
    protected string ResolveTarget()
    {
        if (!TryResolveLiteralFileSystemPath(GivenPath, out var resolved, out var problem)) ThrowProblem(problem);
        return resolved;
    }
}

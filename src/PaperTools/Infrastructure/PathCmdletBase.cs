namespace PaperTools.Commands;

/// <summary>
/// -Path (wildcards, by value from the pipeline) and -LiteralPath (alias PSPath, by property name), so that
/// both `Import-PaperDigest *.txt` and `Get-ChildItem -File | Import-PaperDigest` work. Paths resolve
/// through the session (relative to $PWD, any FileSystem drive); other providers are a named error.
/// </summary>
public abstract class PathCmdletBase : PaperToolsCmdlet
{
    protected const string PathSet = "Path";
    protected const string LiteralPathSet = "LiteralPath";

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet, ValueFromPipeline = true,
        ValueFromPipelineByPropertyName = true)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[]? Path { get; set; }

    [Parameter(Mandatory = true, ParameterSetName = LiteralPathSet, ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath", "LP")]
    [ValidateNotNullOrEmpty]
    public string[]? LiteralPath { get; set; }

    /// <summary>The file-system paths the bound parameter names; writes an error for each one that names
    /// none.</summary>
    protected IEnumerable<string> ResolveInputPaths()
    {
        var literal = ParameterSetName == LiteralPathSet;
        foreach (var input in (literal ? LiteralPath : Path) ?? Array.Empty<string>())
        {
            foreach (var resolved in literal ? ResolveLiteral(input) : ResolveWildcard(input))
                yield return resolved;
        }
    }

    private IEnumerable<string> ResolveLiteral(string input)
    {
        if (TryResolveLiteralFileSystemPath(input, out var path, out var problem)) yield return path;
        else WriteProblem(problem);
    }

    private IEnumerable<string> ResolveWildcard(string input) => ResolveWildcardFileSystemPaths(input, WriteProblem);
}

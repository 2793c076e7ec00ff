namespace PaperTools.BuildTool;

/// <summary>A problem that stops the tool: a missing input.</summary>
public sealed class BuildToolException : Exception
{
    public BuildToolException(string file, string message) : base(message) => File = file;

    public string File { get; }
}

namespace PaperTools.BuildTool;

/// <summary>Problems in the docs, written where MSBuild shows them as warnings.</summary>
public sealed class Warnings
{
    public int Count { get; private set; }

    public void Add(string file, int line, string message)
    {
        Count++;
        Console.WriteLine($"{file}({line}): warning PTB001: {message}");
    }
}

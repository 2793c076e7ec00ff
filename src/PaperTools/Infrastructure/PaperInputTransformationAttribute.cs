namespace PaperTools.Commands;

/// <summary>
/// Binds a paper piped in on its own to the Paper[] -InputObject as a one-paper array straight away. PowerShell's
/// general conversion reaches the same array by a longer road (a list made, each element converted), and it runs once
/// for every object of a pipeline; anything but a paper is left to that conversion, as before.
/// </summary>
public sealed class PaperInputTransformationAttribute : ArgumentTransformationAttribute
{
    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData) => inputData switch
    {
        Paper paper => new[] { paper },
        PSObject { BaseObject: Paper wrapped } => new[] { wrapped },
        _ => inputData,
    };
}

namespace PaperTools.Commands;

/// <summary>
/// Binds -Encoding as PowerShell's own cmdlets do: a name (utf8, utf8BOM, unicode, latin1, oem, windows-1252, …),
/// a code page number, or a [System.Text.Encoding]. An unknown name is a binding error that lists the names.
/// </summary>
public sealed class EncodingTransformationAttribute : ArgumentTransformationAttribute
{
    public override object? Transform(EngineIntrinsics engineIntrinsics, object inputData)
    {
        var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
        switch (value)
        {
            case null: return null;
            case Encoding encoding: return encoding;
            case int codePage: return EncodingNames.FromCodePage(codePage) ?? throw Unknown(codePage.ToString());
            case string name: return EncodingNames.Resolve(name) ?? throw Unknown(name);
            default: throw Unknown(value.ToString());
        }
    }

    private static ArgumentTransformationMetadataException Unknown(string? name)
        => new ArgumentTransformationMetadataException(
            $"'{name}' is not a text encoding. Use a name such as {string.Join(", ", EncodingCompleter.Names)}, a " +
                "code page number such as 1252, or a [System.Text.Encoding].");
}

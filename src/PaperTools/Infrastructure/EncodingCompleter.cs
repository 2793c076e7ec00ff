using System.Collections;
using System.Management.Automation.Language;

namespace PaperTools.Commands;

/// <summary>Tab completion of -Encoding with the names <see cref="EncodingTransformationAttribute"/> binds; any code
/// page can still be typed.</summary>
public sealed class EncodingCompleter : IArgumentCompleter
{
    internal static IEnumerable<string> Names => EncodingNames.Known.Select(k => k.Key);

    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName,
        string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
        return EncodingNames.Known
            .Where(k => k.Key.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
            .Select(k => new CompletionResult(k.Key, k.Key, CompletionResultType.ParameterValue, k.Value));
    }
}

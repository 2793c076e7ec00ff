using System.Collections;
using System.Management.Automation.Language;
using PaperTools.Formats.BibTeX;

namespace PaperTools.Commands;

/// <summary>Tab completion of -KeyFormat with the preset names; a pattern can still be typed.</summary>
public sealed class KeyFormatCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName,
        string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        // A preset's ToString is its name.
        => CitationKeyFormat.Presets.Select(p => (Name: p.ToString(), p.Pattern))
            .Where(p => p.Name.StartsWith(wordToComplete ?? string.Empty, System.StringComparison.OrdinalIgnoreCase))
            .Select(p => new CompletionResult(p.Name, p.Name, CompletionResultType.ParameterValue, p.Pattern));
}

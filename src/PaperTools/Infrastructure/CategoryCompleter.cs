using System.Collections;
using System.Management.Automation.Language;
using PaperTools.Search;

namespace PaperTools.Commands;

/// <summary>
/// Tab completion of -Category: the categories of the papers this session has read; before any, or when none
/// matches, arXiv's taxonomy (each with its name as the tooltip). A word can match a name too: "robot" finds cs.RO.
/// </summary>
public sealed class CategoryCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName,
        string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
        var seen = SeenCategories.InThisSession().Where(c => c.StartsWith(typed,
            StringComparison.OrdinalIgnoreCase)).ToArray();
        var matches = seen.Length > 0
            ? seen.Select(c => new KeyValuePair<string, string>(c, ArxivTaxonomy.NameOf(c) ?? c))
            : FromTaxonomy(typed);
        return matches.Select(m => new CompletionResult(m.Key, m.Key, CompletionResultType.ParameterValue, m.Value));
    }

    private static IEnumerable<KeyValuePair<string, string>> FromTaxonomy(string typed)
    {
        var byId = ArxivTaxonomy.Categories.Where(c => c.Key.StartsWith(typed,
            StringComparison.OrdinalIgnoreCase)).ToArray();
        return byId.Length > 0 || typed.Length == 0
            ? byId
            : ArxivTaxonomy.Categories.Where(c => c.Value.IndexOf(typed, StringComparison.OrdinalIgnoreCase) >= 0);
    }
}

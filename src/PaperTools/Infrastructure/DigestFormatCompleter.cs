using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using PaperTools.Digests;

namespace PaperTools.Commands
{
    /// <summary>Tab completion of Import-PaperDigest -Format: Auto and the shapes a digest reader reads (not BibTeX, which Import-PaperBibTeX reads).</summary>
    public sealed class DigestFormatCompleter : IArgumentCompleter
    {
        /// <summary>Auto, then every shape some reader reads, in the enum's order.</summary>
        internal static IEnumerable<DigestFormat> DigestShapes
            => new[] { DigestFormat.Auto }.Concat(DigestImporter.Readers.Select(r => r.Format).OrderBy(f => f));

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var typed = (wordToComplete ?? string.Empty).Trim('\'', '"');
            return DigestShapes
                .Select(f => f.ToString())
                .Where(name => name.StartsWith(typed, StringComparison.OrdinalIgnoreCase))
                .Select(name => new CompletionResult(name, name, CompletionResultType.ParameterValue, name));
        }
    }
}

using System.Management.Automation;
using PaperTools.BibTeX;
using PaperTools.Diagnostics;

namespace PaperTools.Commands
{
    /// <summary>
    /// Import-PaperBibTeX: reads .bib files into Paper objects: each carries its entry as written (EntryType, Fields,
    /// Entry) and the typed properties it reads as (LaTeX decoded to Unicode, CitationKey set, SourceFormat BibTeX).
    /// A broken entry is an error record naming the file and line; the entries after it still come through.
    /// </summary>
    [Cmdlet(VerbsData.Import, "PaperBibTeX", DefaultParameterSetName = PathSet)]
    [OutputType(typeof(Paper))]
    public sealed class ImportPaperBibTeXCommand : PathCmdletBase
    {
        protected override void ProcessRecord()
        {
            foreach (var path in ResolveInputPaths())
            {
                WriteVerbose($"Reading '{path}'.");
                var library = BibTeXLibrary.Read(path, Report, Cancellation);
                if (library == null) continue;
                foreach (var paper in library.Papers) WriteObject(paper);
            }
        }

        // An undefined macro reads as empty, as bibtex reads it, and an unsafe key is rewritten on export: warnings, not errors.
        private void Report(Problem problem)
        {
            if (problem.ErrorId == ErrorIds.BibTeXMacroUndefined || problem.ErrorId == ErrorIds.BibTeXKeyUnsafe) WriteProblemWarning(problem);
            else WriteProblem(problem);
        }
    }
}

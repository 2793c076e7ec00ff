using System;
using System.Management.Automation;
using PaperTools.BibTeX;

namespace PaperTools.Commands
{
    /// <summary>
    /// ConvertTo-PaperBibTeX: one string per entry, as each paper arrives, so `| Set-Content`, `| clip` and
    /// `| Select-String` work. Keys are unique within the call; a paper read from a .bib keeps its key and its entry
    /// as written, preceded by the @string definitions it uses (once per call); the same work given twice is written once.
    /// </summary>
    [Cmdlet(VerbsData.ConvertTo, "PaperBibTeX")]
    [OutputType(typeof(string))]
    public sealed class ConvertToPaperBibTeXCommand : BibTeXWriterCmdletBase
    {
        private BibTeXExportSession session;
        private BibTeXMacroCarrier macros;

        protected override void BeginProcessing()
        {
            session = new BibTeXExportSession(CreateOptions(), null, ReportPaperProblem, newLine: Environment.NewLine);
            macros = new BibTeXMacroCarrier(Environment.NewLine);
        }

        protected override void ProcessRecord()
        {
            if (InputObject == null) return;
            foreach (var paper in InputObject)
            {
                Cancellation.ThrowIfCancellationRequested();
                if (paper == null) continue;
                var same = session.FindWritten(paper);
                if (same != null)
                {
                    WriteVerbose($"Already written as '{session.KeyOf(same)}': {Describe(paper)}");
                    continue;
                }
                var entry = session.Add(paper);
                if (entry != null) WriteObject(macros.WithDefinitions(entry));
            }
        }
    }
}

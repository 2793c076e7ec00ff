using System;
using System.Management.Automation;
using PaperTools.BibTeX;

namespace PaperTools.Commands;

/// <summary>
/// ConvertTo-PaperBibTeX: one string per entry, as each paper arrives, so `| Set-Content`, `| clip` and
/// `| Select-String` work. Keys are unique within the call; a paper read from a .bib keeps its key and its entry
/// as written, preceded by the @string definitions it uses (once per call); the same work given twice is written once.
/// </summary>
[Cmdlet(VerbsData.ConvertTo, "PaperBibTeX", HelpUri = HelpLinks.Docs + "ConvertTo-PaperBibTeX.md")]
[OutputType(typeof(string))]
public sealed class ConvertToPaperBibTeXCommand : BibTeXWriterCmdletBase
{
    private BibTeXExportSession session;
    private BibTeXMacroCarrier macros;
    private ProgressReporter progress;
    private long entries;

    protected override void BeginProcessing()
    {
        session = new BibTeXExportSession(CreateOptions(), null, WriteProblem, newLine: Environment.NewLine);
        macros = new BibTeXMacroCarrier(Environment.NewLine);
        progress = new ProgressReporter(this, "ConvertTo-PaperBibTeX");
    }

    protected override void EndProcessing() => progress.Complete();

    protected override void ProcessRecord()
    {
        if (InputObject == null) return;
        foreach (var paper in InputObject)
        {
            Cancellation.ThrowIfCancellationRequested();
            if (paper == null) continue;
            var entry = session.Add(paper, out var writtenAs);
            if (writtenAs != null) WriteVerbose($"Already written as '{session.KeyOf(writtenAs)}': {Describe(paper)}");
            if (entry == null) continue;
            WriteObject(macros.WithDefinitions(entry));
            entries++;
            if (progress.IsDue) progress.Show($"{Plural.Of(entries, "BibTeX entry", "BibTeX entries")} written");
        }
    }
}

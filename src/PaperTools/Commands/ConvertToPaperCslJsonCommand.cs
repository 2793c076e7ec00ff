using System.Collections.Generic;
using System.Management.Automation;
using PaperTools.CslJson;
using PaperTools.Export;

namespace PaperTools.Commands;

/// <summary>
/// ConvertTo-PaperCslJson: the papers from the pipeline as one CSL-JSON document, a list of items, written when
/// the input ends. Unlike RIS records, CSL-JSON items do not join into a file one by one, so, like ConvertTo-Json,
/// this writes one string for the whole input; -AsItem writes one item object per paper instead.
/// </summary>
[Cmdlet(VerbsData.ConvertTo, "PaperCslJson", HelpUri = HelpLinks.Docs + "ConvertTo-PaperCslJson.md")]
[OutputType(typeof(string))]
public sealed class ConvertToPaperCslJsonCommand : PaperToolsCmdlet
{
    [Parameter(Mandatory = true, ValueFromPipeline = true)]
    [AllowNull]
    [AllowEmptyCollection]
    public Paper[] InputObject { get; set; }

    /// <summary>Writes each paper's item on its own, as it arrives, instead of one list at the end.</summary>
    [Parameter]
    public SwitchParameter AsItem { get; set; }

    private ExportSession session;
    private ProgressReporter progress;
    private long converted;
    private readonly List<ExportRecord> records = new List<ExportRecord>();

    protected override void BeginProcessing()
    {
        progress = new ProgressReporter(this, MyInvocation.MyCommand.Name);
        session = new ExportSession("CSL-JSON", null, WriteProblem);
    }

    protected override void ProcessRecord()
    {
        if (InputObject == null) return;
        foreach (var paper in InputObject)
        {
            Cancellation.ThrowIfCancellationRequested();
            if (paper == null) continue;
            var record = session.Add(paper, out var writtenAs);
            if (writtenAs != null) WriteVerbose($"Already written as '{session.KeyOf(writtenAs)}': {paper.Title ?? paper.Id}");
            if (record == null) continue;
            if (AsItem) WriteObject(CslItemWriter.Write(record, 0, System.Environment.NewLine));
            else records.Add(record);
            converted++;
            if (progress.IsDue) progress.Show($"{Plural.Of(converted, "CSL-JSON item")} {(AsItem ? "written" : "made")}");
        }
    }

    protected override void EndProcessing()
    {
        if (!AsItem) WriteObject(new CslJsonFileFormat().NewFile(records).Replace("\n", System.Environment.NewLine).TrimEnd());
        progress.Complete();
    }
}

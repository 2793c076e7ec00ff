using System.Management.Automation;
using PaperTools.Export;
using PaperTools.Ris;

namespace PaperTools.Commands;

/// <summary>
/// ConvertTo-PaperRis: one RIS record string per paper, as each arrives; records joined by line breaks are a RIS
/// file, so `| Set-Content refs.ris` works. Keys are unique within the call; the same work given twice is written once.
/// </summary>
[Cmdlet(VerbsData.ConvertTo, "PaperRis", HelpUri = HelpLinks.Docs + "ConvertTo-PaperRis.md")]
[OutputType(typeof(string))]
public sealed class ConvertToPaperRisCommand : PaperToolsCmdlet
{
    [Parameter(Mandatory = true, ValueFromPipeline = true)]
    [AllowNull]
    [AllowEmptyCollection]
    public Paper[] InputObject { get; set; }

    private ExportSession session;
    private ProgressReporter progress;
    private long converted;

    protected override void BeginProcessing()
    {
        progress = new ProgressReporter(this, MyInvocation.MyCommand.Name);
        session = new ExportSession("RIS", null, WriteProblem);
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
            WriteObject(RisRecordWriter.Write(record, System.Environment.NewLine));
            converted++;
            if (progress.IsDue) progress.Show($"{Plural.Of(converted, "RIS record")} written");
        }
    }

    protected override void EndProcessing() => progress.Complete();
}

using PaperTools.Export;

namespace PaperTools.Commands;

/// <summary>
/// What ConvertTo-PaperBibTeX, ConvertTo-PaperRis and ConvertTo-PaperCslJson share: each paper from the pipeline
/// made into its record as it arrives, through one session for the call (keys unique within it, the same work
/// given twice written once, a paper with nothing to cite named, a record that is not a work named and left
/// out).
/// </summary>
public abstract class ConvertToPaperCmdletBase<TRecord> : PaperInputCmdletBase where TRecord : class
{
    private ExportSession<TRecord>? session;
    private long converted;

    /// <summary>Writes (or keeps, to write at the end) the record of one paper.</summary>
    protected abstract void Emit(TRecord record);

    /// <summary>What the progress bar says after <paramref name="count"/> records: "3 RIS records written".</summary>
    protected abstract string Counted(long count);

    /// <summary>
    /// Starts the call with the format the bound parameters ask for; each cmdlet's BeginProcessing calls it. (Not an
    /// abstract factory: a virtual member typed with Core's generics would load Core before the module's resolver.)
    /// </summary>
    protected void Begin(ExportFormat<TRecord> format)
    {
        session = new ExportSession<TRecord>(format, null, WriteProblem, newLine: System.Environment.NewLine);
    }

    protected override void ProcessRecord()
    {
        if (InputObject == null) return;
        foreach (var paper in InputObject)
        {
            Cancellation.ThrowIfCancellationRequested();
            if (paper == null) continue;
            var record = session!.Add(paper, out var writtenAs);
            if (writtenAs != null)
                WriteVerbose($"Already written as '{session.KeyOf(writtenAs)}': {MessageText.Describe(paper)}");
            if (record == null) continue;
            Emit(record);
            converted++;
            if (Progress.IsDue) Progress.Show(Counted(converted));
        }
    }

    protected override void EndProcessing() => Progress.Complete();
}

using PaperTools.Export;

namespace PaperTools.Commands;

/// <summary>
/// What ConvertTo-PaperBibTeX, ConvertTo-PaperRis and ConvertTo-PaperCslJson share: each paper from the pipeline
/// made into its record as it arrives (or, for one document written at the end, when the input ends), through one
/// session for the call (keys unique within it, the same work
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

    /// <summary>
    /// True when the records go out only when the input ends (one CSL-JSON document): the papers are then held and
    /// all made known to the session before any is composed, so an entry's crossref parent that follows it (as a .bib
    /// puts it) is found.
    /// </summary>
    protected virtual bool WritesAtEnd => false;

    private List<Paper>? held;

    protected override void ProcessRecord()
    {
        if (InputObject == null) return;
        foreach (var paper in InputObject)
        {
            Cancellation.ThrowIfCancellationRequested();
            if (paper == null) continue;
            if (WritesAtEnd) (held ??= new List<Paper>()).Add(paper);
            else Convert(paper);
        }
    }

    private void Convert(Paper paper)
    {
        var record = session!.Add(paper, out var writtenAs);
        if (writtenAs != null)
            WriteVerbose($"Already written as '{session.KeyOf(writtenAs)}': {MessageText.Describe(paper)}");
        if (record == null) return;
        Emit(record);
        converted++;
        if (Progress.IsDue) Progress.Show(Counted(converted));
    }

    /// <summary>Writes what a cmdlet keeps for the end (one CSL-JSON document), once every paper is composed.</summary>
    protected virtual void WriteKept()
    {
    }

    protected override void EndProcessing()
    {
        if (held != null)
        {
            session!.Know(held);
            foreach (var paper in held)
            {
                Cancellation.ThrowIfCancellationRequested();
                Convert(paper);
            }
        }
        WriteKept();
        Progress.Complete();
    }
}

using System.Management.Automation;
using PaperTools.Export;
using PaperTools.Ris;

namespace PaperTools.Commands
{
    /// <summary>
    /// ConvertTo-PaperRis: one RIS record string per paper, as each arrives; records joined by line breaks are a RIS
    /// file, so `| Set-Content refs.ris` works. Keys are unique within the call; the same work given twice is written once.
    /// </summary>
    [Cmdlet(VerbsData.ConvertTo, "PaperRis")]
    [OutputType(typeof(string))]
    public sealed class ConvertToPaperRisCommand : PaperToolsCmdlet
    {
        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        [AllowNull]
        [AllowEmptyCollection]
        public Paper[] InputObject { get; set; }

        private ExportSession session;

        protected override void BeginProcessing() => session = new ExportSession("RIS", null, WriteProblem);

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
                    WriteVerbose($"Already written as '{session.KeyOf(same)}': {paper.Title ?? paper.Id}");
                    continue;
                }
                var record = session.Add(paper);
                if (record != null) WriteObject(RisRecordWriter.Write(record, System.Environment.NewLine));
            }
        }
    }
}

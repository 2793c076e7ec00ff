using System.Management.Automation;
using PaperTools.Progress;

namespace PaperTools.Commands
{
    /// <summary>
    /// One progress bar for one cmdlet call: a single reused ProgressRecord, written at most once per 200 ms. Loops ask
    /// <see cref="IsDue"/> per item (one clock read) and build the status text only when it says yes.
    /// </summary>
    internal sealed class ProgressReporter
    {
        private readonly Cmdlet cmdlet;
        private readonly ProgressRecord record;
        private readonly ProgressThrottle throttle = new ProgressThrottle();
        private bool shown;

        public ProgressReporter(Cmdlet cmdlet, string activity)
        {
            this.cmdlet = cmdlet;
            record = new ProgressRecord(activity.GetHashCode() & 0x7FFFFFFF, activity, activity);
        }

        public bool IsDue => throttle.IsDue();

        /// <param name="percent">0 to 100, or -1 when the total is not known.</param>
        public void Show(string status, int percent = -1, string operation = null)
        {
            record.StatusDescription = status;
            record.PercentComplete = percent < 0 ? -1 : percent > 100 ? 100 : percent;
            record.CurrentOperation = operation;
            record.RecordType = ProgressRecordType.Processing;
            cmdlet.WriteProgress(record);
            shown = true;
        }

        public static int Percent(long done, long total) => total <= 0 ? -1 : (int)(done * 100 / total);

        /// <summary>Takes the bar away, if one was shown.</summary>
        public void Complete()
        {
            if (!shown) return;
            record.RecordType = ProgressRecordType.Completed;
            record.PercentComplete = 100;
            cmdlet.WriteProgress(record);
            shown = false;
        }
    }
}

using PaperTools.Progress;

namespace PaperTools.Commands;

/// <summary>
/// One progress bar for one cmdlet call, updated at most once per 200 ms. Loops ask <see cref="IsDue"/> per item
/// (one clock read) and build the status text only when it says yes. Each update is a new ProgressRecord with
/// the same activity id: a host or a runspace's Progress stream keeps the records it is given, and one reused
/// record would make every kept update read like the last.
/// </summary>
internal sealed class ProgressReporter
{
    private readonly Cmdlet cmdlet;
    private readonly int activityId;
    private readonly string activity;
    private readonly ProgressThrottle throttle = new ProgressThrottle();
    private ProgressRecord? last;

    public ProgressReporter(Cmdlet cmdlet, string activity)
    {
        this.cmdlet = cmdlet;
        this.activity = activity;
        activityId = StringComparer.Ordinal.GetHashCode(activity) & 0x7FFFFFFF;
    }

    public bool IsDue => throttle.IsDue();

    /// <param name="percent">0 to 100, or -1 when the total is not known.</param>
    /// <param name="secondsRemaining">A known wait (a service's Retry-After), or -1.</param>
    public void Show(string status, int percent = -1, string? operation = null, int secondsRemaining = -1)
    {
        last = new ProgressRecord(activityId, activity, status)
        {
            PercentComplete = percent < 0 ? -1 : percent > 100 ? 100 : percent,
            CurrentOperation = operation,
            SecondsRemaining = secondsRemaining,
        };
        cmdlet.WriteProgress(last);
    }

    public static int Percent(long done, long total) => total <= 0 ? -1 : (int)(done * 100 / total);

    /// <summary>Takes the bar away, if one was shown.</summary>
    public void Complete()
    {
        if (last == null) return;
        cmdlet.WriteProgress(new ProgressRecord(activityId, activity, last.StatusDescription) { PercentComplete = 100,
            RecordType = ProgressRecordType.Completed });
        last = null;
    }
}

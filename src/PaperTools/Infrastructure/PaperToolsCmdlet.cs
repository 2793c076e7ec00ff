using System.Management.Automation;
using System.Threading;
using PaperTools.Diagnostics;

namespace PaperTools.Commands
{
    /// <summary>Base of every PaperTools cmdlet: Ctrl+C cancels a token that Core loops check, problems become error records.</summary>
    public abstract class PaperToolsCmdlet : PSCmdlet
    {
        private readonly CancellationTokenSource stopping = new CancellationTokenSource();

        protected CancellationToken Cancellation => stopping.Token;

        protected override void StopProcessing() => stopping.Cancel();

        /// <summary>Runs Core work; a cancellation caused by Ctrl+C surfaces as the pipeline stopping, not as an error.</summary>
        protected void RunCancellable(System.Action work)
        {
            try { work(); }
            catch (System.OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }

        /// <summary>A non-terminating error for one file or record; the pipeline goes on.</summary>
        protected void WriteProblem(Problem problem) => WriteError(ErrorRecordFactory.FromProblem(problem));

        /// <summary>Stops the whole call with a named error, for when nothing can proceed.</summary>
        protected void ThrowProblem(Problem problem) => ThrowTerminatingError(ErrorRecordFactory.FromProblem(problem));
    }
}

using System;
using System.Threading;
using PaperTools.Diagnostics;

namespace PaperTools.Digests
{
    /// <summary>What a reader needs besides the text: the options, a place to report problems, a stop signal.</summary>
    public sealed class DigestReadContext
    {
        private readonly Action<Problem> report;

        public DigestReadContext(DigestImportOptions options, Action<Problem> report, CancellationToken cancellation = default)
        {
            Options = options ?? new DigestImportOptions();
            this.report = report ?? (_ => { });
            Cancellation = cancellation;
        }

        public DigestImportOptions Options { get; }
        public CancellationToken Cancellation { get; }

        public void Report(Problem problem) => report(problem);

        public void Report(string errorId, ProblemCategory category, string message, string target, int line = 0, Exception exception = null)
            => report(new Problem(errorId, category, message, target, line, exception));
    }
}

using System.Collections.Generic;
using System.Linq;
using PaperTools.Diagnostics;
using PaperTools.Metadata;

namespace PaperTools.Tests.Metadata;

/// <summary>Keeps what a metadata run reports, for assertions.</summary>
public sealed class RecordingReporter
{
    public List<Problem> Problems { get; } = new List<Problem>();
    public List<MetadataProgress> ProgressReports { get; } = new List<MetadataProgress>();
    public List<string> VerboseLines { get; } = new List<string>();

    public void Problem(Problem problem) => Problems.Add(problem);
    public void Progress(MetadataProgress progress) => ProgressReports.Add(progress);
    public void Verbose(string message) => VerboseLines.Add(message);

    public IEnumerable<string> ErrorIds => Problems.Select(p => p.ErrorId);

    public MetadataReporter ToReporter() => new MetadataReporter(Problem, Progress, Verbose);
}

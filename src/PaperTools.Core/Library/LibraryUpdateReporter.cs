using PaperTools.Diagnostics;
using PaperTools.Metadata;

namespace PaperTools.Library;

/// <summary>
/// Where a library update tells its caller what happens. Delegates rather than an interface: no type in the cmdlet
/// assembly may implement a Core type (see MetadataReporter). <see cref="ShouldProcess"/> asks before each step that
/// sends requests or writes (target, action), so -WhatIf and -Confirm reach Core.
/// </summary>
public sealed class LibraryUpdateReporter
{
    public LibraryUpdateReporter(Action<Problem> error, Action<Problem> warning, Action<string> verbose,
        Action<MetadataProgress> progress, Func<string, string, bool> shouldProcess)
    {
        Error = error;
        Warning = warning;
        Verbose = verbose;
        Progress = progress;
        ShouldProcess = shouldProcess;
    }

    /// <summary>A fault the run goes past; the run does not count as succeeded.</summary>
    public Action<Problem> Error { get; }

    /// <summary>Something worth saying that is no failure (a guessed year, a paper no service knows).</summary>
    public Action<Problem> Warning { get; }

    public Action<string> Verbose { get; }
    public Action<MetadataProgress> Progress { get; }
    public Func<string, string, bool> ShouldProcess { get; }
}

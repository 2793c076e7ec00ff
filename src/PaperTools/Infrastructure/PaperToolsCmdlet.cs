using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using Microsoft.PowerShell.Commands;

namespace PaperTools.Commands;

/// <summary>Base of every PaperTools cmdlet: Ctrl+C cancels a token that Core loops check, problems become error
/// records.</summary>
public abstract class PaperToolsCmdlet : PSCmdlet
{
    private readonly CancellationTokenSource stopping = new CancellationTokenSource();

    protected CancellationToken Cancellation => stopping.Token;

    protected override void StopProcessing() => stopping.Cancel();

    /// <summary>Runs Core work; a cancellation caused by Ctrl+C surfaces as the pipeline stopping, not as an
    /// error.</summary>
    protected void RunCancellable(System.Action work) => RunCancellable<object?>(() =>
    {
        work();
        return null;
    });

    /// <summary>The value <paramref name="work"/> returns; Ctrl+C while it runs stops the pipeline.</summary>
    protected T RunCancellable<T>(Func<T> work)
    {
        try { return work(); }
        catch (System.OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }
    }

    /// <summary>
    /// A path taken literally (no wildcards), relative to the current location and on any FileSystem drive, as
    /// a file-system path. False, with the problem, when it cannot be resolved or names another provider (Env:, HKLM:).
    /// </summary>
    protected bool TryResolveLiteralFileSystemPath(string input, [NotNullWhen(true)] out string? path,
        [NotNullWhen(false)] out Problem? problem)
    {
        problem = null;
        ProviderInfo provider;
        try { path = SessionState.Path.GetUnresolvedProviderPathFromPSPath(input, out provider, out _); }
        catch (System.Exception ex) when (ex is ItemNotFoundException || ex is DriveNotFoundException
                                          || ex is ProviderNotFoundException || ex is System.NotSupportedException)
        {
            (path, problem) = (null, PathNotFound(input, ex));
            return false;
        }
        if (IsFileSystem(provider)) return true;
        (path, problem) = (null, NotFileSystem(input, provider));
        return false;
    }

    /// <summary>
    /// The file-system paths a path with wildcards names, relative to the current location; each fault (nothing
    /// matches, another provider) goes to <paramref name="fail"/>, which writes or throws it.
    /// </summary>
    protected IEnumerable<string> ResolveWildcardFileSystemPaths(string input, System.Action<Problem> fail)
    {
        Collection<string> paths;
        ProviderInfo provider;
        try { paths = SessionState.Path.GetResolvedProviderPathFromPSPath(input, out provider); }
        catch (System.Exception ex) when (ex is ItemNotFoundException || ex is DriveNotFoundException
            || ex is ProviderNotFoundException)
        {
            fail(PathNotFound(input, ex));
            yield break;
        }
        if (!IsFileSystem(provider))
        {
            fail(NotFileSystem(input, provider));
            yield break;
        }
        if (paths.Count == 0) fail(PathNotFound(input, null));
        foreach (var path in paths) yield return path;
    }

    protected static bool IsFileSystem(ProviderInfo provider) => provider != null
        && provider.ImplementingType == typeof(FileSystemProvider);

    protected static Problem PathNotFound(string input, System.Exception? inner)
        => new Problem(ErrorIds.PathNotFound, ProblemCategory.ObjectNotFound,
            $"Cannot find path '{input}'.", input, 0, inner);

    protected static Problem NotFileSystem(string input, ProviderInfo provider)
        => new Problem(ErrorIds.PathNotFileSystem, ProblemCategory.InvalidArgument,
            $"'{input}' is on the {provider?.Name} provider; PaperTools works with files only.", input);

    /// <summary>
    /// The one way a problem is written: a warning ("BibTeXKeyUnsafe: lib.bib:3: …") or a non-terminating error, as
    /// its <see cref="Problem.Severity"/> says; the pipeline goes on.
    /// </summary>
    protected void WriteProblem(Problem problem)
    {
        if (problem.Severity == ProblemSeverity.Warning) WriteWarning(ErrorRecordFactory.WarningText(problem));
        else WriteError(ErrorRecordFactory.FromProblem(problem));
    }

    /// <summary>Stops the whole call with a named error, for when nothing can proceed.</summary>
    [DoesNotReturn]
    protected void ThrowProblem(Problem problem)
    {
        ThrowTerminatingError(ErrorRecordFactory.FromProblem(problem));
        throw new UnreachableException(); // ThrowTerminatingError always throws; the compiler cannot know it
    }
}

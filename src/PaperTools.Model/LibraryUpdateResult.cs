namespace PaperTools;

/// <summary>
/// What one Update-PaperLibrary run did to its library: the counts a scheduled job's log needs, the errors by id,
/// and the papers it added. Succeeded is false when any error was written (the run then exits non-zero).
/// </summary>
public sealed class LibraryUpdateResult
{
    private readonly SortedDictionary<string, int> errors = new(StringComparer.Ordinal);

    public LibraryUpdateResult(string path) => Path = path;

    /// <summary>The library file.</summary>
    public string Path { get; }

    /// <summary>True when this run made the library (it did not exist before).</summary>
    public bool Created { get; internal set; }

    /// <summary>True when the library was written (false with -WhatIf, or when nothing was new).</summary>
    public bool Written { get; internal set; }

    /// <summary>Digest files read.</summary>
    public int FilesRead { get; internal set; }

    /// <summary>Papers the digests held, before repeats were merged.</summary>
    public int PapersRead { get; internal set; }

    /// <summary>Papers folded into another record of the same work (a paper listed by several digests).</summary>
    public int Merged { get; internal set; }

    /// <summary>Works the library already had, left out.</summary>
    public int AlreadyPresent { get; internal set; }

    /// <summary>Entries appended to the library.</summary>
    public int Added { get; internal set; }

    /// <summary>Entries that gained authors or a year in this run: new ones, and the library's own in place.</summary>
    public int Completed { get; internal set; }

    /// <summary>Title-only entries the library holds after the run (a later run tries them again).</summary>
    public int StillIncomplete { get; internal set; }

    /// <summary>The errors written, counted by id.</summary>
    public IReadOnlyDictionary<string, int> Errors => errors;

    /// <summary>The papers appended, with CitationKey set to their key in the library.</summary>
    public Paper[] AddedPapers { get; internal set; } = Array.Empty<Paper>();

    public bool Succeeded => errors.Count == 0;

    /// <summary>"DigestTruncated 1, MetadataServiceUnavailable 2"; empty when there were none.</summary>
    public string ErrorSummary => string.Join(", ", errors.Select(e => e.Key + " " + e.Value));

    internal void CountError(string errorId) => errors[errorId] = errors.TryGetValue(errorId, out var n) ? n + 1 : 1;

    public override string ToString()
        => $"{Path}: {Added} added, {AlreadyPresent} already present, {Completed} completed, " +
           $"{StillIncomplete} still incomplete" + (Succeeded ? string.Empty : $"; errors: {ErrorSummary}");
}

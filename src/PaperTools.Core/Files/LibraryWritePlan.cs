using System.Diagnostics.CodeAnalysis;
using PaperTools.Identity;

namespace PaperTools.Files;

/// <summary>
/// What an export to a library file will do, worked out before anything is written (so -WhatIf can say it), in the
/// terms every format shares: the file, its bytes when the plan was read, and the bytes that replace them.
/// </summary>
public abstract class LibraryWritePlan(string path, string target, bool append, bool exists, byte[]? original,
    LibraryContent? content, byte[]? tail, long tailStart, List<KeyValuePair<Paper, Paper>> alreadyPresent,
    List<Paper> papers)
{
    /// <summary>The path as given.</summary>
    public string Path { get; } = path;

    /// <summary>The file written: <see cref="Path"/> with every symlink followed.</summary>
    public string Target { get; } = target;

    public bool Append { get; } = append;
    public bool Exists { get; } = exists;

    /// <summary>The target's bytes when the plan was made; null when it did not exist.</summary>
    internal byte[]? Original { get; } = original;

    /// <summary>The length of <see cref="Original"/>; 0 when the file did not exist.</summary>
    internal int OriginalLength => Original?.Length ?? 0;

    /// <summary>The file's new content; null when there is nothing to write (every paper already present).</summary>
    internal LibraryContent? Content { get; } = content;

    /// <summary>
    /// When appending to an existing file: the bytes that follow the first <see cref="TailStart"/> bytes of
    /// <see cref="Original"/>, which stay (all of them for BibTeX and RIS; CSL-JSON reopens its closing bracket).
    /// Null when the file is written whole.
    /// </summary>
    internal byte[]? Tail { get; } = tail;

    internal long TailStart { get; } = tailStart;

    /// <summary>The papers the plan was made for, so it can be made again if the file changes before it is
    /// written.</summary>
    internal IReadOnlyList<Paper> Papers { get; } = papers;

    /// <summary>Each paper left out because the file (or an earlier paper of this call) has the same work, with that
    /// paper.</summary>
    public IReadOnlyList<KeyValuePair<Paper, Paper>> AlreadyPresent { get; } = alreadyPresent;

    [MemberNotNullWhen(true, nameof(Content))]
    public bool WritesAnything => Content != null;

    /// <summary>
    /// Records the file holds that the replacement lacks (no paper written is the same work or the same entry);
    /// when any, the previous file is kept beside it as <see cref="BackupPath"/> (<see cref="LibraryWrite"/>).
    /// </summary>
    public int Dropped { get; private set; }

    /// <summary>Where the previous file is kept when a replacement drops records: "library.bib.bak".</summary>
    public static string BackupPath(string target) => target + ".bak";

    /// <summary>
    /// For a replacement: the records of <paramref name="held"/> (as read) no paper keeps; <paramref name="keysOf"/>
    /// gives each paper's same-work keys, which the export session has already worked out, and
    /// <paramref name="knownKept"/> the held papers it already found a paper written to be. The others are looked up
    /// among the papers written, indexed only when one is left.
    /// </summary>
    internal void CountDropped(IEnumerable<Paper> held, IReadOnlyList<Paper> written,
        Func<Paper, SameWorkKeys> keysOf, Func<Paper, bool> knownKept)
    {
        if (Append || !Exists) return;
        SameWorkIndex? kept = null;
        Dropped = held.Count(p => !knownKept(p) && !Keeps(p));

        // A held record and a paper written may be one object (a target its caller had read) or two (the target
        // read afresh for the export): the same-work rule says one keeps the other either way.
        bool Keeps(Paper paper)
        {
            if (kept == null)
            {
                kept = new SameWorkIndex();
                foreach (var one in written) kept.Add(keysOf(one));
            }
            return kept.FindSameWork(keysOf(paper)) != null;
        }
    }

    /// <summary>How many records the plan writes.</summary>
    public abstract int WrittenCount { get; }

    /// <summary>"1 BibTeX entry", "3 RIS records".</summary>
    protected abstract string Describe(int count);

    /// <summary>The action, for ShouldProcess: "Append 3 BibTeX entries (2 already present)".</summary>
    public string Action
    {
        get
        {
            var verb = Append && Exists ? "Append" : Exists ? "Replace the file with" : "Create the file with";
            var count = Describe(WrittenCount);
            // Only an append compares with the file; otherwise what was left out repeats a paper given earlier.
            var left = Append && Exists ? "already present" : "repeated in the input";
            var action = AlreadyPresent.Count == 0 ? $"{verb} {count}"
                : $"{verb} {count} ({AlreadyPresent.Count} {left})";
            return Dropped == 0 ? action
                : $"{action}, keeping the previous file, which has {Describe(Dropped)} the new content lacks, " +
                  $"as '{BackupPath(Path)}'";
        }
    }
}

using PaperTools.Formats.BibTeX;
using PaperTools.Diagnostics;
using PaperTools.Identity;

namespace PaperTools.Library;

/// <summary>
/// The works a call already has (Find-Paper -NotIn and -Exclude): the papers of .bib libraries and papers given,
/// indexed by the same-work rule -Append uses. A paper is known when one of them is the same work.
/// </summary>
public sealed class KnownWorks
{
    private readonly SameWorkIndex index = new SameWorkIndex();

    /// <summary>
    /// Adds the papers of the library at <paramref name="path"/> (<paramref name="added"/> of them); null, or the
    /// problem that keeps it from being read (BibTeXFileNotFound, BibTeXFileUnreadable): without it every paper
    /// would pass as new. A broken entry goes to <paramref name="report"/>, and the entries around it still count.
    /// </summary>
    public Problem? AddLibrary(string path, Action<Problem> report, CancellationToken cancellation, out int added)
    {
        added = 0;
        var problems = new List<Problem>();
        var library = BibTeXLibrary.ReadIdentities(path, problems.Add, null, cancellation);
        if (library == null)
            return problems.Count > 0 ? problems[0]
                : new Problem(ErrorIds.BibTeXFileUnreadable, ProblemCategory.ReadError, $"Cannot read '{path}'.", path);
        foreach (var problem in problems) report(problem);
        foreach (var paper in library.Papers) index.Add(paper);
        added = library.Papers.Count;
        return null;
    }

    public void Add(Paper paper) => index.Add(paper);

    public bool Knows(Paper paper) => index.FindSameWork(paper) != null;
}

using PaperTools.Formats.BibTeX;
using PaperTools.Diagnostics;
using PaperTools.Formats;
using PaperTools.Identity;

namespace PaperTools.Export;

/// <summary>
/// The record decisions of RIS and CSL-JSON: a paper is citable with a title, container, arXiv id or DOI
/// (<see cref="Items.Citable"/>); its key is the target's for the same work, else its own CitationKey when that is
/// a clean id, else one BibTeX export would give (vaswani2017attention). What its item states that the format has no
/// tag or variable for is named in a warning (the record keeps it in its note). An entry read from a .bib is written
/// with the fields it inherits from the entries its crossref and xdata name (<see cref="BibTeXInheritance"/>).
/// </summary>
internal sealed class KeyedPaperComposer : RecordComposer<KeyedPaper>
{
    private readonly RecordFileFormat format;
    private readonly Action<Problem> report;
    private readonly BibTeXInheritance inheritance = new();

    public KeyedPaperComposer(RecordFileFormat format, Action<Problem> report)
    {
        this.format = format;
        this.report = report;
    }

    internal override Problem? NothingToCite(Paper paper, SameWorkKeys identity)
        => Items.Citable(paper) ? null
            : new Problem(ErrorIds.ExportPaperIncomplete, ProblemCategory.InvalidData,
                $"A paper from '{paper.Source}' line {paper.SourceLine} has no title, container, arXiv id or DOI; " +
                $"there is nothing to cite, so it was not written to {format.Name}.", paper.Source, paper.SourceLine);

    internal override string ChooseKey(Paper paper, ExportSession<KeyedPaper> session)
    {
        var inLibrary = session.FindInLibrary(paper)?.CitationKey;
        if (CitationKeys.IsValid(inLibrary)) return inLibrary!;
        var own = paper.CitationKey;
        if (CitationKeys.IsValid(own) && !session.Keys.IsTaken(own)) return own;
        var year = paper.Year ?? paper.Published?.Year;
        return session.Keys.TakeFree(CitationKeyFormat.GoogleScholar.Expand(paper, year));
    }

    internal override void Know(Paper paper) => inheritance.Add(paper);

    internal override KeyedPaper Compose(Paper paper, string key)
    {
        // A .bib entry is written with what it inherits (crossref, xdata): RIS and CSL-JSON have no links.
        paper = inheritance.Resolve(paper);
        // The item is worked out once: for the warning here, and for the writer through the record.
        var item = Items.Of(paper);
        // Only an item states what a format may have no tag for: a paper without one keeps nothing in its note.
        if (item == null) return new(paper, key, item);
        var kept = format.KeptInNote(paper, item).Distinct(StringComparer.Ordinal).ToList();
        if (kept.Count > 0)
            report(new Problem(ErrorIds.ExportItemValueInNote, ProblemCategory.InvalidData,
                $"{string.Join(", ", kept)} of '{ExportSession<KeyedPaper>.Describe(paper)}' have no {format.Name} " +
                "field in its type; they are written in its note.", paper.Source ?? paper.Title, paper.SourceLine));
        return new(paper, key, item);
    }
}

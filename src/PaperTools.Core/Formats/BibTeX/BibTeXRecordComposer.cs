using PaperTools.BibTeX;
using PaperTools.Diagnostics;
using PaperTools.Export;
using PaperTools.Identity;

namespace PaperTools.Formats.BibTeX;

/// <summary>
/// The record decisions of BibTeX: a digest paper is citable with a field, a title, an arXiv id or a DOI; an entry
/// read from a .bib keeps its own key (empty ones stay empty unless missing keys are to be made) while it is safe
/// for TeX and free; a paper the target has keeps the target's key; other keys come from the key format. Papers
/// whose titles match but whose facts conflict are named as possible duplicates.
/// </summary>
internal sealed class BibTeXRecordComposer : RecordComposer<BibTeXEntry>
{
    private readonly BibTeXExportOptions options;
    private readonly BibTeXEntryBuilder builder;
    private readonly BibTeXEntryComposer composer;
    private readonly Action<Problem> report;
    private readonly string newLine;

    public BibTeXRecordComposer(BibTeXExportOptions options, Action<Problem> report, string newLine)
    {
        this.options = options;
        this.report = report;
        this.newLine = newLine;
        var escaper = new LatexEscaper(options.EffectiveEscaping, c => report(new Problem(
            ErrorIds.BibTeXUnmappableCharacter, ProblemCategory.InvalidData,
            $"'{c}' (U+{char.ConvertToUtf32(c, 0):X4}) has no LaTeX spelling in PaperTools' table; it is written as " +
            "is. Use -Escaping Unicode with biber, or a LaTeX setup that reads UTF-8.", c)));
        builder = new BibTeXEntryBuilder(options, escaper, report);
        composer = new BibTeXEntryComposer(options, builder);
    }

    internal override string PossibleDuplicateId => ErrorIds.BibTeXPossibleDuplicate;

    internal override Problem? NothingToCite(Paper paper, SameWorkKeys identity)
        => paper.HasFields || identity.HasTitle || identity.Arxiv != null || identity.Doi != null ? null
            : new Problem(ErrorIds.BibTeXPaperIncomplete, ProblemCategory.InvalidData,
                $"A paper from '{paper.Source}' line {paper.SourceLine} has no title, arXiv id or DOI; there is " +
                "nothing to cite, so it was not written.", paper.Source, paper.SourceLine);

    internal override string ChooseKey(Paper paper, ExportSession<BibTeXEntry> session)
    {
        var own = paper.CitationKey;
        if (paper.Entry != null && own == paper.Entry.Key)
        {
            if (own.Length == 0 && !options.AddMissingKeys) return string.Empty;
            if (CitationKeys.IsSafe(own) && session.IsFreeFor(own, paper)) return own;
        }
        else
        {
            var inLibrary = session.FindInLibrary(paper)?.CitationKey;
            if (CitationKeys.IsSafe(inLibrary) && !session.WroteKey(inLibrary!)) return inLibrary!;
            if (CitationKeys.IsSafe(own) && !session.Keys.IsTaken(own)) return own;
        }

        // The key as wanted, made safe, with a clash suffix when needed; else a new one from the key format.
        var sanitized = string.IsNullOrEmpty(own) ? string.Empty : CitationKeys.Sanitize(own);
        var key = session.Keys.TakeFree(sanitized.Length > 0 ? sanitized
            : options.KeyFormat.Expand(paper, builder.YearOf(paper)));
        if (!string.IsNullOrEmpty(own) && !CitationKeys.IsSafe(own))
            report(new Problem(ErrorIds.BibTeXKeyUnsafe, ProblemCategory.InvalidData,
                $"The key of '{ExportSession<BibTeXEntry>.Describe(paper)}' ({paper.Source}:{paper.SourceLine}) has " +
                $"characters TeX reads as commands or that break a .bib file; it is written as '{key}'.",
                paper.Source, paper.SourceLine));
        return key;
    }

    internal override BibTeXEntry Compose(Paper paper, string key) => composer.Compose(paper, key, newLine);
}

using System;
using System.Collections.Generic;
using PaperTools.BibTeX;
using PaperTools.Diagnostics;
using PaperTools.Formats;
using PaperTools.Identity;

namespace PaperTools.Export;

/// <summary>
/// Gives each exported paper its record key, for one target: keys are the ones BibTeX export would give
/// (vaswani2017attention), unique across the target's records and this session's; a paper the target already
/// has keeps the key it has there, a paper read from a .bib keeps its CitationKey, and the same work given
/// twice (by <see cref="SameWork"/>, the rule BibTeX export uses) is written once. Records read from a library
/// file (.bib, RIS, CSL-JSON) are the user's data, as in BibTeX export: never merged with each other, and written
/// whatever they hold (Zotero imports an entry without title). Any other paper with nothing to cite in these
/// formats (<see cref="Items.Citable"/>) is named, not written.
/// </summary>
public sealed class ExportSession
{
    private readonly SameWorkIndex library = new SameWorkIndex();
    private readonly SameWorkIndex written = new SameWorkIndex();
    private readonly Dictionary<Paper, string> writtenKeys = new Dictionary<Paper, string>();
    private readonly CitationKeys keys = new CitationKeys();
    private readonly Action<Problem> report;
    private readonly string formatName;
    private SameWorkKeys lastKeys;

    public ExportSession(string formatName, IEnumerable<Paper> library = null, Action<Problem> report = null)
    {
        this.formatName = formatName;
        this.report = report ?? (_ => { });
        foreach (var paper in library ?? Array.Empty<Paper>())
        {
            this.library.Add(paper);
            if (CitationKeys.IsValid(paper.CitationKey)) keys.Take(paper.CitationKey);
        }
    }

    public Paper FindInLibrary(Paper paper) => paper == null ? null : library.FindSameWork(KeysOf(paper));

    public Paper FindWritten(Paper paper)
        => paper == null ? null : writtenKeys.ContainsKey(paper) ? paper : IsLibraryRecord(paper) ? null : written.FindSameWork(KeysOf(paper));

    /// <summary>A record read from a library file rather than a digest: its entry, or the format it was read from, says so.</summary>
    public static bool IsLibraryRecord(Paper paper)
        => paper.Entry != null || paper.SourceFormat == DigestFormat.Ris || paper.SourceFormat == DigestFormat.CslJson;

    // One paper is looked up in both indexes, checked and filed within one step of the plan: its keys are worked out once.
    private SameWorkKeys KeysOf(Paper paper) => lastKeys != null && ReferenceEquals(lastKeys.Paper, paper) ? lastKeys : lastKeys = SameWorkKeys.Of(paper);

    public string KeyOf(Paper paper) => writtenKeys.TryGetValue(paper, out var key) ? key : null;

    /// <summary>The record for <paramref name="paper"/>; null when this session wrote the same work, or when it has nothing to cite.</summary>
    public ExportRecord Add(Paper paper) => Add(paper, out _);

    /// <summary>As <see cref="Add(Paper)"/>; when this session wrote the same work already, <paramref name="writtenAs"/> is that paper.</summary>
    public ExportRecord Add(Paper paper, out Paper writtenAs)
    {
        writtenAs = paper == null ? null : FindWritten(paper);
        return paper == null || writtenAs != null ? null : AddNew(paper);
    }

    private ExportRecord AddNew(Paper paper)
    {
        if (!Items.Citable(paper) && !IsLibraryRecord(paper))
        {
            report(new Problem(ErrorIds.ExportPaperIncomplete, ProblemCategory.InvalidData,
                $"A paper from '{paper.Source}' line {paper.SourceLine} has no title, container, arXiv id or DOI; there is nothing to cite, so it was not written to {formatName}.", paper.Source, paper.SourceLine));
            return null;
        }
        var key = ChooseKey(paper);
        written.Add(KeysOf(paper));
        writtenKeys.Add(paper, key);
        return new ExportRecord(paper, key);
    }

    private string ChooseKey(Paper paper)
    {
        var inLibrary = library.FindSameWork(KeysOf(paper));
        if (CitationKeys.IsValid(inLibrary?.CitationKey)) return inLibrary.CitationKey;
        if (CitationKeys.IsValid(paper.CitationKey) && !keys.IsTaken(paper.CitationKey))
        {
            keys.Take(paper.CitationKey);
            return paper.CitationKey;
        }
        return keys.TakeFree(CitationKeyFormat.GoogleScholar.Expand(paper, paper.Year ?? paper.Published?.Year));
    }
}

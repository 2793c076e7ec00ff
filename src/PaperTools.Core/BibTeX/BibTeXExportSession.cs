using System;
using System.Collections.Generic;
using System.Linq;
using PaperTools.Diagnostics;
using PaperTools.Identity;

namespace PaperTools.BibTeX;

/// <summary>
/// Turns papers into entries one at a time, for one target. Keys stay unique: a paper the target already has keeps
/// the key it has there, an entry read from a .bib keeps its own key (empty ones stay empty unless missing keys are
/// to be made), and new keys avoid every key in use. A paper from a digest that is the same work as one already
/// written is written once; entries read from a .bib are the user's data and are never merged with each other.
/// Papers whose titles match but whose facts conflict are both written and reported as possible duplicates.
/// </summary>
public sealed class BibTeXExportSession
{
    private readonly BibTeXExportOptions options;
    private readonly BibTeXEntryBuilder builder;
    private readonly BibTeXEntryComposer composer;
    private readonly SameWorkIndex library = new SameWorkIndex();
    private readonly SameWorkIndex written = new SameWorkIndex();
    private readonly Dictionary<Paper, string> writtenKeys = new Dictionary<Paper, string>(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<BibTeXEntry, Paper> writtenEntries = new Dictionary<BibTeXEntry, Paper>(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, BibTeXDocument> sessionKeys = new Dictionary<string, BibTeXDocument>(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> libraryKeys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
    private readonly CitationKeys keys = new CitationKeys();
    private readonly Action<Problem> report;
    private readonly string target;
    private readonly bool appending;
    private readonly string newLine;
    private SameWorkKeys lastKeys;

    /// <param name="library">The entries the target already has (read back from it); their keys stay reserved.</param>
    /// <param name="report">Receives warnings: characters LaTeX escaping cannot spell, unsafe keys, possible duplicates, raw values left out (BibTeXEntryBuilder).</param>
    /// <param name="appending">True when the library stays in the file, so its keys are taken and its papers are compared for possible duplicates.</param>
    /// <param name="target">The file written, for messages.</param>
    /// <param name="newLine">The line break of entries made anew.</param>
    public BibTeXExportSession(BibTeXExportOptions options, IEnumerable<Paper> library = null, Action<Problem> report = null,
        bool appending = false, string target = null, string newLine = "\n")
    {
        this.options = options ?? new BibTeXExportOptions();
        this.report = report = report ?? (_ => { });
        this.appending = appending;
        this.target = target;
        this.newLine = newLine ?? "\n";
        var escaper = new LatexEscaper(this.options.EffectiveEscaping, c => report(new Problem(ErrorIds.BibTeXUnmappableCharacter, ProblemCategory.InvalidData,
            $"'{c}' (U+{char.ConvertToUtf32(c, 0):X4}) has no LaTeX spelling in PaperTools' table; it is written as is. Use -Escaping Unicode with biber, or a LaTeX setup that reads UTF-8.", c)));
        builder = new BibTeXEntryBuilder(this.options, escaper, report);
        composer = new BibTeXEntryComposer(this.options, builder);
        foreach (var paper in library ?? Array.Empty<Paper>())
        {
            this.library.Add(paper);
            if (string.IsNullOrEmpty(paper.CitationKey)) continue;
            keys.Take(paper.CitationKey);
            libraryKeys.Add(paper.CitationKey);
        }
    }

    /// <summary>The paper of the target that is the same work, or null.</summary>
    public Paper FindInLibrary(Paper paper) => paper == null ? null : library.FindSameWork(KeysOf(paper));

    // One paper is looked up in both indexes, checked and filed within one step of the plan: its keys are worked out once.
    private SameWorkKeys KeysOf(Paper paper) => lastKeys != null && ReferenceEquals(lastKeys.Paper, paper) ? lastKeys : lastKeys = SameWorkKeys.Of(paper);

    /// <summary>
    /// The paper this session already wrote that <paramref name="paper"/> repeats, or null: the same paper or entry
    /// given twice, or, for a paper from a digest, the same work.
    /// </summary>
    public Paper FindWritten(Paper paper)
    {
        if (paper == null) return null;
        if (writtenKeys.ContainsKey(paper)) return paper;
        if (paper.Entry != null) return writtenEntries.TryGetValue(paper.Entry, out var same) ? same : null;
        return written.FindSameWork(KeysOf(paper));
    }

    /// <summary>The key <paramref name="paper"/> was written under in this session.</summary>
    public string KeyOf(Paper paper) => paper != null && writtenKeys.TryGetValue(paper, out var key) ? key : null;

    /// <summary>
    /// The entry for <paramref name="paper"/>; null when this session already wrote it (see <see cref="FindWritten"/>),
    /// or when a paper from a digest has neither title nor identifier (reported as BibTeXPaperIncomplete). An entry
    /// read from a .bib is always written, whatever it lacks: it is the user's data.
    /// </summary>
    public BibTeXEntry Add(Paper paper) => Add(paper, out _);

    /// <summary>As <see cref="Add(Paper)"/>; when this session wrote the same work already, <paramref name="writtenAs"/> is that paper.</summary>
    public BibTeXEntry Add(Paper paper, out Paper writtenAs)
    {
        writtenAs = paper == null ? null : FindWritten(paper);
        return paper == null || writtenAs != null ? null : AddNew(paper);
    }

    private BibTeXEntry AddNew(Paper paper)
    {
        ReportPossibleDuplicates(paper);
        var identity = KeysOf(paper);
        if (paper.Entry == null && paper.Fields.Count == 0 && identity.Title == null && identity.Arxiv == null && identity.Doi == null)
        {
            report(new Problem(ErrorIds.BibTeXPaperIncomplete, ProblemCategory.InvalidData,
                $"A paper from '{paper.Source}' line {paper.SourceLine} has no title, arXiv id or DOI; there is nothing to cite, so it was not written.", paper.Source, paper.SourceLine));
            return null;
        }
        var key = ChooseKey(paper);
        var entry = composer.Compose(paper, key, newLine);
        written.Add(KeysOf(paper));
        writtenKeys.Add(paper, key);
        if (paper.Entry != null) writtenEntries[paper.Entry] = paper;
        if (key.Length > 0)
        {
            keys.Take(key);
            if (!sessionKeys.ContainsKey(key)) sessionKeys.Add(key, paper.Entry?.Document);
        }
        return entry;
    }

    private void ReportPossibleDuplicates(Paper paper)
    {
        var others = written.Candidates(KeysOf(paper)).Where(c => paper.Entry == null || c.Paper.Entry == null);
        if (appending) others = others.Concat(library.Candidates(KeysOf(paper)));
        foreach (var candidate in others)
        {
            if (!candidate.Match.IsPossibleDuplicate) continue;
            var where = candidate.Paper.CitationKey is string k && k.Length > 0 ? $"'{k}'" : $"the paper from '{candidate.Paper.Source}' line {candidate.Paper.SourceLine}";
            report(new Problem(ErrorIds.BibTeXPossibleDuplicate, ProblemCategory.InvalidData,
                $"'{Describe(paper)}' ({paper.Source}:{paper.SourceLine}) and {where}{(target == null ? string.Empty : " in '" + target + "'")} have {candidate.Match.Explain()}; both are kept.",
                paper.Source, paper.SourceLine));
            return;
        }
    }

    private string ChooseKey(Paper paper)
    {
        var own = paper.CitationKey;
        if (paper.Entry != null && own == paper.Entry.Key)
        {
            if (own.Length == 0 && !options.AddMissingKeys) return string.Empty;
            if (CitationKeys.IsSafe(own) && IsFreeFor(own, paper)) return own;
        }
        else
        {
            var inLibrary = library.FindSameWork(KeysOf(paper));
            if (CitationKeys.IsSafe(inLibrary?.CitationKey) && !sessionKeys.ContainsKey(inLibrary.CitationKey)) return inLibrary.CitationKey;
            if (CitationKeys.IsSafe(own) && !keys.IsTaken(own)) return own;
        }

        // The key as wanted, made safe, with a clash suffix when needed; else a new one from the key format.
        var sanitized = string.IsNullOrEmpty(own) ? string.Empty : CitationKeys.Sanitize(own);
        var key = keys.TakeFree(sanitized.Length > 0 ? sanitized : options.KeyFormat.Expand(paper, builder.YearOf(paper)));
        if (!string.IsNullOrEmpty(own) && !CitationKeys.IsSafe(own))
            report(new Problem(ErrorIds.BibTeXKeyUnsafe, ProblemCategory.InvalidData,
                $"The key of '{Describe(paper)}' ({paper.Source}:{paper.SourceLine}) has characters TeX reads as commands or that break a .bib file; it is written as '{key}'.",
                paper.Source, paper.SourceLine));
        return key;
    }

    /// <summary>
    /// An entry's own key is free unless this session wrote it for an entry of another file, or, when appending,
    /// the target has it. Two entries of one file that share a key keep it: the file already had both.
    /// </summary>
    private bool IsFreeFor(string key, Paper paper)
    {
        if (sessionKeys.TryGetValue(key, out var document) && (document == null || document != paper.Entry.Document)) return false;
        return !(appending && libraryKeys.Contains(key));
    }

    private static string Describe(Paper paper)
    {
        var title = paper.Title ?? paper.Id ?? paper.CitationKey ?? string.Empty;
        return title.Length <= 60 ? title : title.Substring(0, 57) + "...";
    }
}

using System;
using System.Collections.Generic;
using PaperTools.Diagnostics;

namespace PaperTools.BibTeX
{
    /// <summary>
    /// Turns papers into entries one at a time, for one target: keys are unique across the target's existing
    /// entries and everything this session made, a paper already in the target keeps the key it has there, and
    /// a paper given twice is written once.
    /// </summary>
    public sealed class BibTeXExportSession
    {
        private readonly BibTeXExportOptions options;
        private readonly BibTeXEntryBuilder builder;
        private readonly PaperIndex library = new PaperIndex();
        private readonly PaperIndex written = new PaperIndex();
        private readonly Dictionary<Paper, string> writtenKeys = new Dictionary<Paper, string>();
        private readonly HashSet<string> writtenKeySet = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private readonly CitationKeys keys = new CitationKeys();
        private readonly Action<Problem> report;

        /// <param name="library">The entries the target already has (read back from it); their keys stay reserved.</param>
        /// <param name="report">Receives a warning for each character ASCII mode cannot spell (once per character) and for each raw value left out (BibTeXEntryBuilder).</param>
        public BibTeXExportSession(BibTeXExportOptions options, IEnumerable<Paper> library = null, Action<Problem> report = null)
        {
            this.options = options ?? new BibTeXExportOptions();
            this.report = report = report ?? (_ => { });
            var escaper = new LatexEscaper(this.options.EffectiveEncoding, c => report(new Problem(ErrorIds.BibTeXUnmappableCharacter, ProblemCategory.InvalidData,
                $"'{c}' (U+{char.ConvertToUtf32(c, 0):X4}) has no LaTeX spelling in PaperTools' table; it is written as is. Use -Encoding Unicode with biber, or a LaTeX setup that reads UTF-8.", c)));
            builder = new BibTeXEntryBuilder(this.options, escaper, report);
            foreach (var paper in library ?? Array.Empty<Paper>())
            {
                this.library.Add(paper);
                if (!string.IsNullOrEmpty(paper.CitationKey)) keys.Take(paper.CitationKey);
            }
        }

        /// <summary>The paper of the target that is the same work, or null.</summary>
        public Paper FindInLibrary(Paper paper) => library.FindSameWork(paper);

        /// <summary>The paper this session already wrote that is the same work, or null.</summary>
        public Paper FindWritten(Paper paper) => written.FindSameWork(paper);

        /// <summary>The key <paramref name="paper"/> was written under in this session.</summary>
        public string KeyOf(Paper paper) => writtenKeys.TryGetValue(paper, out var key) ? key : null;

        /// <summary>
        /// The entry for <paramref name="paper"/>; null when this session already wrote the same work, or when the
        /// paper has neither title nor identifier (reported as BibTeXPaperIncomplete).
        /// The key is the one the same work has in the target; else the paper's own CitationKey when free;
        /// else a new key from the key format, with a clash suffix when needed.
        /// </summary>
        public BibTeXEntry Add(Paper paper)
        {
            if (paper == null || FindWritten(paper) != null) return null;
            if (PaperIdentity.Of(paper) == null)
            {
                report(new Problem(ErrorIds.BibTeXPaperIncomplete, ProblemCategory.InvalidData,
                    $"A paper from '{paper.Source}' line {paper.SourceLine} has no title, arXiv id or DOI; there is nothing to cite, so it was not written.", paper.Source, paper.SourceLine));
                return null;
            }
            var key = ChooseKey(paper);
            written.Add(paper);
            writtenKeys.Add(paper, key);
            writtenKeySet.Add(key);
            return builder.Build(paper, key);
        }

        private string ChooseKey(Paper paper)
        {
            var inLibrary = library.FindSameWork(paper);
            if (!string.IsNullOrEmpty(inLibrary?.CitationKey) && !writtenKeySet.Contains(inLibrary.CitationKey)) return inLibrary.CitationKey;
            if (CitationKeys.IsValid(paper.CitationKey) && !keys.IsTaken(paper.CitationKey))
            {
                keys.Take(paper.CitationKey);
                return paper.CitationKey;
            }
            return keys.TakeFree(options.KeyFormat.Expand(paper, builder.YearOf(paper)));
        }
    }
}

using System.Collections.Generic;
using PaperTools.Files;

namespace PaperTools.BibTeX;

/// <summary>What an export to a .bib file will do, worked out before anything is written (so -WhatIf can say it).</summary>
public sealed class BibTeXFilePlan : LibraryWritePlan
{
    internal BibTeXFilePlan(string path, string target, bool append, bool exists, byte[] original, byte[] content, byte[] added,
        List<KeyValuePair<Paper, BibTeXEntry>> written, List<KeyValuePair<Paper, Paper>> alreadyPresent, List<Paper> papers)
        : base(path, target, append, exists, original, content, added, original?.Length ?? 0, alreadyPresent, papers)
        => Written = written;

    /// <summary>Each paper to be written, with its entry.</summary>
    public IReadOnlyList<KeyValuePair<Paper, BibTeXEntry>> Written { get; }

    public override int WrittenCount => Written.Count;

    protected override string Describe(int count) => count == 1 ? "1 BibTeX entry" : $"{count} BibTeX entries";
}

using System.Collections.Generic;
using PaperTools.Files;

namespace PaperTools.Export;

/// <summary>What an export to a RIS or CSL-JSON file will do, worked out before anything is written (so -WhatIf can say it).</summary>
public sealed class PaperFilePlan : LibraryWritePlan
{
    internal PaperFilePlan(string path, string target, string formatName, bool append, bool exists, byte[] original, byte[] content,
        byte[] tail, long tailStart, List<ExportRecord> written, List<KeyValuePair<Paper, Paper>> alreadyPresent, List<Paper> papers)
        : base(path, target, append, exists, original, content, tail, tailStart, alreadyPresent, papers)
    {
        FormatName = formatName;
        Written = written;
    }

    public string FormatName { get; }

    public IReadOnlyList<ExportRecord> Written { get; }

    public override int WrittenCount => Written.Count;

    protected override string Describe(int count) => count == 1 ? $"1 {FormatName} record" : $"{count} {FormatName} records";
}

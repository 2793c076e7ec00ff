using PaperTools.Files;

namespace PaperTools.Export;

/// <summary>What an export to a file will do, worked out before anything is written (so -WhatIf can say it).</summary>
public sealed class PaperFilePlan<TRecord> : LibraryWritePlan where TRecord : class
{
    private readonly ExportFormat<TRecord> format;

    internal PaperFilePlan(ExportFormat<TRecord> format, string path, string target, bool append, bool exists,
        byte[]? original, LibraryContent? content, byte[]? tail, long tailStart,
        List<KeyValuePair<Paper, TRecord>> written, List<KeyValuePair<Paper, Paper>> alreadyPresent, List<Paper> papers)
        : base(path, target, append, exists, original, content, tail, tailStart, alreadyPresent, papers)
    {
        this.format = format;
        Written = written;
    }

    /// <summary>Each paper to be written, with its record.</summary>
    public IReadOnlyList<KeyValuePair<Paper, TRecord>> Written { get; }

    public override int WrittenCount => Written.Count;

    protected override string Describe(int count) => format.Describe(count);
}

using PaperTools.Files;

namespace PaperTools.Report;

/// <summary>One report file to write, worked out before anything is written (so -WhatIf can say it).</summary>
public sealed class ReportFilePlan : LibraryWritePlan
{
    internal ReportFilePlan(string path, string target, bool exists, byte[]? original, byte[] content,
        ReportFormat format, int papers)
        : base(path, target, append: false, exists, original, new LibraryContent(content), tail: null, tailStart: 0,
               new List<KeyValuePair<Paper, Paper>>(), new List<Paper>())
    {
        Format = format;
        PaperCount = papers;
    }

    public ReportFormat Format { get; }

    /// <summary>The entries the file's sections list (a paper in two sections counts twice).</summary>
    public int PaperCount { get; }

    public override int WrittenCount => PaperCount;

    protected override string Describe(int count)
        => $"a {Format} report of {(count == 1 ? "1 paper" : $"{count:N0} papers")}";
}

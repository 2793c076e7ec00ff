namespace PaperTools;

/// <summary>Where one record of a paper came from: the file, its line, the digest's shape and the day it announced the
/// paper.</summary>
public sealed class PaperProvenance
{
    public PaperProvenance(string? source, int sourceLine, DigestFormat sourceFormat, DateTime? digestDate)
    {
        Source = source;
        SourceLine = sourceLine;
        SourceFormat = sourceFormat;
        DigestDate = digestDate;
    }

    public string? Source { get; }
    public int SourceLine { get; }
    public DigestFormat SourceFormat { get; }
    public DateTime? DigestDate { get; }

    public static PaperProvenance Of(Paper paper) => new PaperProvenance(paper.Source, paper.SourceLine,
        paper.SourceFormat, paper.DigestDate);

    /// <summary>"004_116e2b60f11aa682.txt:101 (Text, 2025-08-20)": the file name, not its folder, so it fits a
    /// table.</summary>
    public override string ToString()
    {
        var where = string.IsNullOrEmpty(Source) ? "(no file)" : Path.GetFileName(Source) + (SourceLine > 0 ? ":"
            + SourceLine : string.Empty);
        return DigestDate.HasValue ? $"{where} ({SourceFormat}, {DigestDate.Value:yyyy-MM-dd})"
            : $"{where} ({SourceFormat})";
    }
}

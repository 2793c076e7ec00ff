namespace PaperTools.Digests;

/// <summary>What the caller of Import-PaperDigest asked for.</summary>
public sealed class DigestImportOptions
{
    public DigestFormat Format { get; set; } = DigestFormat.Auto;

    /// <summary>The digest's date, overriding any date the file carries.</summary>
    public DateTime? DigestDate { get; set; }

    /// <summary>The year for digest dates written without one ("Aug 20"); else the file's own date decides.</summary>
    public int? Year { get; set; }

    /// <summary>The text encoding of files that carry no byte order mark (and of e-mails that declare no charset),
    /// instead of detection.</summary>
    public Encoding? Encoding { get; set; }

    /// <summary>Lines longer than this are reported and skipped rather than read into memory whole.</summary>
    public int MaxLineLength { get; set; } = 1 << 20;
}

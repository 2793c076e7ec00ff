using PaperTools.Digests;

namespace PaperTools.Commands;

/// <summary>
/// How Import-PaperDigest and Update-PaperLibrary read digest files: a parameter group each returns from
/// GetDynamicParameters (they derive from the path and the metadata bases), which PowerShell binds, validates,
/// completes and lists as the cmdlet's own.
/// </summary>
public sealed class DigestReadParameters
{
    /// <summary>The digest's date, for files that carry none or carry the wrong one.</summary>
    [Parameter]
    public DateTime DigestDate { get; set; }

    /// <summary>
    /// The year of digest dates written without one ("Aug 20"); by default the file's own date decides.
    /// </summary>
    [Parameter]
    [ValidateRange(1990, 2200)]
    public int Year { get; set; }

    /// <summary>
    /// The text encoding of files without a byte order mark, as Get-Content reads -Encoding (utf8, unicode,
    /// windows-1252, 1252, an [Encoding]).
    /// </summary>
    [Parameter]
    [ValidateNotNull]
    [EncodingTransformation]
    [ArgumentCompleter(typeof(EncodingCompleter))]
    public Encoding? Encoding { get; set; }

    /// <summary>The digest reading these ask for; the bound names tell a given date or year from none.</summary>
    internal DigestImportOptions Options(IDictionary<string, object> bound, DigestFormat format = DigestFormat.Auto)
        => new()
        {
            Format = format,
            DigestDate = bound.ContainsKey(nameof(DigestDate)) ? DigestDate : null,
            Year = bound.ContainsKey(nameof(Year)) ? Year : null,
            Encoding = Encoding,
        };
}

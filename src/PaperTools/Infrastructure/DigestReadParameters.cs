using PaperTools.Digests;

namespace PaperTools.Commands;

/// <summary>
/// The parameters Import-PaperDigest and Update-PaperLibrary share, how digest files are read; each declares them
/// (they derive from the path and the metadata bases).
/// </summary>
public interface IDigestReadParameters
{
    /// <summary>The digest's date, for files that carry none or carry the wrong one.</summary>
    DateTime DigestDate { get; }

    /// <summary>
    /// The year of digest dates written without one ("Aug 20"); by default the file's own date decides.
    /// </summary>
    int Year { get; }

    /// <summary>
    /// The text encoding of files without a byte order mark, as Get-Content reads -Encoding (utf8, unicode,
    /// windows-1252, 1252, an [Encoding]).
    /// </summary>
    Encoding? Encoding { get; }
}

/// <summary>The digest reading the bound <see cref="IDigestReadParameters"/> ask for.</summary>
internal static class DigestReadParameters
{
    public static DigestImportOptions Options(IDigestReadParameters parameters, IDictionary<string, object> bound,
        DigestFormat format = DigestFormat.Auto) => new()
    {
        Format = format,
        DigestDate = bound.ContainsKey(nameof(parameters.DigestDate)) ? parameters.DigestDate : null,
        Year = bound.ContainsKey(nameof(parameters.Year)) ? parameters.Year : null,
        Encoding = parameters.Encoding,
    };
}

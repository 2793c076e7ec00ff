using PaperTools.Formats.BibTeX;
using PaperTools.Digests;
using PaperTools.Metadata;

namespace PaperTools.Library;

/// <summary>How a library update reads the digests, completes the papers and writes the entries.</summary>
public sealed class LibraryUpdateOptions
{
    public DigestImportOptions Digests { get; set; } = new();
    public MetadataOptions Metadata { get; set; } = new();
    public BibTeXExportOptions Export { get; set; } = new();
}

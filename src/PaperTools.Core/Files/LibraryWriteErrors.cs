using PaperTools.Diagnostics;

namespace PaperTools.Files;

/// <summary>The error ids a format reports its file problems under, and how its messages name the file.</summary>
internal sealed class LibraryWriteErrors
{
    public static readonly LibraryWriteErrors BibTeX = new LibraryWriteErrors(".bib file",
        ErrorIds.BibTeXTargetInvalid, ErrorIds.BibTeXFileExists, ErrorIds.BibTeXFileReadOnly,
            ErrorIds.BibTeXFileHardLinked,
        ErrorIds.BibTeXFileLocked, ErrorIds.BibTeXFileOwnedByOther, ErrorIds.BibTeXWriteFailed);

    public static LibraryWriteErrors Export(string formatName) => new LibraryWriteErrors(formatName + " file",
        ErrorIds.ExportTargetInvalid, ErrorIds.ExportFileExists, ErrorIds.ExportFileReadOnly,
            ErrorIds.ExportFileHardLinked,
        ErrorIds.ExportFileLocked, ErrorIds.ExportFileOwnedByOther, ErrorIds.ExportWriteFailed);

    private LibraryWriteErrors(string fileNoun, string targetInvalid, string exists, string readOnly, string hardLinked,
        string locked, string ownedByOther, string writeFailed)
    {
        FileNoun = fileNoun;
        TargetInvalid = targetInvalid;
        Exists = exists;
        ReadOnly = readOnly;
        HardLinked = hardLinked;
        Locked = locked;
        OwnedByOther = ownedByOther;
        WriteFailed = writeFailed;
    }

    /// <summary>".bib file", "RIS file".</summary>
    public string FileNoun { get; }

    public string TargetInvalid { get; }
    public string Exists { get; }
    public string ReadOnly { get; }
    public string HardLinked { get; }
    public string Locked { get; }
    public string OwnedByOther { get; }
    public string WriteFailed { get; }
}

namespace PaperTools.Diagnostics;

/// <summary>
/// Every error id PaperTools can report, in one place so they stay stable and unique.
/// Pester asserts them through FullyQualifiedErrorId; renaming one is a breaking change.
/// </summary>
public static class ErrorIds
{
    // Paths (cmdlet layer).
    public const string PathNotFound = "PathNotFound";
    public const string PathNotFileSystem = "PathNotFileSystem";

    // Reading digest files.
    public const string DigestNotFound = "DigestNotFound";
    public const string DigestIsDirectory = "DigestIsDirectory";
    public const string DigestUnreadable = "DigestUnreadable";
    public const string DigestEmpty = "DigestEmpty";
    public const string DigestBinary = "DigestBinary";
    public const string DigestInvalidEncoding = "DigestInvalidEncoding";
    public const string DigestUnknownEncoding = "DigestUnknownEncoding";
    public const string DigestLineTooLong = "DigestLineTooLong";
    public const string DigestFormatUnknown = "DigestFormatUnknown";
    public const string DigestEntryInvalid = "DigestEntryInvalid";
    public const string DigestTruncated = "DigestTruncated";
    public const string DigestUnsafeXml = "DigestUnsafeXml";

    // A reader's own fault (an exception no input should cause), never reported as the input's: names the exception.
    public const string DigestReaderFault = "DigestReaderFault";

    // HTML or an XML record nested deeper than any real one (unclosed tags by the thousand): refused before it can
    // exhaust the stack.
    public const string DigestTooDeep = "DigestTooDeep";

    // More JSON after the first document (two lists in one file): the first is read, the rest named, not
    // dropped.
    public const string DigestTrailingContent = "DigestTrailingContent";

    // Digest warnings (WriteWarning, not WriteError): the paper still comes through, without the bad value.
    public const string DigestUnsafeUrl = "DigestUnsafeUrl";
    public const string DigestInvalidCharacter = "DigestInvalidCharacter";
    // A date line without a year ("Aug 20") took the file date's year: said, as -Since and lookups use it.
    public const string DigestYearGuessed = "DigestYearGuessed";

    // A saved reply in which the service reports its own error (arXiv API error entry, a throttle page,
    // a feed error, an OAI-PMH or efetch error) instead of papers; the message quotes the service.
    public const string DigestServiceError = "DigestServiceError";

    // Readers: whole-document shapes (HTML, e-mail) that must be held in memory to be parsed.
    public const string DigestTooLarge = "DigestTooLarge";

    // BibTeX: reading .bib files (Import-PaperBibTeX, and the target of Export-PaperBibTeX).
    public const string BibTeXFileNotFound = "BibTeXFileNotFound";
    public const string BibTeXFileUnreadable = "BibTeXFileUnreadable";
    public const string BibTeXEntryInvalid = "BibTeXEntryInvalid";
    public const string BibTeXMacroUndefined = "BibTeXMacroUndefined";
    public const string BibTeXMacroTooLarge = "BibTeXMacroTooLarge";
    // A warning, one a file: entries inside an @comment or on %-lines, which bibtex and Zotero read as entries and
    // biber, JabRef and PaperTools skip; the file is read as it is.
    public const string BibTeXCommentedEntry = "BibTeXCommentedEntry";

    // BibTeX: writing (Export-PaperBibTeX, ConvertTo-PaperBibTeX).
    public const string BibTeXKeyFormatInvalid = "BibTeXKeyFormatInvalid";
    public const string BibTeXTargetInvalid = "BibTeXTargetInvalid";
    public const string BibTeXFileExists = "BibTeXFileExists";
    public const string BibTeXFileReadOnly = "BibTeXFileReadOnly";
    public const string BibTeXFileEncodingMismatch = "BibTeXFileEncodingMismatch";
    public const string BibTeXFileLocked = "BibTeXFileLocked";
    public const string BibTeXFileUnterminated = "BibTeXFileUnterminated";
    public const string BibTeXFileHardLinked = "BibTeXFileHardLinked";
    public const string BibTeXFileOwnedByOther = "BibTeXFileOwnedByOther";
    public const string BibTeXWriteFailed = "BibTeXWriteFailed";
    public const string BibTeXPaperIncomplete = "BibTeXPaperIncomplete";

    // BibTeX warnings (WriteWarning, not WriteError).
    public const string BibTeXUnmappableCharacter = "BibTeXUnmappableCharacter";
    public const string BibTeXKeyUnsafe = "BibTeXKeyUnsafe";
    public const string BibTeXPossibleDuplicate = "BibTeXPossibleDuplicate";
    public const string BibTeXMacroConflict = "BibTeXMacroConflict";

    // BibTeX warnings: a value written without escaping (eprint, primaryClass, doi, url, year) failed its
    // grammar, so the field is left out; the rest of the entry is written.
    public const string BibTeXArxivIdInvalid = "BibTeXArxivIdInvalid";
    public const string BibTeXArxivCategoryInvalid = "BibTeXArxivCategoryInvalid";
    public const string BibTeXDoiInvalid = "BibTeXDoiInvalid";
    public const string BibTeXUrlRefused = "BibTeXUrlRefused";
    public const string BibTeXYearInvalid = "BibTeXYearInvalid";

    // BibTeX warning: values of an item read from RIS or CSL-JSON that the dialect has no field for (a creator role,
    // a variable, another format's field, a type written as @misc) are written in the entry's note.
    public const string BibTeXItemValueInNote = "BibTeXItemValueInNote";

    // Update-PaperMetadata: one request that failed. The papers it was for pass through unchanged and the run goes on.
    /// <summary>A server error (5xx), a rate limit that outlasted the retries, a refused connection or a host name that
    /// does not resolve.</summary>
    public const string MetadataServiceUnavailable = "MetadataServiceUnavailable";
    /// <summary>No complete answer within the time limit, after the retries.</summary>
    public const string MetadataTimeout = "MetadataTimeout";
    /// <summary>An answer that cannot be used: cut short, malformed, an HTML page instead of JSON or XML, arXiv's error
    /// feed, an unexpected status.</summary>
    public const string MetadataResponseInvalid = "MetadataResponseInvalid";
    /// <summary>The cache folder cannot be written; lookups go on without keeping answers.</summary>
    public const string MetadataCacheUnavailable = "MetadataCacheUnavailable";
    /// <summary>A warning: a cache entry not a regular file of sane size, or unreadable: a miss.</summary>
    public const string MetadataCacheEntryInvalid = "MetadataCacheEntryInvalid";
    /// <summary>An exception no reply should cause (named): that request fails, the run goes on.</summary>
    public const string MetadataClientFault = "MetadataClientFault";

    // Update-PaperPublication: notices (warnings) and replies refused (errors). The paper passes through unchanged.
    /// <summary>A retraction notice names the paper or its published version (warning).</summary>
    public const string PublicationRetracted = "PublicationRetracted";
    /// <summary>A withdrawal notice (Crossref, or arXiv's "withdrawn" comment) names the paper (warning).</summary>
    public const string PublicationWithdrawn = "PublicationWithdrawn";
    /// <summary>An expression of concern names the paper (warning).</summary>
    public const string PublicationExpressionOfConcern = "PublicationExpressionOfConcern";
    /// <summary>A correction (erratum, corrigendum) names the paper (warning).</summary>
    public const string PublicationCorrected = "PublicationCorrected";
    /// <summary>A record with the preprint's title but other (or unstated) authors: reported, never applied
    /// (warning).</summary>
    public const string PublicationPossibleMatch = "PublicationPossibleMatch";
    /// <summary>A relation or stated DOI names a DOI Crossref has no record of (warning).</summary>
    public const string PublicationTargetMissing = "PublicationTargetMissing";
    /// <summary>A reply about another paper than the one asked for (another DOI or arXiv id).</summary>
    public const string PublicationReplyMismatch = "PublicationReplyMismatch";
    /// <summary>A DOI linked to the preprint resolves to a different work (other title and other authors, or another
    /// year).</summary>
    public const string PublicationDoiOtherWork = "PublicationDoiOtherWork";
    /// <summary>Relations that go round: the published version is itself a preprint of the preprint.</summary>
    public const string PublicationRelationLoop = "PublicationRelationLoop";
    /// <summary>A notice the paper's record lists is, by its own record, a notice about another DOI.</summary>
    public const string PublicationNoticeMismatch = "PublicationNoticeMismatch";
    /// <summary>A published record with TeX, markup or script in its fields, or a DOI outside the DOI
    /// grammar.</summary>
    public const string PublicationReplyUnsafe = "PublicationReplyUnsafe";

    // Writing RIS and CSL-JSON files (Export-PaperRis, Export-PaperCslJson).
    public const string ExportTargetInvalid = "ExportTargetInvalid";
    public const string ExportFileExists = "ExportFileExists";
    public const string ExportFileReadOnly = "ExportFileReadOnly";
    public const string ExportFileUnreadable = "ExportFileUnreadable";
    public const string ExportFileHardLinked = "ExportFileHardLinked";
    public const string ExportFileLocked = "ExportFileLocked";
    public const string ExportFileOwnedByOther = "ExportFileOwnedByOther";
    public const string ExportWriteFailed = "ExportWriteFailed";
    // Warning: values of an item that the format has no tag or variable for (a role, a variable, another format's
    // field) are written in the record's note (RIS N1, CSL-JSON note).
    public const string ExportItemValueInNote = "ExportItemValueInNote";
    public const string ExportPaperIncomplete = "ExportPaperIncomplete";
    // Warning: an entry read from a .bib that is not a work (biblatex's @xdata, @set) is not written to RIS or
    // CSL-JSON, which have no such records; Zotero's BibTeX import discards them too.
    public const string ExportEntryNotAWork = "ExportEntryNotAWork";

    // Update-PaperLibrary: the library is not BibTeX (by its extension or its content); nothing is written to it.
    public const string LibraryNotBibTeX = "LibraryNotBibTeX";
    // Update-PaperLibrary (a warning): another writer changed the library during the run, so its title-only entries
    // were not completed in place (the new papers were appended); the next run completes them.
    public const string LibraryCompletionDeferred = "LibraryCompletionDeferred";

    // Search (Find-Paper): a query that cannot be parsed; the message shows the query with a caret at the fault.
    public const string QuerySyntax = "QuerySyntax";

    // Reports (Export-PaperReport, ConvertTo-PaperReport): one profile that cannot be used (named with its column;
    // the others still run), and a profiles file that cannot be read as profiles at all.
    public const string ReportProfileInvalid = "ReportProfileInvalid";
    public const string ReportProfileFileInvalid = "ReportProfileFileInvalid";

    // Rows (ConvertTo-PaperRow): an input object that is not a Paper.
    public const string RowInputNotPaper = "RowInputNotPaper";

    // The one table of severities: the ids a cmdlet writes as warnings (the record still goes through, less what
    // the warning names). Every other id is an error.
    private static readonly HashSet<string> Warnings = new HashSet<string>(StringComparer.Ordinal)
    {
        DigestUnsafeUrl, DigestInvalidCharacter,
        BibTeXUnmappableCharacter, BibTeXKeyUnsafe, BibTeXPossibleDuplicate, BibTeXMacroConflict, BibTeXMacroUndefined,
        BibTeXArxivIdInvalid, BibTeXArxivCategoryInvalid, BibTeXDoiInvalid, BibTeXUrlRefused, BibTeXYearInvalid,
        BibTeXCommentedEntry, BibTeXItemValueInNote, ExportItemValueInNote, ExportEntryNotAWork,
        MetadataCacheUnavailable, MetadataCacheEntryInvalid,
        DigestYearGuessed, LibraryCompletionDeferred,
        PublicationRetracted, PublicationWithdrawn, PublicationExpressionOfConcern, PublicationCorrected,
        PublicationPossibleMatch, PublicationTargetMissing,
    };

    /// <summary>Whether a problem with <paramref name="errorId"/> is written as a warning or as an error.</summary>
    public static ProblemSeverity SeverityOf(string errorId)
        => Warnings.Contains(errorId) ? ProblemSeverity.Warning : ProblemSeverity.Error;
}

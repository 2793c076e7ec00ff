namespace PaperTools.Diagnostics
{
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
        public const string DigestNoPapers = "DigestNoPapers";

        // Warnings about entries that are not papers (reported with WriteWarning, not WriteError).
        public const string DigestNonPaper = "DigestNonPaper";

        // Search (Find-Paper): a query that cannot be parsed; the message shows the query with a caret at the fault.
        public const string QuerySyntax = "QuerySyntax";
    }
}

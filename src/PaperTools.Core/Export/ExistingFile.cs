using PaperTools.Diagnostics;

namespace PaperTools.Export;

/// <summary>
/// A target file as read before an export: its bytes, its records as papers (which may carry only what identifies
/// them: key, entry, what the same-work rule compares), and how more join it.
/// </summary>
public abstract class ExistingFile<TRecord> where TRecord : class
{
    protected ExistingFile(byte[] bytes, IReadOnlyList<Paper> papers, string newLine)
    {
        Bytes = bytes;
        Papers = papers;
        NewLine = newLine;
    }

    public byte[] Bytes { get; }

    public IReadOnlyList<Paper> Papers { get; }

    /// <summary>The line break records added to it use: its own.</summary>
    public string NewLine { get; }

    /// <summary>
    /// The bytes that follow the first <paramref name="keep"/> bytes of the file, which stay, so that it holds the
    /// new records too (all of them stay, but for CSL-JSON's closing bracket); null, with
    /// <paramref name="failure"/>, when the file cannot take them.
    /// </summary>
    internal abstract byte[]? Continuation(string path, IReadOnlyList<KeyValuePair<Paper, TRecord>> written,
        Action<Problem> reportPaper, out long keep, out Problem? failure);
}

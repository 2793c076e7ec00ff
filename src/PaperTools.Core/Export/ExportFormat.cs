using PaperTools.Diagnostics;
using PaperTools.Files;

namespace PaperTools.Export;

/// <summary>
/// One format the export stack writes (BibTeX, RIS, CSL-JSON): how its records are made, how an existing file of
/// them is read, and how a new file of them is laid out. <see cref="PaperFileExporter{TRecord}"/> does the rest,
/// the same for every format.
/// </summary>
public abstract class ExportFormat<TRecord> where TRecord : class
{
    /// <summary>The format's name in messages: "BibTeX", "RIS", "CSL-JSON".</summary>
    public abstract string Name { get; }

    /// <summary>"1 BibTeX entry", "3 RIS records".</summary>
    public abstract string Describe(long count);

    /// <summary>The key a record was written under.</summary>
    public abstract string KeyOf(TRecord record);

    /// <summary>
    /// The problem naming a record that is not a work in this format, which the export session reports and leaves
    /// out; null for a work (every record, unless the format says otherwise).
    /// </summary>
    public virtual Problem? NotAWork(Paper paper) => null;

    /// <summary>The error ids its file problems are reported under.</summary>
    internal abstract LibraryWriteErrors Errors { get; }

    /// <summary>The format's decisions for one session, reporting to <paramref name="report"/>.</summary>
    internal abstract RecordComposer<TRecord> Composer(Action<Problem> report, string newLine);

    /// <summary>The line break of a new file, for <paramref name="papers"/>.</summary>
    internal abstract string NewLineFor(IReadOnlyList<Paper> papers);

    /// <summary>The whole content of a new file holding <paramref name="written"/>.</summary>
    internal abstract LibraryContent NewFile(IReadOnlyList<KeyValuePair<Paper, TRecord>> written, string newLine);

    /// <summary>
    /// What the existing <paramref name="target"/> holds; null, with <paramref name="failure"/>, when it cannot be
    /// read (or, when appending, cannot take more records). Problems of its records go to
    /// <paramref name="reportTarget"/>: the file keeps them as they are.
    /// </summary>
    internal abstract ExistingFile<TRecord>? Read(string path, string target, bool append, Action<Problem> reportTarget,
        CancellationToken cancellation, out Problem? failure);
}

using PaperTools.Export;

namespace PaperTools.Formats.Ris;

/// <summary>
/// RIS files: records one after another, a blank line between them, CR LF as the RIS specification has it.
/// </summary>
public sealed class RisFileFormat : RecordFileFormat
{
    public override string Name => "RIS";
    public override DigestFormat ReadAs => DigestFormat.Ris;
    public override string NewLine => "\r\n";

    internal override IEnumerable<string> KeptInNote(Paper paper, BibItem? item)
        => RisRecordWriter.InNote(paper, item, Items.CslType(paper, item)).Select(k => k.Key);

    public override string NewFile(IReadOnlyList<KeyedPaper> records) => Join(records, NewLine);

    public override string? Continuation(string existing, IReadOnlyList<KeyedPaper> records, string newLine,
        out int replaceFromEnd, out string? failure)
    {
        replaceFromEnd = 0;
        failure = null;
        var separator = existing.Trim().Length == 0 ? string.Empty
            : existing.EndsWith("\n", System.StringComparison.Ordinal) ? newLine : newLine + newLine;
        return separator + Join(records, newLine);
    }

    private static string Join(IEnumerable<KeyedPaper> records, string newLine)
        => string.Join(newLine, records.Select(r => RisRecordWriter.Write(r, newLine)));
}

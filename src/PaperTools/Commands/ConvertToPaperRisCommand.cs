using PaperTools.Export;
using PaperTools.Formats.Ris;

namespace PaperTools.Commands;

/// <summary>
/// ConvertTo-PaperRis: one RIS record string per paper, as each arrives; records joined by line breaks are a RIS
/// file, so `| Set-Content refs.ris` works. Keys are unique within the call; the same work given twice is written once.
/// </summary>
[Cmdlet(VerbsData.ConvertTo, "PaperRis", HelpUri = HelpLinks.Docs + "ConvertTo-PaperRis.md")]
[OutputType(typeof(string))]
public sealed class ConvertToPaperRisCommand : ConvertToPaperCmdletBase<KeyedPaper>
{
    protected override void BeginProcessing() => Begin(new RisFileFormat());

    protected override void Emit(KeyedPaper record)
        => WriteObject(RisRecordWriter.Write(record, System.Environment.NewLine));

    protected override string Counted(long count) => $"{Plural.Of(count, "RIS record")} written";
}

using PaperTools.Formats.CslJson;
using PaperTools.Export;

namespace PaperTools.Commands;

/// <summary>
/// ConvertTo-PaperCslJson: the papers from the pipeline as one CSL-JSON document, a list of items, written when
/// the input ends. Unlike RIS records, CSL-JSON items do not join into a file one by one, so, like ConvertTo-Json,
/// this writes one string for the whole input; -AsItem writes one item object per paper instead.
/// </summary>
[Cmdlet(VerbsData.ConvertTo, "PaperCslJson", HelpUri = HelpLinks.Docs + "ConvertTo-PaperCslJson.md")]
[OutputType(typeof(string))]
public sealed class ConvertToPaperCslJsonCommand : ConvertToPaperCmdletBase<KeyedPaper>
{
    /// <summary>Writes each paper's item on its own, as it arrives, instead of one list at the end.</summary>
    [Parameter]
    public SwitchParameter AsItem { get; set; }

    private readonly CslJsonFileFormat format = new CslJsonFileFormat();
    private readonly List<KeyedPaper> records = new List<KeyedPaper>();

    protected override void BeginProcessing() => Begin(format);

    protected override bool WritesAtEnd => !AsItem;

    protected override void Emit(KeyedPaper record)
    {
        if (AsItem) WriteObject(CslItemWriter.Write(record, 0, System.Environment.NewLine));
        else records.Add(record);
    }

    protected override string Counted(long count)
        => $"{Plural.Of(count, "CSL-JSON item")} {(AsItem ? "written" : "made")}";

    protected override void WriteKept()
    {
        if (!AsItem) WriteObject(format.NewFile(records).Replace("\n", System.Environment.NewLine).TrimEnd());
    }
}

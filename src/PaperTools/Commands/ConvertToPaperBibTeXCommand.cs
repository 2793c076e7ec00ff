using PaperTools.BibTeX;
using PaperTools.Formats.BibTeX;

namespace PaperTools.Commands;

/// <summary>
/// ConvertTo-PaperBibTeX: one string per entry, as each paper arrives, so `| Set-Content`, `| clip` and
/// `| Select-String` work. Keys are unique within the call; a paper read from a .bib keeps its key and its entry
/// as written, preceded by the @string definitions it uses (once per call); the same work given twice is written once.
/// </summary>
[Cmdlet(VerbsData.ConvertTo, "PaperBibTeX", HelpUri = HelpLinks.Docs + "ConvertTo-PaperBibTeX.md")]
[OutputType(typeof(string))]
public sealed class ConvertToPaperBibTeXCommand : ConvertToPaperCmdletBase<BibTeXEntry>, IDynamicParameters
{
    private readonly BibTeXWriterParameters writer = new();
    private readonly BibTeXMacroCarrier macros = new BibTeXMacroCarrier(Environment.NewLine);

    /// <summary>-Dialect, -Escaping, -KeyFormat, -ExcludeAbstract, -DefaultYear and -AddMissingKey.</summary>
    public object GetDynamicParameters() => writer;

    protected override void BeginProcessing()
    {
        if (!writer.TryFormat(MyInvocation.BoundParameters, out var format, out var problem)) ThrowProblem(problem);
        Begin(format);
    }

    protected override void Emit(BibTeXEntry record) => WriteObject(macros.WithDefinitions(record));

    protected override string Counted(long count) => $"{Plural.Of(count, "BibTeX entry", "BibTeX entries")} written";
}

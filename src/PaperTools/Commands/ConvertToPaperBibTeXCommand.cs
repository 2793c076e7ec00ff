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
public sealed class ConvertToPaperBibTeXCommand : ConvertToPaperCmdletBase<BibTeXEntry>, IBibTeXWriterParameters
{
    [Parameter]
    public BibTeXDialect Dialect { get; set; } = BibTeXDialect.BibTeX;

    [Parameter]
    public BibTeXEscaping Escaping { get; set; }

    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(KeyFormatCompleter))]
    public string KeyFormat { get; set; } = CitationKeyFormat.GoogleScholar.ToString();

    [Parameter]
    public SwitchParameter ExcludeAbstract { get; set; }

    [Parameter]
    [ValidateRange(1000, 2200)]
    public int DefaultYear { get; set; }

    [Parameter]
    public SwitchParameter AddMissingKey { get; set; }

    private readonly BibTeXMacroCarrier macros = new BibTeXMacroCarrier(Environment.NewLine);

    protected override void BeginProcessing()
    {
        if (!BibTeXWriterParameters.TryFormat(this, MyInvocation.BoundParameters, out var format, out var problem))
            ThrowProblem(problem);
        Begin(format);
    }

    protected override void Emit(BibTeXEntry record) => WriteObject(macros.WithDefinitions(record));

    protected override string Counted(long count) => $"{Plural.Of(count, "BibTeX entry", "BibTeX entries")} written";
}

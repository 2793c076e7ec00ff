using System;
using System.Management.Automation;
using PaperTools.BibTeX;
using PaperTools.Diagnostics;

namespace PaperTools.Commands;

/// <summary>
/// The parameters Export-PaperBibTeX and ConvertTo-PaperBibTeX share: the papers from the pipeline and how
/// their entries are written. -ExcludeAbstract rather than an -IncludeAbstract switch that defaults to on:
/// a PowerShell switch is off unless given (PSScriptAnalyzer flags switches that default to true), and
/// turning something off is spelled -No…/-Exclude… elsewhere too (-NoClobber, -NoTypeInformation).
/// </summary>
public abstract class BibTeXWriterCmdletBase : PaperToolsCmdlet
{
    [Parameter(Mandatory = true, ValueFromPipeline = true)]
    [AllowNull]
    [AllowEmptyCollection]
    public Paper[] InputObject { get; set; }

    /// <summary>BibTeX (year/month, archivePrefix, journal) or BibLaTeX (date, eprinttype, journaltitle).</summary>
    [Parameter]
    public BibTeXDialect Dialect { get; set; } = BibTeXDialect.BibTeX;

    /// <summary>
    /// Latex spells accents and Greek as LaTeX ({\"o}, $\alpha$); Unicode writes them as themselves. Default: Latex for
    /// BibTeX, Unicode for BibLaTeX. Not a text encoding (the file is UTF-8 either way), so not called -Encoding.
    /// </summary>
    [Parameter]
    public BibTeXEscaping Escaping { get; set; }

    /// <summary>GoogleScholar (default), BetterBibTeX, ArxivId, or a pattern such as '[auth:lower][year][veryshorttitle:lower]'.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(KeyFormatCompleter))]
    public string KeyFormat { get; set; } = CitationKeyFormat.GoogleScholar.Name;

    /// <summary>Leaves the abstract field out (abstracts are written by default).</summary>
    [Parameter]
    public SwitchParameter ExcludeAbstract { get; set; }

    /// <summary>The year for papers whose source states none; without it such papers get no year field.</summary>
    [Parameter]
    [ValidateRange(1000, 2200)]
    public int DefaultYear { get; set; }

    /// <summary>Makes keys for entries read from a .bib without one (@article{,); by default they stay keyless, as written.</summary>
    [Parameter]
    public SwitchParameter AddMissingKey { get; set; }

    /// <summary>The options the bound parameters ask for; a key format that does not parse stops the call.</summary>
    protected BibTeXExportOptions CreateOptions()
    {
        CitationKeyFormat keyFormat;
        try { keyFormat = CitationKeyFormat.Parse(KeyFormat); }
        catch (ArgumentException ex)
        {
            ThrowProblem(new Problem(ErrorIds.BibTeXKeyFormatInvalid, ProblemCategory.InvalidArgument, ex.Message, KeyFormat, 0, ex));
            return null;
        }
        return new BibTeXExportOptions
        {
            Dialect = Dialect,
            Escaping = MyInvocation.BoundParameters.ContainsKey(nameof(Escaping)) ? Escaping : (BibTeXEscaping?)null,
            KeyFormat = keyFormat,
            IncludeAbstract = !ExcludeAbstract,
            DefaultYear = MyInvocation.BoundParameters.ContainsKey(nameof(DefaultYear)) ? DefaultYear : (int?)null,
            AddMissingKeys = AddMissingKey,
        };
    }

    protected static string Describe(Paper paper)
    {
        var title = paper.Title ?? paper.Id ?? string.Empty;
        return title.Length <= 80 ? title : title.Substring(0, 77) + "...";
    }
}

using System.Diagnostics.CodeAnalysis;
using PaperTools.BibTeX;
using PaperTools.Formats.BibTeX;

namespace PaperTools.Commands;

/// <summary>
/// How Export-PaperBibTeX and ConvertTo-PaperBibTeX write entries: a parameter group each returns from
/// GetDynamicParameters (they derive from different bases), which PowerShell binds, validates, completes and lists as
/// the cmdlet's own. -ExcludeAbstract rather than an -IncludeAbstract switch that defaults to on: a PowerShell switch
/// is off unless given, and turning something off is spelled -No…/-Exclude… elsewhere too (-NoClobber).
/// </summary>
public sealed class BibTeXWriterParameters
{
    /// <summary>BibTeX (year/month, archivePrefix, journal) or BibLaTeX (date, eprinttype, journaltitle).</summary>
    [Parameter]
    public BibTeXDialect Dialect { get; set; } = BibTeXDialect.BibTeX;

    /// <summary>
    /// Latex spells accents and Greek as LaTeX ({\"o}, $\alpha$); Unicode writes them as themselves. Default: Latex for
    /// BibTeX, Unicode for BibLaTeX. Not a text encoding (the file is UTF-8 either way), so not called -Encoding.
    /// </summary>
    [Parameter]
    public BibTeXEscaping Escaping { get; set; }

    /// <summary>
    /// GoogleScholar (default), BetterBibTeX, ArxivId, or a pattern such as '[auth:lower][year][veryshorttitle:lower]'.
    /// </summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(KeyFormatCompleter))]
    public string KeyFormat { get; set; } = CitationKeyFormat.GoogleScholar.ToString();

    /// <summary>Leaves the abstract field out (abstracts are written by default).</summary>
    [Parameter]
    public SwitchParameter ExcludeAbstract { get; set; }

    /// <summary>The year for papers whose source states none; without it such papers get no year field.</summary>
    [Parameter]
    [ValidateRange(1000, 2200)]
    public int DefaultYear { get; set; }

    /// <summary>Makes keys for entries read from a .bib without one (@article{,); else they stay keyless.</summary>
    [Parameter]
    public SwitchParameter AddMissingKey { get; set; }

    /// <summary>The format these ask for; false, with the problem, when the key format does not parse.</summary>
    internal bool TryFormat(IDictionary<string, object> bound, [NotNullWhen(true)] out BibTeXFileFormat? format,
        [NotNullWhen(false)] out Problem? problem)
    {
        format = null;
        if (!TryKeyFormat(KeyFormat, out var keyFormat, out problem)) return false;
        format = new BibTeXFileFormat(new BibTeXExportOptions
        {
            Dialect = Dialect,
            Escaping = bound.ContainsKey(nameof(Escaping)) ? Escaping : null,
            KeyFormat = keyFormat,
            IncludeAbstract = !ExcludeAbstract,
            DefaultYear = bound.ContainsKey(nameof(DefaultYear)) ? DefaultYear : null,
            AddMissingKeys = AddMissingKey,
        });
        return true;
    }

    /// <summary>The key format -KeyFormat names; false, with the problem, when it does not parse.</summary>
    internal static bool TryKeyFormat(string nameOrPattern, [NotNullWhen(true)] out CitationKeyFormat? keyFormat,
        [NotNullWhen(false)] out Problem? problem)
    {
        (keyFormat, problem) = (null, null);
        try { keyFormat = CitationKeyFormat.Parse(nameOrPattern); }
        catch (ArgumentException ex)
        {
            problem = new Problem(ErrorIds.BibTeXKeyFormatInvalid, ProblemCategory.InvalidArgument, ex.Message,
                nameOrPattern, 0, ex);
        }
        return keyFormat != null;
    }
}

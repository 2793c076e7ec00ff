using System.Diagnostics.CodeAnalysis;
using PaperTools.BibTeX;
using PaperTools.Formats.BibTeX;
using PaperTools.Diagnostics;

namespace PaperTools.Commands;

/// <summary>
/// The parameters Export-PaperBibTeX and ConvertTo-PaperBibTeX share, how their entries are written; each declares
/// them (they derive from the file and the conversion bases). -ExcludeAbstract rather than an -IncludeAbstract switch
/// that defaults to on: a PowerShell switch is off unless given, and turning something off is spelled
/// -No…/-Exclude… elsewhere too (-NoClobber, -NoTypeInformation).
/// </summary>
public interface IBibTeXWriterParameters
{
    /// <summary>BibTeX (year/month, archivePrefix, journal) or BibLaTeX (date, eprinttype, journaltitle).</summary>
    BibTeXDialect Dialect { get; }

    /// <summary>
    /// Latex spells accents and Greek as LaTeX ({\"o}, $\alpha$); Unicode writes them as themselves. Default: Latex for
    /// BibTeX, Unicode for BibLaTeX. Not a text encoding (the file is UTF-8 either way), so not called -Encoding.
    /// </summary>
    BibTeXEscaping Escaping { get; }

    /// <summary>
    /// GoogleScholar (default), BetterBibTeX, ArxivId, or a pattern such as '[auth:lower][year][veryshorttitle:lower]'.
    /// </summary>
    string KeyFormat { get; }

    /// <summary>Leaves the abstract field out (abstracts are written by default).</summary>
    SwitchParameter ExcludeAbstract { get; }

    /// <summary>The year for papers whose source states none; without it such papers get no year field.</summary>
    int DefaultYear { get; }

    /// <summary>Makes keys for entries read from a .bib without one (@article{,); else they stay keyless.</summary>
    SwitchParameter AddMissingKey { get; }
}

/// <summary>The BibTeX format the bound <see cref="IBibTeXWriterParameters"/> ask for.</summary>
internal static class BibTeXWriterParameters
{
    /// <summary>The format; false, with <paramref name="problem"/>, when the key format does not parse.</summary>
    public static bool TryFormat(IBibTeXWriterParameters parameters, IDictionary<string, object> bound,
        [NotNullWhen(true)] out BibTeXFileFormat? format, [NotNullWhen(false)] out Problem? problem)
    {
        format = null;
        if (!TryKeyFormat(parameters.KeyFormat, out var keyFormat, out problem)) return false;
        format = new BibTeXFileFormat(new BibTeXExportOptions
        {
            Dialect = parameters.Dialect,
            Escaping = bound.ContainsKey(nameof(parameters.Escaping)) ? parameters.Escaping : null,
            KeyFormat = keyFormat,
            IncludeAbstract = !parameters.ExcludeAbstract,
            DefaultYear = bound.ContainsKey(nameof(parameters.DefaultYear)) ? parameters.DefaultYear : null,
            AddMissingKeys = parameters.AddMissingKey,
        });
        return true;
    }

    /// <summary>The key format -KeyFormat names; false, with the problem, when it does not parse.</summary>
    public static bool TryKeyFormat(string nameOrPattern, [NotNullWhen(true)] out CitationKeyFormat? keyFormat,
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

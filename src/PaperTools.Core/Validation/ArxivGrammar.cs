using System.Text.RegularExpressions;

namespace PaperTools.Validation;

/// <summary>
/// The grammar of arXiv identifiers and subject categories, for the eprint and primaryClass/eprintclass
/// fields, which BibTeX writes without escaping. Anything else (a space, a brace, TeX's ^^5c spelling of a
/// backslash, a character outside ASCII) is not an identifier or a category, whatever a feed or e-mail says.
/// </summary>
public static class ArxivGrammar
{
    // New style (2007+): YYMM.NNNN or YYMM.NNNNN. Old style: archive(-name)(.SC)/YYMMNNN (hep-th/9901001,
    // math.AG/0601001).
    private static readonly Regex Identifier = new Regex(
        @"^(?:[0-9]{4}\.[0-9]{4,5}|[a-z]+(?:-[a-z]+)?(?:\.[A-Z]{2})?/[0-9]{7})$",
        Patterns.Safe);

    // archive(-name)(.subject(-name)): cs.LG, hep-th, math-ph, cond-mat.mes-hall, physics.acc-ph, q-bio.NC.
    private static readonly Regex Category = new Regex(
        @"^[a-z]+(?:-[a-z]+)?(?:\.[A-Za-z]{2,}(?:-[a-z]+)?)?$",
        Patterns.Safe);

    private const int MaxLength = 40;

    /// <summary>The identifier when <paramref name="value"/> is exactly one (no version, no prefix); else
    /// null.</summary>
    public static string? Id(string? value) => Matches(value, Identifier);

    /// <summary>The category when <paramref name="value"/> is exactly one; else null.</summary>
    public static string? CategoryOf(string? value) => Matches(value, Category);

    private static string? Matches(string? value, Regex grammar)
    {
        var trimmed = value?.Trim();
        return !string.IsNullOrEmpty(trimmed) && trimmed.Length <= MaxLength
            && grammar.IsMatch(trimmed) ? trimmed : null;
    }
}

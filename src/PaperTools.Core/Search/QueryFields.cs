using System.Text.RegularExpressions;

namespace PaperTools.Search;

/// <summary>Field prefixes as written in a query (title:, abstract:, author:, category:, id:),
/// case-insensitive.</summary>
internal static class QueryFields
{
    private static readonly Regex ArxivVersion = new Regex(@"(?<=[0-9])v[0-9]+$", RegexOptions.CultureInvariant);

    public static bool TryParse(string name, out SearchField field)
    {
        switch (name.ToLowerInvariant())
        {
            case "title": field = SearchField.Title; return true;
            case "abstract": field = SearchField.Abstract; return true;
            case "author": field = SearchField.Author; return true;
            case "category": field = SearchField.Category; return true;
            case "id": field = SearchField.Id; return true;
            default: field = SearchField.Any; return false;
        }
    }

    /// <summary>Category and id values are compared whole (cs.LG, 2401.01234), not split into words.</summary>
    public static bool IsKeyword(SearchField field) => field == SearchField.Category || field == SearchField.Id;

    public static string Name(SearchField field) => field == SearchField.Any ? "any"
        : field.ToString().ToLowerInvariant();

    /// <summary>The keyword form of a category or id: lower-cased, trimmed, without an "arXiv:" prefix or
    /// version.</summary>
    public static string NormalizeKeyword(SearchField field, string? value)
    {
        var keyword = TextNormalizer.FoldDiacritics(value ?? string.Empty).Trim();
        if (field != SearchField.Id) return keyword;
        if (keyword.StartsWith("arxiv:", StringComparison.Ordinal)) keyword = keyword.Substring(6);
        return ArxivVersion.Replace(keyword, string.Empty);
    }
}

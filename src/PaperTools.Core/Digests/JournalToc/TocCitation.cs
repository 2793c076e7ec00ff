using System.Text.RegularExpressions;

namespace PaperTools.Digests.JournalToc;

/// <summary>
/// The citation a feed writes as text where PRISM elements are missing: ScienceDirect's description
/// ("Source: Journal of Hydrology, Volume 645, Part A"), Science's ("Science, Volume 388, Issue 6745, Page 1,
/// May 2026."), any "Volume 12, Issue 3, Pages 45-67"; and the journal a dc:source citation names
/// ("Nature 445, 37 (2007)").
/// </summary>
internal sealed record TocCitation(string? Journal, string? Volume, string? Issue, string? FirstPage, string? LastPage)
{
    // A page: "45", "e1234", "75.e2" (an electronic supplement's pages).
    private const string Page = @"[A-Za-z]?[0-9]+(?:\.?[A-Za-z]+[0-9]*)?";

    // "Volume" capitalised, or "Vol.": prose that mentions a volume of water does not read as a citation.
    private static readonly Regex Citation = new(
        @"\b(?:Volume|Vol\.)\s*(?<volume>[0-9]+[A-Za-z]?)"
        + @"(?:,?\s*(?:Issue|No\.|Number)\s*(?<issue>[0-9]+[A-Za-z]?(?:\s*[-–/]\s*[0-9]+[A-Za-z]?)?))?"
        + @"(?:,?\s*(?:Pages?|pp?\.)\s*(?<first>" + Page + @")(?:\s*[-–]\s*(?<last>" + Page + @"))?)?",
        Patterns.Safe);

    // ScienceDirect's "Source: Journal of Hydrology, Volume 645": looked for only where a volume was found.
    private static readonly Regex SourceJournal = new(
        @"Source:\s*(?<journal>[^,:;<>]+),\s*$", Patterns.Safe);

    // The name before the first comma, semicolon, parenthesis or number: "Nature 445, 37 (2007)" is Nature.
    private static readonly Regex SourceName = new(
        @"^(?<name>[^,;|(0-9]*[^,;|(0-9\s])", Patterns.Safe);

    /// <summary>The citation in <paramref name="text"/>; null when it writes no volume.</summary>
    public static TocCitation? Find(string? text)
    {
        var m = text == null ? Match.Empty : Citation.Match(text);
        if (!m.Success) return null;
        var source = SourceJournal.Match(text!.Substring(0, m.Index));
        return new TocCitation(
            Group(source, "journal"), Group(m, "volume"), Group(m, "issue"), Group(m, "first"), Group(m, "last"));
    }

    /// <summary>The journal a dc:source citation names; null when it starts with none.</summary>
    public static string? JournalOfSource(string? source)
    {
        var m = source == null ? Match.Empty : SourceName.Match(source);
        return m.Success ? Whitespace.Collapse(m.Groups["name"].Value) : null;
    }

    private static string? Group(Match m, string name)
        => m.Groups[name].Success ? Whitespace.Collapse(m.Groups[name].Value) : null;
}

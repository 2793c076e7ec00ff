namespace PaperTools.Identity;

/// <summary>
/// The kind of work a BibTeX entry type names, for telling a journal version from a conference version. misc,
/// online, unpublished and the like name no kind (a preprint may become any of them), so they never conflict.
/// </summary>
internal static class EntryTypeKind
{
    private static readonly Dictionary<string, string> Kinds = new Dictionary<string,
        string>(StringComparer.OrdinalIgnoreCase)
    {
        ["article"] = "article", ["periodical"] = "article", ["suppperiodical"] = "article",
        ["inproceedings"] = "conference", ["conference"] = "conference", ["proceedings"] = "conference",
            ["mvproceedings"] = "conference",
        ["book"] = "book", ["mvbook"] = "book", ["inbook"] = "book", ["bookinbook"] = "book",
            ["suppbook"] = "book", ["booklet"] = "book",
        ["incollection"] = "book", ["collection"] = "book", ["mvcollection"] = "book", ["suppcollection"] = "book",
            ["reference"] = "book", ["inreference"] = "book",
        ["phdthesis"] = "thesis", ["mastersthesis"] = "thesis", ["thesis"] = "thesis",
        ["techreport"] = "report", ["report"] = "report",
    };

    private static readonly HashSet<string> Unstated = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "misc", "online", "electronic", "www", "unpublished", "preprint", "other", "article-preprint",
    };

    /// <summary>The kind, or null when the type states none.</summary>
    public static string? Of(string? entryType)
    {
        if (string.IsNullOrWhiteSpace(entryType)) return null;
        var type = entryType.Trim();
        if (Unstated.Contains(type)) return null;
        return Kinds.TryGetValue(type, out var kind) ? kind : type.ToLowerInvariant();
    }
}

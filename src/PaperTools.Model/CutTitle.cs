namespace PaperTools;

/// <summary>Titles cut short with "…" or "..." (Google Scholar cuts long ones): telling them, and the part before the
/// ellipsis.</summary>
public static class CutTitle
{
    public static bool IsCut(string? title)
    {
        WithoutEllipsis(title, out var cut);
        return cut;
    }

    /// <summary>The title without its closing ellipsis, and whether it had one; the title itself when it had
    /// none.</summary>
    public static string WithoutEllipsis(string? title, out bool cut)
    {
        cut = false;
        if (string.IsNullOrEmpty(title)) return string.Empty;
        var text = title.TrimEnd();
        if (text.EndsWith("\u2026", StringComparison.Ordinal)) text = text.Substring(0, text.Length - 1);
        else if (text.EndsWith("...", StringComparison.Ordinal)) text = text.Substring(0, text.Length - 3);
        else return title;
        cut = true;
        return text;
    }
}

namespace PaperTools.Identity;

/// <summary>
/// Titles as the same-work rule compares them. The key is the normalised title (case, punctuation, diacritics and
/// white space folded: <see cref="TextNormalizer.NormalizeTitle"/>) with mojibake repaired first and the spaces then
/// taken out (but between two numbers), so words glued by PDF extraction ("ALarge-scale") meet their spaced form
/// ("A Large-scale"). A title
/// ending in "…" or "..." was cut short (Google Scholar cuts long ones); its key is the part before the ellipsis.
/// </summary>
internal static class TitleKeys
{
    public static string? Of(string? title, out bool truncated, out bool cutAtWordEnd)
    {
        var body = Body(title, out truncated, out cutAtWordEnd);
        if (!System.Text.Ascii.IsValid(body)) return NonAsciiKey(body);
        Span<char> key = body.Length <= 256 ? stackalloc char[body.Length] : new char[body.Length];
        var length = AsciiKey(body, key);
        return length == 0 ? null : new string(key[..length]);
    }

    /// <summary>
    /// What an index keeps of the key <see cref="Of"/> gives: its hash, length and opening, not its text (made only
    /// for a non-ASCII title, and dropped).
    /// </summary>
    public static TitleKeyPrint Print(string? title, out bool truncated, out bool cutAtWordEnd)
    {
        var body = Body(title, out truncated, out cutAtWordEnd);
        if (!System.Text.Ascii.IsValid(body)) return TitleKeyPrint.Of(NonAsciiKey(body));
        Span<char> key = body.Length <= 256 ? stackalloc char[body.Length] : new char[body.Length];
        return TitleKeyPrint.Of(key[..AsciiKey(body, key)]);
    }

    // The title without its ellipsis; "Knowledge …" or "Learning: …" ends with a whole word, "Knowl…" may not.
    private static string Body(string? title, out bool truncated, out bool cutAtWordEnd)
    {
        var body = CutTitle.WithoutEllipsis(title, out truncated);
        cutAtWordEnd = truncated && body.Length > 0 && !char.IsLetterOrDigit(body[body.Length - 1]);
        return body;
    }

    private static string? NonAsciiKey(string body)
    {
        var spaced = TextNormalizer.NormalizeTitle(MojibakeRepair.Repair(body));
        if (spaced.Length == 0) return null;
        return spaced.IndexOf(' ') < 0 ? spaced : Compact(spaced);
    }

    /// <summary>
    /// An ASCII title's key in one pass (nearly every title), written to <paramref name="key"/>, its length returned:
    /// what normalising (nothing to repair or fold but case) and <see cref="Compact"/> give, without their two copies.
    /// </summary>
    private static int AsciiKey(string body, Span<char> key)
    {
        // Every kept space stands for at least one dropped character, so the key is never longer than the title.
        var length = 0;
        var pendingSpace = false;
        foreach (var c in body)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && length > 0 && char.IsAsciiDigit(key[length - 1]) && char.IsAsciiDigit(c))
                key[length++] = ' ';
            key[length++] = char.ToLowerInvariant(c);
            pendingSpace = false;
        }
        return length;
    }

    /// <summary>The spaces taken out, except between two numbers: "GPT 3 5" and "GPT 35" are different
    /// titles.</summary>
    private static string Compact(string spaced)
    {
        var sb = new StringBuilder(spaced.Length);
        for (var i = 0; i < spaced.Length; i++)
            if (IsKept(spaced, i)) sb.Append(spaced[i]);
        return sb.ToString();
    }

    /// <summary>Whether the character at <paramref name="i"/> of a normalised title is part of its key.</summary>
    public static bool IsKept(string spaced, int i)
        => spaced[i] != ' ' || (char.IsDigit(spaced[i - 1]) && char.IsDigit(spaced[i + 1]));

    /// <summary>The normalised title with its spaces (the ellipsis of a cut title left out).</summary>
    public static string Spaced(string? title) =>
        TextNormalizer.NormalizeTitle(MojibakeRepair.Repair(CutTitle.WithoutEllipsis(title, out _)));
}

namespace PaperTools.Digests;

/// <summary>What shape detection asks of a file's opening text before looking closer.</summary>
internal static class DigestHead
{
    /// <summary>The first character that is not a byte-order mark or white space; '\0' for none.</summary>
    public static char FirstSignificant(string head)
    {
        foreach (var c in head)
            if (c != '\uFEFF' && !char.IsWhiteSpace(c)) return c;
        return '\0';
    }

    public static bool IsMarkup(string head) => FirstSignificant(head) == '<';
}

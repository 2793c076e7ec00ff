namespace PaperTools;

/// <summary>Values as messages quote them: short enough to read on one line.</summary>
public static class MessageText
{
    /// <summary>The most characters a message quotes of one value (a title, an address).</summary>
    public const int MaxLength = 80;

    /// <summary><paramref name="text"/>, cut to <paramref name="maxLength"/> with "..." when longer; empty for
    /// null.</summary>
    public static string Shorten(string? text, int maxLength = MaxLength)
    {
        if (text == null) return string.Empty;
        return text.Length <= maxLength ? text : text.Substring(0, maxLength - 3) + "...";
    }

    /// <summary>A paper as messages name it: its title, else its id, shortened.</summary>
    public static string Describe(Paper paper) => Shorten(paper.Title ?? paper.Id);
}

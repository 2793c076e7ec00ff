#nullable enable
namespace PaperTools;

/// <summary>Values as messages quote them: short enough to read on one line.</summary>
public static class MessageText
{
    /// <summary>The most characters a message quotes of one value (a title, an address).</summary>
    public const int MaxLength = 80;

    /// <summary><paramref name="text"/>, cut to <see cref="MaxLength"/> with "..." when longer; empty for null.</summary>
    public static string Shorten(string? text)
    {
        if (text == null) return string.Empty;
        return text.Length <= MaxLength ? text : text.Substring(0, MaxLength - 3) + "...";
    }
}

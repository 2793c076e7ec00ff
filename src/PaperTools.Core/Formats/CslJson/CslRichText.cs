using System.Net;
using System.Text.RegularExpressions;

namespace PaperTools.Formats.CslJson;

/// <summary>
/// CSL-JSON's text variables carry HTML-like markup by specification (&lt;i&gt;, &lt;b&gt;, &lt;sub&gt;, &lt;sup&gt;,
/// &lt;span class="nocase"&gt;, and entities). <see cref="Plain"/> reads the words; <see cref="Escape"/> writes plain
/// words so that they read back the same ("a &lt;b&gt; tag" and "&amp;amp;" are not markup), and leaves every other
/// character as it is ("R&amp;D" stays "R&amp;D": CSL processors read a lone ampersand as itself).
/// </summary>
public static class CslRichText
{
    private static readonly Regex Tag = new Regex(@"</?(?:i|b|sub|sup|span)(?:\s[^<>]*)?>",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    // What Plain would take for markup: a tag above, or an entity ("&amp;", "&#38;").
    private static readonly Regex Markup = new Regex(@"</?(?:i|b|sub|sup|span)(?:\s[^<>]*)?>|&#?[A-Za-z0-9]+;",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>
    /// The words of rich text: tags dropped, entities decoded, white space collapsed; null when empty.
    /// </summary>
    public static string? Plain(string? text)
        => text == null ? null : Whitespace.Collapse(WebUtility.HtmlDecode(Tag.Replace(text, string.Empty)));

    /// <summary>Plain text as rich text that <see cref="Plain"/> reads back as the same words.</summary>
    public static string? Escape(string? text)
        => text == null
            ? null
            : Markup.Replace(text, m => (m.Value[0] == '<' ? "&lt;" : "&amp;") + m.Value.Substring(1));
}

using System.Text.RegularExpressions;

namespace PaperTools.Digests.Arxiv;

/// <summary>
/// Splits arXiv's one-line author lists ("A. Smith, B. Jones and C. Lee", "A. Smith (1), B. Jones (2) ((1) MIT,
/// (2) CMU)") into names. Affiliation groups in parentheses and any markup are dropped, and so is "et al.",
/// which stands for authors the list leaves out, not for an author.
/// </summary>
public static class ArxivAuthors
{
    // A tag cannot hold "<": with "[^>]*" a line of 200,000 "<" made every one scan to the line's end.
    private static readonly Regex Markup = new Regex("<[^<>]*>", Patterns.Safe);
    private static readonly Regex Separator = new Regex(@"\s*,\s*(?:and\s+)?|\s+and\s+|\s*;\s*",
        Patterns.Safe);
    private static readonly Regex EtAl = new Regex(@"^(?:and\s+)?(?:et\.?\s*al\.?|others)$",
        RegexOptions.IgnoreCase | Patterns.Safe);

    // The feeds before 2024 linked each name: <a href="http://arxiv.org/find/hep-ex/1/au:+Aaij_R/0/1/0/all/0/1">R.
    // Aaij</a>.
    private static readonly Regex Anchor = new Regex(@"<a\b[^>]*>(?<name>.*?)</a\s*>",
        RegexOptions.IgnoreCase | RegexOptions.Singleline | Patterns.Safe);

    /// <summary>
    /// The names of an RSS dc:creator: one per link when the feed links them (the text between the links,
    /// "et al. (909 additional authors not shown)", names nobody), else the list split as written. TeX in names
    /// (Benjamin R\'emy) is decoded, as the listing e-mails' names are.
    /// </summary>
    public static string[] FromCreator(string creator)
    {
        if (string.IsNullOrWhiteSpace(creator)) return Array.Empty<string>();
        var anchors = Anchor.Matches(creator);
        if (anchors.Count == 0) return Split(LatexDecoder.Decode(System.Net.WebUtility.HtmlDecode(creator)));
        var names = new List<string>();
        foreach (Match anchor in anchors)
        {
            var text = System.Net.WebUtility.HtmlDecode(Markup.Replace(anchor.Groups["name"].Value, string.Empty));
            var name = Whitespace.Collapse(LatexDecoder.Decode(text));
            if (name != null && !EtAl.IsMatch(name)) names.Add(name);
        }
        return names.ToArray();
    }

    public static string[] Split(string? list)
    {
        var text = Whitespace.Collapse(DropParenthesised(Markup.Replace(list ?? string.Empty, string.Empty)));
        if (text == null) return Array.Empty<string>();
        var names = new List<string>();
        foreach (var part in Separator.Split(text))
        {
            var name = Whitespace.Collapse(part);
            if (name != null && !EtAl.IsMatch(name)) names.Add(name);
        }
        return names.ToArray();
    }

    // Nested groups such as "((1) MIT, (2) CMU)" go as a whole.
    private static string DropParenthesised(string text)
    {
        if (text.IndexOf('(') < 0) return text;
        var kept = new System.Text.StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
            else if (depth == 0) kept.Append(c);
        }
        return kept.ToString();
    }
}

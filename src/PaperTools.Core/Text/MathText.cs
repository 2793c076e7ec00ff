namespace PaperTools;

/// <summary>
/// Inline math in decoded text ($z$, K$^-$, $e=mc^2$, $D\rightarrow4$) as text, for formats that are not TeX (RIS,
/// CSL-JSON), where that is exact: letters, digits and signs as themselves, Greek and common symbols as their
/// characters, operator names (\log) as words, a super- or subscript of digits, signs and the letters Unicode has
/// as its script characters (citation-js's table). A span with anything else (\frac, \mathcal, a script Unicode
/// cannot write) stays as written, dollars included; in CSL-JSON's rich text such a script is &lt;sup&gt;/&lt;sub&gt;.
/// </summary>
public static class MathText
{
    /// <summary>The text with each math span rendered as plain text where exact, else kept as written.</summary>
    public static string? ToPlain(string? text) => Render(text, rich: false, escape: plain => plain);

    /// <summary>
    /// The text as CSL rich text: the words escaped by <paramref name="escape"/>, each math span rendered, a script
    /// Unicode cannot write as &lt;sup&gt; or &lt;sub&gt;; a span that cannot be rendered kept as written, escaped.
    /// </summary>
    public static string? ToRichText(string? text, Func<string, string> escape) => Render(text, rich: true, escape);

    private static string? Render(string? text, bool rich, Func<string, string> escape)
    {
        if (text == null) return null;
        var open = text.IndexOf('$');
        if (open < 0) return escape(text);
        var output = new StringBuilder(text.Length);
        var at = 0;
        while (open >= 0)
        {
            var close = LatexMath.FindClosingDollar(text, open);
            if (close < 0)
            {
                open = text.IndexOf('$', open + 1);
                continue;
            }
            var runs = MathRuns.Read(text.Substring(open + 1, close - open - 1));
            if (runs != null && (rich || runs.TrueForAll(run => run.Script == MathScript.None)))
            {
                output.Append(escape(text.Substring(at, open - at)));
                foreach (var run in runs)
                {
                    var tag = run.Script switch { MathScript.Super => "sup", MathScript.Sub => "sub", _ => null };
                    if (tag == null) output.Append(escape(run.Text));
                    else output.Append('<').Append(tag).Append('>').Append(escape(run.Text)).Append("</")
                        .Append(tag).Append('>');
                }
                at = close + 1;
            }
            open = close + 1 < text.Length ? text.IndexOf('$', close + 1) : -1;
        }
        return output.Append(escape(text.Substring(at))).ToString();
    }
}

using System.Diagnostics.CodeAnalysis;

namespace PaperTools;

/// <summary>
/// Where inline math ($…$) begins and ends in text, by one rule shared by the LaTeX decoder and the BibTeX
/// escaper, so what one writes as math the other reads as math. Prices ("$5 and $10") are not math.
/// </summary>
public static class LatexMath
{
    /// <summary>The index of the $ closing the math that opens at <paramref name="open"/>, or -1 when it is no
    /// math.</summary>
    public static int FindClosingDollar(string text, int open)
    {
        if (open + 1 >= text.Length || text[open] != '$' || text[open + 1] == '$'
            || char.IsWhiteSpace(text[open + 1])) return -1;
        for (var j = open + 1; j < text.Length; j++)
        {
            var c = text[j];
            if (c == '\n' || c == '\r') return -1;
            if (c == '\\')
            {
                j++;
                continue;
            }
            if (c != '$') continue;
            if (char.IsWhiteSpace(text[j - 1])) return -1;
            if (j + 1 < text.Length && text[j + 1] >= '0' && text[j + 1] <= '9') return -1;
            return j;
        }
        return -1;
    }

    /// <summary>True when math content is one symbol of the shared table (\alpha, \Sigma), given back as
    /// Unicode.</summary>
    public static bool TryReadSymbol(string content, [NotNullWhen(true)] out string? symbol)
    {
        symbol = null;
        var trimmed = content.Trim();
        if (trimmed.Length < 2 || trimmed[0] != '\\') return false;
        for (var k = 1; k < trimmed.Length; k++)
            if (!((trimmed[k] >= 'a' && trimmed[k] <= 'z') || (trimmed[k] >= 'A' && trimmed[k] <= 'Z'))) return false;
        return LatexCharacters.MathSymbols.TryGetValue(trimmed.Substring(1), out symbol);
    }
}

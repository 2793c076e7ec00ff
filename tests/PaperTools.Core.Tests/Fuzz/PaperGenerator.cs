using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace PaperTools.Tests.Fuzz;

/// <summary>Random papers for the writer: Unicode from every plane, LaTeX-like text, hostile commands and raw values, deterministically from a seed.</summary>
internal static class PaperGenerator
{
    public const string Canary = "CANARY-RAN";

    private static readonly string[] Pieces =
    {
        "deep", "learning", "BERT", "GPT-4", "PixArt", "and", "AND", "Über", "naïve", "Łojasiewicz", "Ærø", "Straße", "Ελληνικά", "中文标题", "日本語",
        "😀", "𝔘𝔫𝔦", "e\u0301", "\u00A0", "\u2028", "--", "---", "``", "''", "`", "'", "\"", "{", "}", "{{", "}}", "\\", "$", "$$", "%", "#", "&", "_",
        "^", "~", "@", "@misc{x,", ",", ";", "(", ")", "[", "]", "<", ">", "|", "\\'e", "{\\\"o}", "\\v{s}", "\\ss", "{\\L}", "\\textendash", "\\&",
        "\\%", "$x^2$", "$\\alpha$", "$\\frac{a}{b}$", "$O(n \\log n)$", "$\\frac$", "$x^$", "$\\left($", "$\\sqrt$", "$\\input{canary}$",
        "\\input{canary}", "^^5cinput^^7bcanary^^7d", "\\csname input\\endcsname{canary}", "\\def\\x{y}", "\\end{thebibliography}", "\\\\",
        "\\😀", "\\\ud800", "\ud800", "\udc00", "\u0000", "\u0007", "\u001B", "\t", "\n", "\r\n", "  ", "1987", "१९८७",
    };

    public static Paper Make(Random random, int index)
    {
        var paper = new Paper
        {
            // A distinct leading word keeps every paper its own work (same-work rules would merge equal titles).
            Title = "P" + index + " " + Text(random, 1, 12),
            Abstract = random.Next(4) == 0 ? null : Text(random, 0, 40),
            Authors = Enumerable.Range(0, random.Next(4)).Select(_ => Text(random, 1, 4)).ToArray(),
            Keywords = Enumerable.Range(0, random.Next(3)).Select(_ => Text(random, 1, 3).Replace(",", "").Replace(";", "")).ToArray(),
            Year = 1990 + random.Next(40),
        };
        if (random.Next(3) == 0) paper.ArxivId = random.Next(4) == 0 ? Text(random, 1, 2) : $"{random.Next(7, 25):D2}{random.Next(1, 13):D2}.{random.Next(10000, 99999)}";
        if (random.Next(3) == 0) paper.Categories = new[] { random.Next(3) == 0 ? Text(random, 1, 2) : "cs.LG" };
        if (random.Next(3) == 0) paper.Doi = "10." + random.Next(1000, 99999) + "/" + Text(random, 1, 3).Replace(" ", "");
        if (random.Next(3) == 0) paper.Url = (random.Next(3) == 0 ? "javascript:" : "https://example.org/") + Text(random, 1, 3);
        return paper;
    }

    private static string Text(Random random, int min, int max)
    {
        var text = new StringBuilder();
        var count = min + random.Next(max - min + 1);
        for (var i = 0; i < count; i++)
        {
            if (i > 0 && random.Next(3) > 0) text.Append(' ');
            text.Append(random.Next(5) == 0 ? RandomCharacter(random) : Pieces[random.Next(Pieces.Length)]);
        }
        return text.ToString();
    }

    // Any code point but surrogates (lone halves come from the piece list, where they are meant).
    private static string RandomCharacter(Random random)
    {
        int code;
        do code = random.Next(3) == 0 ? random.Next(0x20, 0x7F) : random.Next(0x20, 0x30000);
        while (code >= 0xD800 && code <= 0xDFFF);
        return char.ConvertFromUtf32(code);
    }
}

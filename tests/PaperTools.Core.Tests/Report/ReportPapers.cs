#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using PaperTools.Tests.Fuzz;

namespace PaperTools.Tests.Report;

/// <summary>The inputs the report tests render: crafted hostile papers and the fuzz suite's random ones.</summary>
internal static class ReportPapers
{
    public const string LongWord = "Supercalifragilistic";

    /// <summary>Titles and abstracts that try to run, link off-site, reorder text or break the layout.</summary>
    public static List<Paper> Hostile() => new()
    {
        new Paper
        {
            Title = "<script>alert('title')</script> Attention",
            Abstract = "Ends the link </a><a href=\"javascript:alert(1)\">here</a>.",
            Url = "javascript:alert(document.cookie)", ArxivId = "2401.00001",
        },
        new Paper
        {
            Title = "<img src=x onerror=alert(1)> Images",
            Abstract = "<style>body{display:none}</style> & <iframe src=\"https://evil.example\">",
            PdfUrl = "data:text/html,<script>alert(1)</script>",
            CodeUrl = "https://github.com/o/r\"><script>alert(1)</script>",
        },
        new Paper
        {
            Title = "Bidi \u202Egnp.exe\u202C and isolates \u2066x\u2069 \u200Fhidden",
            Abstract = "Right-to-left \u202Bembedding\u202C text.", Url = "https://example.org/paper?a=1&b='2'",
        },
        new Paper { Title = string.Concat(Enumerable.Repeat(LongWord, 500)), Abstract = new string('x', 10_000) },
        new Paper
        {
            Title = string.Join(" ", Enumerable.Repeat("Long title", 1000)),
            Authors = Enumerable.Range(0, 40).Select(i => "Author " + i).ToArray(),
        },
        new Paper
        {
            Title = "[Link](https://evil.example) *emph* `code` $x^2$ @cite <b>bold</b> # heading",
            Abstract = "1. list\n- item\n===\n> quote https://evil.example",
            Authors = new[] { "===", "- dash" }, Venue = "| table | cell |", Url = "https://example.org/a_(b)",
        },
        new Paper { Title = "Lone \ud800 surrogate and \u0000 NUL \u0007 bell", Abstract = "\uFFFE noncharacter" },
    };

    /// <summary>The fuzz suite's random papers (every Unicode plane, LaTeX-like and hostile text), seeded.</summary>
    public static List<Paper> Fuzzed(int count)
    {
        var random = new Random(FuzzSettings.Seed);
        return Enumerable.Range(0, count).Select(i => PaperGenerator.Make(random, i)).ToList();
    }
}

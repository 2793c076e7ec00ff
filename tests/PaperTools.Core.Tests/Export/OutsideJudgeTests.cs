using System.Collections.Generic;
using System.Linq;
using PaperTools.Formats.CslJson;
using Xunit;

namespace PaperTools.Tests.Export;

/// <summary>
/// What real readers make of the RIS and CSL-JSON PaperTools writes from all five shared digests, every reader
/// fixture, the crafted papers and the hostile ones: citation-js reads every record of both formats, with every
/// title and every author's name intact, and formats a bibliography entry for each (citeproc-js); pandoc reads
/// every CSL-JSON item the same way and its citeproc formats a reference for each key. (pandoc 2.17, Debian 12's,
/// reads no RIS; its RIS reader came with pandoc 3.)
/// </summary>
public class OutsideJudgeTests
{
    // pandoc's citeproc reads CSL text as rich text and sets quotes in its own typography: apostrophes typographic
    // (Don't becomes Don’t), quoted phrases in the locale's quotes ('The chemical basis' becomes “The chemical
    // basis”). That changes quote marks, not words, so both sides are compared with every quote mark alike.
    // Quotes as one; pandoc reads Unicode's script characters as formatting (² as <sup>2</sup>, ⁻ as <sup>−</sup>),
    // so both sides are compared in compatibility form, where ² is 2 and ⁻ is −.
    private static string Folded(string text) => text == null ? null
        : System.Text.RegularExpressions.Regex.Replace(text.Normalize(System.Text.NormalizationForm.FormKC), "['\"‘’“”]", "\"");

    public static IEnumerable<object[]> Sets()
    {
        foreach (var format in new[] { "ris", "csl" })
            foreach (var source in new[] { "digests", "fixtures", "crafted", "hostile" })
                yield return new object[] { format, source };
    }

    public static IEnumerable<object[]> CslSets() => Sets().Where(s => (string)s[0] == "csl");

    [Theory]
    [MemberData(nameof(Sets))]
    public void CitationJsReadsEveryTitleAndAuthor(string format, string source)
    {
        var path = ExportFiles.NewFile(format);
        var plan = ExportFiles.Export(path, ExportFiles.Papers(source), format);
        Assert.True(plan.Written.Count > 0);

        var verdict = OutsideJudge.CitationJs(format, path);
        Assert.Empty(verdict.Warnings);
        Assert.Equal(plan.Written.Count, verdict.Items.Count);
        Assert.Equal(plan.Written.Count, verdict.Bibliography);
        var byKey = verdict.Items.ToDictionary(i => OutsideJudge.Text(i, "id"));
        foreach (var record in plan.Written.Select(w => w.Value))
        {
            Assert.True(byKey.TryGetValue(record.Key, out var item), $"citation-js has no item '{record.Key}'");
            // CSL-JSON titles are rich text, which citation-js keeps as such: its words are the title's.
            var title = OutsideJudge.Text(item, "title");
            Assert.Equal(ExportFiles.Carried(format, record.Paper, record.Paper.Title, title: true), format == "csl" ? CslRichText.Plain(title) : title);
            Assert.Equal(record.Paper.Authors.Select(a => ExportFiles.NameWords(ExportFiles.Carried(format, a))), OutsideJudge.AuthorWords(item));
        }
    }

    [Theory]
    [MemberData(nameof(CslSets))]
    public void PandocReadsEveryTitleAndAuthorAndCiteprocFormatsEachItem(string format, string source)
    {
        var path = ExportFiles.NewFile(format);
        var plan = ExportFiles.Export(path, ExportFiles.Papers(source), format);

        var items = OutsideJudge.PandocReads(path);
        Assert.Equal(plan.Written.Count, items.Count);
        var byKey = items.ToDictionary(i => OutsideJudge.Text(i, "id"));
        foreach (var record in plan.Written.Select(w => w.Value))
        {
            Assert.True(byKey.TryGetValue(record.Key, out var item), $"pandoc has no item '{record.Key}'");
            // pandoc writes CSL rich text back as such (<b>, &amp;): its words are the title's.
            Assert.Equal(Folded(ExportFiles.Carried(format, record.Paper, record.Paper.Title, title: true)), Folded(CslRichText.Plain(OutsideJudge.Text(item, "title"))));
            Assert.Equal(record.Paper.Authors.Select(a => Folded(ExportFiles.NameWords(a))), OutsideJudge.AuthorWords(item).Select(Folded));
        }

        var formatted = OutsideJudge.PandocCiteprocFormats(path);
        Assert.Equal(plan.Written.Select(r => r.Value.Key).OrderBy(k => k, System.StringComparer.Ordinal), formatted.OrderBy(k => k, System.StringComparer.Ordinal));
    }
}

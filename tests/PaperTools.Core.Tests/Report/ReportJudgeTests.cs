#nullable enable
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using PaperTools.Identity;
using PaperTools.Report;
using PaperTools.Tests.BibTeX;
using Xunit;

namespace PaperTools.Tests.Report;

/// <summary>
/// Reports from the five shared digests, every reader fixture and the hostile papers, judged by real readers: Chromium
/// at 375 and 1,280 px, html-validate, Python's email package, pandoc.
/// </summary>
public class ReportJudgeTests
{
    private static List<InterestProfile> Profiles()
        => ProfileFile.Read(Fixture.Path("report", "profiles.json"), _ => throw new InvalidOperationException());

    // The five shared digests, one paper per work (as the daily recipe merges them).
    private static List<Paper> SharedDigests()
    {
        var records = Directory.GetFiles(Fixture.Path("text"), "*.txt").OrderBy(f => f, StringComparer.Ordinal)
            .SelectMany(f => Fixture.Import(f).Papers).Where(p => p.IsPaper).ToList();
        return DuplicateFinder.Find(records, includeSingles: true).Select(g => PaperMerger.Merge(g.Papers)).ToList();
    }

    private static PaperReport Hostile(int fuzzed)
        => ReportBuilder.Build(ReportPapers.Hostile().Concat(ReportPapers.Fuzzed(fuzzed)), null);

    /// <summary>Every report the browser judges: name, the report.</summary>
    private static IEnumerable<(string Name, PaperReport Report)> Reports()
    {
        var shared = SharedDigests();
        var held = shared.Where((_, i) => i % 7 == 0);
        yield return ("shared-digests-profiles", ReportBuilder.Build(shared, Profiles(), held));
        yield return ("shared-digests-all", ReportBuilder.Build(shared, null));
        foreach (var folder in Fixture.ReaderFolders)
            foreach (var file in Fixture.Files(folder).OrderBy(f => f, StringComparer.Ordinal))
                yield return ($"{folder}-{Path.GetFileName(file)}",
                    ReportBuilder.Build(Fixture.Import(file).Papers.Where(p => p.IsPaper), null));
        yield return ("hostile", Hostile(200));
    }

    private static string Save(string name, ReportFormat format, PaperReport report)
    {
        Directory.CreateDirectory(ReportJudge.ArtefactFolder);
        var path = Path.Combine(ReportJudge.ArtefactFolder, name + (format == ReportFormat.Markdown ? ".md" : ".html"));
        using var output = new StreamWriter(path);
        ReportWriter.Write(report, format, output);
        return path;
    }

    private static IEnumerable<string> Titles(PaperReport report)
        => report.Sections.SelectMany(s => s.Entries).Select(e => ReportText.Title(e.Paper));

    private static string Held(string? title) => title!.Replace(" in the library", "");

    [BrowserFact]
    public void EveryReportRendersInChromiumAtPhoneAndDesktopWidthWithNothingInjected()
    {
        var reports = Reports().ToList();
        Assert.True(reports.Count > 40, $"only {reports.Count} reports");
        var files = reports.Select(r => Save(r.Name, ReportFormat.Html, r.Report)).ToList();
        var verdicts = ReportJudge.Render(files);
        for (var i = 0; i < files.Count; i++)
        {
            foreach (var width in new[] { "375", "1280" })
            {
                var seen = verdicts.GetProperty(files[i]).GetProperty(width);
                var where = $"{reports[i].Name} at {width} px";
                var scroll = seen.GetProperty("scrollWidth").GetInt32();
                Assert.True(scroll <= seen.GetProperty("clientWidth").GetInt32(), $"{where}: scrolls to {scroll}");
                foreach (var empty in new[] { "consoleErrors", "requests", "unexpected" })
                    Assert.True(seen.GetProperty(empty).GetArrayLength() == 0, $"{where}: {seen.GetProperty(empty)}");
                Assert.All(seen.GetProperty("linkProtocols").EnumerateArray(),
                    p => Assert.Contains(p.GetString(), new[] { "http:", "https:" }));
                var titles = seen.GetProperty("titles").EnumerateArray().Select(t => Held(t.GetString())).ToList();
                Assert.Equal(Titles(reports[i].Report), titles);
                var screenshot = new FileInfo(seen.GetProperty("screenshot").GetString()!);
                Assert.True(screenshot.Length > 1000, $"{where}: no screenshot");
            }
        }
        var hostile = verdicts.GetProperty(files[^1]).GetProperty("375");
        Assert.Contains(hostile.GetProperty("titles").EnumerateArray(),
            t => t.GetString() == "<script>alert('title')</script> Attention");
    }

    [BrowserFact]
    public void EveryReportValidatesWithHtmlValidate()
    {
        var files = Reports().Select(r => Save(r.Name + "-validate", ReportFormat.Html, r.Report)).ToList();
        var verdicts = ReportJudge.Validate(files);
        foreach (var file in files)
            Assert.True(verdicts.GetProperty(file).GetArrayLength() == 0, $"{file}: {verdicts.GetProperty(file)}");
    }

    // Python's email package reads the message and says what it holds: its parts' types and the titles in each.
    private const string ReadMessage = """
        import email, email.policy, html, json, re, sys
        message = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=email.policy.default)
        parts = [p for p in message.walk() if not p.is_multipart()]
        out = {'type': message.get_content_type(), 'subject': message['subject'], 'to': message['to'],
               'defects': len(message.defects),
               'parts': [{'type': p.get_content_type(), 'text': p.get_content(), 'defects': len(p.defects)}
                         for p in parts]}
        for part in out['parts']:
            if part['type'] == 'text/html':
                headings = re.findall(r'<h3[^>]*>(.*?)</h3>', part['text'], re.S)
                part['titles'] = [html.unescape(re.sub(r'<[^>]*>', '', t)) for t in headings]
        print(json.dumps(out))
        """;

    [Fact]
    public void TheEmailParsesIntoATextAndAnHtmlPartWithTheSamePapers()
    {
        var shared = SharedDigests();
        var reports = new[] { ("email-shared", ReportBuilder.Build(shared, Profiles())), ("email-bad", Hostile(100)) };
        var script = Fixture.TempFile("read_message.py", Encoding.UTF8.GetBytes(ReadMessage.Replace("\r\n", "\n")));
        foreach (var (name, report) in reports)
        {
            foreach (var message in MimeReportRenderer.Messages(report))
            {
                var to = message.To.Count == 0 ? "all" : message.To[0];
                var path = Path.Combine(ReportJudge.ArtefactFolder, $"{name}-{to}.eml");
                Directory.CreateDirectory(ReportJudge.ArtefactFolder);
                File.WriteAllText(path, message.Text);
                var (exit, output, errors) = ExternalTool.Run("python3", "python3", ReportJudge.ArtefactFolder,
                    script, path);
                Assert.True(exit == 0, errors);
                using var json = JsonDocument.Parse(output);
                var mail = json.RootElement;
                Assert.Equal("multipart/alternative", mail.GetProperty("type").GetString());
                Assert.Equal(0, mail.GetProperty("defects").GetInt32());
                Assert.Equal(message.To.Count == 0 ? null : message.To[0], mail.GetProperty("to").GetString());
                Assert.StartsWith(report.Title, mail.GetProperty("subject").GetString());
                var parts = mail.GetProperty("parts").EnumerateArray().ToList();
                Assert.Equal(new[] { "text/plain", "text/html" }, parts.Select(p => p.GetProperty("type").GetString()));
                var expected = Titles(message.Report).ToList();
                var titles = parts[1].GetProperty("titles").EnumerateArray().Select(t => Held(t.GetString()));
                Assert.Equal(expected, titles);
                var text = Whitespace.Collapse(parts[0].GetProperty("text").GetString()) ?? string.Empty;
                Assert.All(expected, title => Assert.Contains(title, text));
            }
        }
        // vision-group, nlp, and Robotics to no one.
        Assert.Equal(3, MimeReportRenderer.Messages(reports[0].Item2).Count);
    }

    [Fact]
    public void TheMarkdownRendersWithPandocAsTextWithOnlyThePapersLinks()
    {
        var shared = SharedDigests();
        var reports = new[] { ("md-shared", ReportBuilder.Build(shared, Profiles())), ("md-bad", Hostile(200)) };
        foreach (var (name, report) in reports)
        {
            var path = Save(name, ReportFormat.Markdown, report);
            var entries = report.Sections.SelectMany(s => s.Entries).ToList();
            var addresses = entries
                .SelectMany(e => new[] { ReportText.AbstractLink(e.Paper), ReportText.PdfLink(e.Paper),
                                         ReportText.CodeLink(e.Paper) })
                .Where(a => a != null).Select(a => Uri.UnescapeDataString(a!)).ToHashSet();
            var headings = new[] { 1 }
                .Concat(report.Sections.SelectMany(s => new[] { 2 }.Concat(s.Entries.Select(_ => 3)))).ToList();
            foreach (var reader in new[] { "markdown", "commonmark", "gfm" })
            {
                var (exit, output, errors) = ExternalTool.Run("pandoc", "pandoc", ReportJudge.ArtefactFolder,
                    "-f", reader, "-t", "json", path);
                Assert.True(exit == 0 && errors.Trim().Length == 0, $"pandoc -f {reader}: {errors}");
                using var json = JsonDocument.Parse(output);
                var kinds = new List<string>();
                var links = new List<string>();
                var headers = new List<int>();
                Walk(json.RootElement.GetProperty("blocks"), kinds, links, headers);
                Assert.DoesNotContain("RawInline", kinds);
                Assert.DoesNotContain("RawBlock", kinds);
                Assert.DoesNotContain("Math", kinds);
                Assert.DoesNotContain("Cite", kinds);
                // pandoc percent-encodes a ] an address holds.
                Assert.All(links, l => Assert.Contains(Uri.UnescapeDataString(l), addresses));
                Assert.Equal(headings, headers);
            }
            var (htmlExit, html, htmlErrors) = ExternalTool.Run("pandoc", "pandoc", ReportJudge.ArtefactFolder,
                "-f", "markdown", "-t", "html", path);
            Assert.True(htmlExit == 0, htmlErrors);
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        }
    }

    // Every element kind of pandoc's AST under node, the targets of its links and the levels of its headers.
    private static void Walk(JsonElement node, List<string> kinds, List<string> links, List<int> headers)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in node.EnumerateArray()) Walk(item, kinds, links, headers);
            return;
        }
        if (node.ValueKind != JsonValueKind.Object) return;
        if (node.TryGetProperty("t", out var t))
        {
            var kind = t.GetString()!;
            kinds.Add(kind);
            if (kind == "Link") links.Add(node.GetProperty("c")[2][0].GetString()!);
            if (kind == "Header") headers.Add(node.GetProperty("c")[0].GetInt32());
        }
        if (node.TryGetProperty("c", out var c)) Walk(c, kinds, links, headers);
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using PaperTools.Tests.BibTeX;
using Xunit.Sdk;

namespace PaperTools.Tests.Export;

/// <summary>
/// The outside readers of RIS and CSL-JSON: citation-js (npm, tests/Tools/citation-js, installed by
/// `npm ci --prefix tests/Tools/citation-js`) and pandoc's citeproc (apt: pandoc). A missing judge fails the
/// test and says how to install it.
/// </summary>
internal static class OutsideJudge
{
    public sealed class Verdict
    {
        public List<JsonElement> Items { get; } = new List<JsonElement>();
        public int Bibliography { get; set; }
        public List<string> Warnings { get; } = new List<string>();
    }

    public static string ToolFolder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "PaperTools.sln"))) return Path.Combine(dir.FullName, "tests", "Tools", "citation-js");
            throw new XunitException("Cannot find the repository root (PaperTools.sln) above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>citation-js reading <paramref name="path"/> as RIS ("ris") or CSL-JSON ("csl"), and citeproc-js formatting it.</summary>
    public static Verdict CitationJs(string kind, string path)
    {
        var folder = ToolFolder;
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "@citation-js", "core")))
            throw new XunitException($"citation-js is not installed in {folder}. Run: npm ci --prefix tests/Tools/citation-js (needs node and npm; apt-get install nodejs npm).");
        var (exit, output, errors) = ExternalTool.Run("node", "nodejs", folder, Path.Combine(folder, "judge.js"), kind, path);
        if (exit != 0) throw new XunitException($"citation-js could not read {path} (exit {exit}):\n{errors}");
        using (var json = JsonDocument.Parse(output))
        {
            var verdict = new Verdict { Bibliography = json.RootElement.GetProperty("bibliography").GetInt32() };
            foreach (var item in json.RootElement.GetProperty("items").EnumerateArray()) verdict.Items.Add(item.Clone());
            foreach (var warning in json.RootElement.GetProperty("warnings").EnumerateArray()) verdict.Warnings.Add(warning.GetString());
            return verdict;
        }
    }

    /// <summary>pandoc reading a CSL-JSON bibliography and writing it back as CSL-JSON: its reading of every item.</summary>
    public static List<JsonElement> PandocReads(string path)
    {
        var (exit, output, errors) = ExternalTool.Run("pandoc", "pandoc", Path.GetDirectoryName(path), "-f", "csljson", "-t", "csljson", path);
        if (exit != 0 || errors.Trim().Length > 0) throw new XunitException($"pandoc could not read {path} (exit {exit}):\n{errors}");
        using (var json = JsonDocument.Parse(output)) return json.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }

    /// <summary>The citation keys of the references pandoc's citeproc formats from <paramref name="path"/>, citing every item.</summary>
    public static List<string> PandocCiteprocFormats(string path)
    {
        var dir = Path.GetDirectoryName(path);
        var document = Path.Combine(dir, "cite-all.md");
        File.WriteAllText(document, "---\nnocite: \"@*\"\n---\n");
        var (exit, output, errors) = ExternalTool.Run("pandoc", "pandoc", dir, document, "--citeproc", "--bibliography=" + path, "-t", "json");
        if (exit != 0 || errors.Trim().Length > 0) throw new XunitException($"pandoc --citeproc failed on {path} (exit {exit}):\n{errors}");
        using (var json = JsonDocument.Parse(output))
            return Divs(json.RootElement).Where(id => id.StartsWith("ref-", StringComparison.Ordinal)).Select(id => id.Substring(4)).ToList();
    }

    // Each formatted reference is a Div whose id is "ref-KEY".
    private static IEnumerable<string> Divs(JsonElement node)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            if (node.TryGetProperty("t", out var t) && t.GetString() == "Div" && node.TryGetProperty("c", out var c))
            {
                var id = c[0][0].GetString();
                if (!string.IsNullOrEmpty(id)) yield return id;
            }
            foreach (var property in node.EnumerateObject())
                foreach (var id in Divs(property.Value)) yield return id;
        }
        else if (node.ValueKind == JsonValueKind.Array)
            foreach (var item in node.EnumerateArray())
                foreach (var id in Divs(item)) yield return id;
    }

    /// <summary>An item's author names as words in any order, so that every tool's split of a name compares equal.</summary>
    public static List<string> AuthorWords(JsonElement item)
    {
        var names = new List<string>();
        if (!item.TryGetProperty("author", out var authors)) return names;
        foreach (var author in authors.EnumerateArray())
        {
            var parts = new[] { "literal", "given", "dropping-particle", "non-dropping-particle", "family", "suffix" }
                .Select(p => author.TryGetProperty(p, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null)
                .Where(p => p != null);
            names.Add(ExportFiles.NameWords(string.Join(" ", parts)));
        }
        return names;
    }

    public static string Text(JsonElement item, string name)
        => item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

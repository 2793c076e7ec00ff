using System.Text.RegularExpressions;

namespace PaperTools.BuildTool.Manifest;

/// <summary>
/// Fills a module manifest's ReleaseNotes from CHANGELOG.md ("## [1.2.0] - date" or "## 1.2.0" headings, Keep a
/// Changelog style): the section of the manifest's ModuleVersion, as a single-quoted PowerShell string. The
/// repository's manifest keeps a short pointer; only the laid-out copy gets the text.
/// </summary>
public static class ReleaseNotes
{
    private static readonly Regex Version = new Regex(@"(?m)^\s*ModuleVersion\s*=\s*'(?<v>[^']+)'");
    private static readonly Regex Notes = new Regex(@"(?m)^(?<key>\s*ReleaseNotes\s*=\s*)'(?:[^']|'')*'");

    public static void Fill(string manifestPath, string changelogPath)
    {
        if (!File.Exists(manifestPath)) throw new BuildToolException(manifestPath, "the manifest does not exist.");
        if (!File.Exists(changelogPath)) throw new BuildToolException(changelogPath, "the changelog does not exist.");
        var manifest = File.ReadAllText(manifestPath);
        var version = Version.Match(manifest);
        if (!version.Success) throw new BuildToolException(manifestPath, "no ModuleVersion = '...' line.");
        if (!Notes.IsMatch(manifest)) throw new BuildToolException(manifestPath,
            "no ReleaseNotes = '...' line to fill.");
        var section = Section(File.ReadAllLines(changelogPath), version.Groups["v"].Value)
            ?? throw new BuildToolException(changelogPath,
                $"no '## [{version.Groups["v"].Value}]' section for the manifest's ModuleVersion.");
        var quoted = "'" + section.Replace("'", "''") + "'";
        File.WriteAllText(manifestPath, Notes.Replace(manifest, m => m.Groups["key"].Value + quoted, 1),
            new UTF8Encoding(false));
    }

    /// <summary>The text under the heading for <paramref name="version"/>, up to the next version heading; null when
    /// absent.</summary>
    public static string? Section(string[] changelog, string version)
    {
        var heading = new Regex(@"^##\s+\[?" + Regex.Escape(version) + @"\]?(\s|$)");
        var start = Array.FindIndex(changelog, l => heading.IsMatch(l));
        if (start < 0) return null;
        var body = changelog.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal));
        return string.Join("\n", body).Trim();
    }
}

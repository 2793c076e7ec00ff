#nullable enable
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using PaperTools.Tests.BibTeX;
using Xunit;
using Xunit.Sdk;

namespace PaperTools.Tests.Report;

/// <summary>
/// The outside judges of HTML reports: headless Chromium (apt: chromium) driven by puppeteer-core, and html-validate,
/// both from tests/Tools/report-judge (npm ci --prefix tests/Tools/report-judge). Screenshots go to
/// TestResults/report under the repository root.
/// </summary>
internal static class ReportJudge
{
    public static string Chromium => Environment.GetEnvironmentVariable("CHROMIUM") ?? "/usr/bin/chromium";

    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "PaperTools.sln"))) return dir.FullName;
            throw new XunitException("No PaperTools.sln above " + AppContext.BaseDirectory);
        }
    }

    public static string ToolFolder => Path.Combine(RepositoryRoot, "tests", "Tools", "report-judge");

    public static string ArtefactFolder => Path.Combine(RepositoryRoot, "TestResults", "report");

    /// <summary>Why the browser judge cannot run here, or null when it can.</summary>
    public static string? Missing()
    {
        if (!File.Exists(Chromium))
            return $"Chromium is not installed at {Chromium} (apt-get install chromium; or set CHROMIUM).";
        if (!Directory.Exists(Path.Combine(ToolFolder, "node_modules", "puppeteer-core")))
            return "The report judge is not installed: npm ci --prefix tests/Tools/report-judge (nodejs and npm).";
        return null;
    }

    /// <summary>Each page at each width: what Chromium saw.</summary>
    public static JsonElement Render(IReadOnlyList<string> files)
        => Run(new[] { "render", ArtefactFolder }.Concat(files).ToArray());

    /// <summary>html-validate's messages for each file (none when it validates).</summary>
    public static JsonElement Validate(IReadOnlyList<string> files)
        => Run(new[] { "validate" }.Concat(files).ToArray());

    private static JsonElement Run(string[] arguments)
    {
        var judge = new[] { Path.Combine(ToolFolder, "judge.js") }.Concat(arguments).ToArray();
        var (exit, output, errors) = ExternalTool.Run("node", "nodejs", ToolFolder, judge);
        if (exit != 0) throw new XunitException($"The report judge failed (exit {exit}):\n{errors}");
        using var json = JsonDocument.Parse(output);
        return json.RootElement.Clone();
    }
}

/// <summary>A fact that is skipped, saying why, where Chromium or the report judge is not installed.</summary>
internal sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        var missing = ReportJudge.Missing();
        if (missing != null) Skip = missing;
    }
}

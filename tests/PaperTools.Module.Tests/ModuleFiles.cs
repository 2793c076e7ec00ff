using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using System.Text.RegularExpressions;

namespace PaperTools.Module.Tests;

/// <summary>The repository's module files and the cmdlet classes in PaperTools.dll.</summary>
internal static class ModuleFiles
{
    public static Assembly CmdletAssembly => typeof(PaperTools.Commands.ImportPaperDigestCommand).Assembly;

    public static Type[] CmdletTypes => CmdletAssembly.GetTypes()
        .Where(t => typeof(PSCmdlet).IsAssignableFrom(t) && !t.IsAbstract)
        .OrderBy(t => t.Name)
        .ToArray();

    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "PaperTools.sln"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("PaperTools.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>The module folder `dotnet build` lays out.</summary>
    public static string ModuleFolder => Path.Combine(RepoRoot, "output", "PaperTools");

    public static string ManifestText => File.ReadAllText(Path.Combine(RepoRoot, "PaperTools.psd1"));

    /// <summary>The quoted strings of one array entry of the manifest: CmdletsToExport = @( 'a' 'b' ).</summary>
    public static string[] ManifestList(string key)
    {
        var m = Regex.Match(ManifestText, @"(?m)^\s*" + key + @"\s*=\s*@\((?<items>[^)]*)\)");
        if (!m.Success) throw new InvalidOperationException($"{key} not found in PaperTools.psd1");
        return Regex.Matches(m.Groups["items"].Value, @"'([^']*)'").Select(x => x.Groups[1].Value).ToArray();
    }

    public static string ManifestValue(string key)
    {
        var m = Regex.Match(ManifestText, @"(?m)^\s*" + key + @"\s*=\s*'(?<value>[^']*)'");
        return m.Success ? m.Groups["value"].Value : null;
    }
}

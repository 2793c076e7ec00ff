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

    /// <summary>
    /// The properties PowerShell binds as the cmdlet's parameters: its own, then those of the parameter group it returns
    /// from GetDynamicParameters (a group the cmdlets share across unrelated bases).
    /// </summary>
    public static PropertyInfo[] ParameterProperties(Type cmdlet)
    {
        var own = cmdlet.GetProperties();
        if (!typeof(IDynamicParameters).IsAssignableFrom(cmdlet)) return own;
        var group = ((IDynamicParameters)Activator.CreateInstance(cmdlet)).GetDynamicParameters();
        return own.Concat(group.GetType().GetProperties()).ToArray();
    }

    /// <summary>The cmdlet's parameter of that name, its own or from its parameter group.</summary>
    public static PropertyInfo Parameter(Type cmdlet, string name) => ParameterProperties(cmdlet).Single(p => p.Name == name);

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

using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace PaperTools.Module.Tests;

/// <summary>PaperTools.psd1, the format file and the laid-out module folder agree with the code.</summary>
public class ManifestTests
{
    [Fact]
    public void CmdletsToExportIsExactlyTheCmdletClasses()
        => Assert.Equal(
            ModuleFiles.CmdletTypes.Select(CmdletMetadataTests.NameOf).OrderBy(n => n, StringComparer.Ordinal),
            ModuleFiles.ManifestList("CmdletsToExport").OrderBy(n => n, StringComparer.Ordinal));

    [Theory]
    [InlineData("FunctionsToExport")]
    [InlineData("AliasesToExport")]
    [InlineData("VariablesToExport")]
    public void ExportsNothingButCmdlets(string key) => Assert.Empty(ModuleFiles.ManifestList(key));

    [Fact]
    public void ClaimsPowerShell74AndLaterOnly()
    {
        // net8.0 assemblies and a load context of their own: PowerShell 7.4+ (.NET 8+); Windows PowerShell 5.1 is not claimed.
        Assert.Equal(new[] { "Core" }, ModuleFiles.ManifestList("CompatiblePSEditions"));
        Assert.Equal("7.4", ModuleFiles.ManifestValue("PowerShellVersion"));
        Assert.Equal("PaperTools.dll", ModuleFiles.ManifestValue("RootModule"));
        Assert.True(Version.TryParse(ModuleFiles.ManifestValue("ModuleVersion"), out _));
        Assert.True(Guid.TryParse(ModuleFiles.ManifestValue("GUID"), out _));
    }

    [Fact]
    public void HasGalleryMetadata()
    {
        Assert.NotEmpty(ModuleFiles.ManifestList("Tags"));
        Assert.StartsWith("https://", ModuleFiles.ManifestValue("LicenseUri"));
        Assert.StartsWith("https://", ModuleFiles.ManifestValue("ProjectUri"));
    }

    [Fact]
    public void BuildLaysOutAnImportableModuleFolder()
    {
        var folder = ModuleFiles.ModuleFolder;
        Assert.True(Directory.Exists(folder), "dotnet build should lay out " + folder);
        foreach (var file in new[] { "PaperTools.psd1", "PaperTools.dll", "PaperTools.Model.dll", "PaperTools.format.ps1xml",
                                     "dependencies/PaperTools.Core.dll", "dependencies/HtmlAgilityPack.dll" })
            Assert.True(File.Exists(Path.Combine(folder, file)), file + " missing from the module folder");
        Assert.Empty(Directory.GetFiles(folder, "System.Management.Automation.dll", SearchOption.AllDirectories));
        Assert.True(File.Exists(Path.Combine(folder, "LICENSE")), "LICENSE ships with the module");
    }

    [Fact]
    public void TheLaidOutManifestIsTheRepositorysWithReleaseNotesFromTheChangelog()
    {
        var laidOut = File.ReadAllText(Path.Combine(ModuleFiles.ModuleFolder, "PaperTools.psd1"));
        var notes = new Regex(@"(?m)^(\s*ReleaseNotes\s*=\s*)'(?:[^']|'')*'");
        Assert.Equal(notes.Replace(ModuleFiles.ManifestText, "$1''"), notes.Replace(laidOut, "$1''"));

        var version = ModuleFiles.ManifestValue("ModuleVersion");
        var section = PaperTools.BuildTool.Manifest.ReleaseNotes.Section(File.ReadAllLines(Path.Combine(ModuleFiles.RepoRoot, "CHANGELOG.md")), version);
        Assert.False(string.IsNullOrWhiteSpace(section), $"CHANGELOG.md has no section for {version}");
        var filled = notes.Match(laidOut).Value;
        Assert.Equal("'" + section.Replace("'", "''") + "'", filled.Substring(filled.IndexOf('\'')));
    }

    [Fact]
    public void PointsAtItsLicenceAndItsHelp()
    {
        Assert.StartsWith("MIT License", File.ReadAllText(Path.Combine(ModuleFiles.RepoRoot, "LICENSE")));
        Assert.Contains("MIT", ModuleFiles.ManifestValue("Copyright"));
        Assert.StartsWith("https://", ModuleFiles.ManifestValue("HelpInfoURI"));
    }
}

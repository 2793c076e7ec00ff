using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Xunit;

namespace PaperTools.Module.Tests
{
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
        public void FormatFileGivesPaperATableView()
        {
            var formats = ModuleFiles.ManifestList("FormatsToProcess");
            var file = Assert.Single(formats);
            var xml = XDocument.Load(Path.Combine(ModuleFiles.RepoRoot, "src", "PaperTools", file));
            var view = xml.Descendants("View").Single(v => v.Element("ViewSelectedBy")?.Element("TypeName")?.Value == typeof(Paper).FullName);
            Assert.NotNull(view.Element("TableControl"));
            var labels = view.Descendants("TableColumnHeader").Select(h => h.Element("Label")?.Value).ToArray();
            Assert.Equal(new[] { "Year", "FirstAuthor", "Source", "Title" }, labels);
            // Columns bound to properties must name real Paper properties.
            foreach (var property in view.Descendants("PropertyName").Select(p => p.Value))
                Assert.NotNull(typeof(Paper).GetProperty(property));
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
            Assert.Equal(File.ReadAllText(Path.Combine(ModuleFiles.RepoRoot, "PaperTools.psd1")), File.ReadAllText(Path.Combine(folder, "PaperTools.psd1")));
        }
    }
}

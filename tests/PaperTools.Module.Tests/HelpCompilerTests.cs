using System.IO;
using System.Linq;
using System.Xml.Linq;
using PaperTools.BuildTool;
using PaperTools.BuildTool.Help;
using Xunit;

namespace PaperTools.Module.Tests;

/// <summary>The build's markdown-to-MAML step on pages other helpers may write imperfectly: it warns and still compiles.</summary>
public class HelpCompilerTests
{
    private const string Front = "---\nexternal help file: PaperTools.dll-Help.xml\nModule Name: PaperTools\nonline version: https://example.org/Get-Thing.md\n---\n\n";

    private static CommandHelp Read(string page, out Warnings warnings)
    {
        warnings = new Warnings();
        return MarkdownHelpReader.Read("Get-Thing.md", page.Split('\n'), warnings);
    }

    [Fact]
    public void ReadsTheSectionsParameterSetsAndPerSetFacts()
    {
        var page = Front + "# Get-Thing\n\n## SYNOPSIS\nGets things.\n\n## SYNTAX\n\n### ByName (Default)\n```\nGet-Thing [-Name] <String> [-Force]\n```\n\n### ById\n```\nGet-Thing -Id <Int32> [-Force]\n```\n\n" +
                   "## DESCRIPTION\nFirst paragraph\nstill first.\n\nSecond.\n\n## EXAMPLES\n\n### Example 1: one\n```powershell\nGet-Thing x\n```\n\nGets x.\n\n" +
                   "## PARAMETERS\n\n### -Name\nThe name.\n\n```yaml\nType: String\nParameter Sets: ByName\nAliases: N\n\nRequired: True\nPosition: 0\nDefault value: None\nAccept pipeline input: True (ByValue)\nAccept wildcard characters: True\n```\n\n" +
                   "### -Id\nThe id.\n\n```yaml\nType: Int32\nParameter Sets: ById\n\nRequired: True\nPosition: Named\n```\n\n### -Force\nForces.\n\n```yaml\nType: SwitchParameter\nParameter Sets: (All)\n```\n\n### CommonParameters\nCommon.\n\n" +
                   "## INPUTS\n\n### System.String\nNames.\n\n## OUTPUTS\n\n### Thing\nThings.\n\n## NOTES\nNone.\n\n## RELATED LINKS\n\n[Set-Thing](Set-Thing.md)\n[Web](https://example.org/web)\n";
        var help = Read(page, out var warnings);
        Assert.Equal(0, warnings.Count);
        Assert.Equal("Get-Thing", help.Name);
        Assert.Equal(new[] { "First paragraph still first.", "Second." }, help.Description);
        Assert.Equal(new[] { "ByName", "ById" }, help.Syntax.Select(s => s.Name));
        Assert.Equal(new[] { "Name", "Id", "Force" }, help.Parameters.Select(p => p.Name));
        Assert.True(help.Parameters[0].Facts[0].Required && help.Parameters[0].Facts[0].Wildcards);
        Assert.Equal("Get-Thing x", help.Examples.Single().Code);
        Assert.Equal(new[] { "https://example.org/Get-Thing.md", "", "https://example.org/web" }, help.Links.Select(l => l.Value));

        var file = Path.Combine(Path.GetTempPath(), $"maml-{System.Guid.NewGuid():N}.xml");
        MamlWriter.Write(new[] { help }, file);
        XNamespace command = "http://schemas.microsoft.com/maml/dev/command/2004/10", maml = "http://schemas.microsoft.com/maml/2004/10";
        var items = XDocument.Load(file).Descendants(command + "syntaxItem").ToArray();
        File.Delete(file);
        Assert.Equal(new[] { "Name", "Force" }, items[0].Elements(command + "parameter").Select(p => p.Element(maml + "name").Value));
        Assert.Equal(new[] { "Id", "Force" }, items[1].Elements(command + "parameter").Select(p => p.Element(maml + "name").Value));
        // A switch shows no value in the syntax.
        Assert.Null(items[0].Elements(command + "parameter").Last().Element(command + "parameterValue"));
    }

    [Fact]
    public void WarnsAboutWhatIsMissingAndKeepsTheRest()
    {
        var page = Front + "# Get-Thing\n\n## DESCRIPTION\nDoes {{ Fill in }}.\n\n## EXAMPLES\n\n### Example 1\nno code here\n\n## PARAMETERS\n\n### -Name\n\n### Oops\nx\n\n## EXTRAS\nx\n";
        var help = Read(page, out var warnings);
        Assert.Equal("Get-Thing", help.Name);
        Assert.Single(help.Parameters);
        // No synopsis, a placeholder, an example without code, a parameter without text or yaml, a stray heading, an unknown section.
        Assert.True(warnings.Count >= 6, $"{warnings.Count} warnings");
    }

    [Fact]
    public void SkipsPagesForOtherHelpFiles()
        => Assert.Null(Read("---\nexternal help file: Other.dll-Help.xml\n---\n# Get-Other\n", out _));
}

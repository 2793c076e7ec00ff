using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using System.Xml.Linq;
using Xunit;

namespace PaperTools.Module.Tests;

/// <summary>
/// The MAML help `dotnet build` compiles from docs/en-US covers every cmdlet the assembly has: synopsis, description,
/// at least three examples that say what they do, every parameter described and typed, one syntax item per
/// parameter set, and an online link that is the cmdlet's HelpUri. Pester checks what Get-Help shows of it.
/// </summary>
public class HelpTests
{
    private static readonly XNamespace Maml = "http://schemas.microsoft.com/maml/2004/10";
    private static readonly XNamespace Command = "http://schemas.microsoft.com/maml/dev/command/2004/10";
    private static readonly XNamespace Dev = "http://schemas.microsoft.com/maml/dev/2004/10";
    private const string AllSets = "__AllParameterSets";

    private static string HelpFile => Path.Combine(ModuleFiles.ModuleFolder, "en-US", "PaperTools.dll-Help.xml");

    private static readonly Lazy<XDocument> Maml_ = new Lazy<XDocument>(() => XDocument.Load(HelpFile));

    private static XElement HelpOf(Type cmdlet)
    {
        var name = CmdletMetadataTests.NameOf(cmdlet);
        var help = Maml_.Value.Root.Elements(Command + "command").SingleOrDefault(c => c.Element(Command + "details")?.Element(Command + "name")?.Value == name);
        Assert.True(help != null, $"{name} has no help in {HelpFile}: write docs/en-US/{name}.md");
        return help;
    }

    private static string Text(XElement description) => string.Join(" ", description?.Elements(Maml + "para").Select(p => p.Value) ?? Enumerable.Empty<string>()).Trim();

    /// <summary>The parameters PowerShell will show for the cmdlet: its and its group's [Parameter] properties, and -WhatIf/-Confirm when it supports ShouldProcess.</summary>
    private static IEnumerable<string> ParameterNames(Type cmdlet)
    {
        var declared = ModuleFiles.ParameterProperties(cmdlet).Where(p => AttributeData.On<ParameterAttribute>(p).Any()).Select(p => p.Name);
        var shouldProcess = AttributeData.Single<CmdletAttribute>(cmdlet).Named("SupportsShouldProcess", false);
        return shouldProcess ? declared.Concat(new[] { "WhatIf", "Confirm" }) : declared;
    }

    [Fact]
    public void TheHelpFileIsLaidOutWithTheAboutTopics()
    {
        Assert.True(File.Exists(HelpFile), "dotnet build should compile " + HelpFile);
        foreach (var topic in new[] { "about_PaperTools.help.txt", "about_PaperTools_Query.help.txt" })
            Assert.True(new FileInfo(Path.Combine(ModuleFiles.ModuleFolder, "en-US", topic)).Length > 1000, topic + " missing or empty");
        Assert.Equal("helpItems", Maml_.Value.Root.Name.LocalName);
    }

    [Theory]
    [MemberData(nameof(CmdletMetadataTests.Cmdlets), MemberType = typeof(CmdletMetadataTests))]
    public void HasASynopsisAndADescription(Type cmdlet)
    {
        var help = HelpOf(cmdlet);
        Assert.True(Text(help.Element(Command + "details").Element(Maml + "description")).Length > 20, "synopsis");
        Assert.True(Text(help.Element(Maml + "description")).Length > 100, "description");
    }

    [Theory]
    [MemberData(nameof(CmdletMetadataTests.Cmdlets), MemberType = typeof(CmdletMetadataTests))]
    public void HasAtLeastThreeExamplesEachWithCodeAndWhatItDoes(Type cmdlet)
    {
        var examples = HelpOf(cmdlet).Element(Command + "examples").Elements(Command + "example").ToArray();
        Assert.True(examples.Length >= 3, $"{CmdletMetadataTests.NameOf(cmdlet)} has {examples.Length} examples; at least 3");
        foreach (var example in examples)
        {
            Assert.Contains(CmdletMetadataTests.NameOf(cmdlet), example.Element(Dev + "code").Value, StringComparison.OrdinalIgnoreCase);
            Assert.True(Text(example.Element(Dev + "remarks")).Length > 20, example.Element(Maml + "title").Value + " says nothing about what it does");
        }
    }

    [Theory]
    [MemberData(nameof(CmdletMetadataTests.Cmdlets), MemberType = typeof(CmdletMetadataTests))]
    public void EveryParameterHasHelpTextAndNoOtherIsDocumented(Type cmdlet)
    {
        var documented = HelpOf(cmdlet).Element(Command + "parameters").Elements(Command + "parameter")
            .ToDictionary(p => p.Element(Maml + "name").Value, p => p, StringComparer.OrdinalIgnoreCase);
        var actual = ParameterNames(cmdlet).ToArray();
        foreach (var name in actual)
        {
            Assert.True(documented.ContainsKey(name), $"{CmdletMetadataTests.NameOf(cmdlet)} -{name} has no help");
            Assert.True(Text(documented[name].Element(Maml + "description")).Length > 10, $"{CmdletMetadataTests.NameOf(cmdlet)} -{name} has no help text");
            Assert.False(string.IsNullOrWhiteSpace(documented[name].Element(Dev + "type")?.Element(Maml + "name")?.Value), $"-{name} has no type");
        }
        Assert.Empty(documented.Keys.Except(actual, StringComparer.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(CmdletMetadataTests.Cmdlets), MemberType = typeof(CmdletMetadataTests))]
    public void DocumentsEachParameterSetWithItsParameters(Type cmdlet)
    {
        var sets = ModuleFiles.ParameterProperties(cmdlet).SelectMany(p => AttributeData.On<ParameterAttribute>(p)).Select(a => a.Named("ParameterSetName", AllSets))
            .Where(s => s != AllSets).Distinct().ToArray();
        var items = HelpOf(cmdlet).Element(Command + "syntax").Elements(Command + "syntaxItem").ToArray();
        Assert.Equal(Math.Max(1, sets.Length), items.Length);
        foreach (var item in items)
        {
            var names = item.Elements(Command + "parameter").Select(p => p.Element(Maml + "name").Value).ToArray();
            Assert.Equal(names.Length, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
            // Every parameter bound in all sets appears in each syntax item.
            foreach (var property in ModuleFiles.ParameterProperties(cmdlet).Where(p => AttributeData.On<ParameterAttribute>(p).Any(a => a.Named("ParameterSetName", AllSets) == AllSets)))
                Assert.Contains(property.Name, names);
        }
    }

    [Theory]
    [MemberData(nameof(CmdletMetadataTests.Cmdlets), MemberType = typeof(CmdletMetadataTests))]
    public void HelpUriIsTheCmdletsPageAndTheHelpsOnlineLink(Type cmdlet)
    {
        var name = CmdletMetadataTests.NameOf(cmdlet);
        var helpUri = AttributeData.Single<CmdletAttribute>(cmdlet).Named<string>("HelpUri", null);
        Assert.Equal($"https://github.com/papertools/PaperTools/blob/main/docs/en-US/{name}.md", helpUri);
        Assert.True(File.Exists(Path.Combine(ModuleFiles.RepoRoot, "docs", "en-US", name + ".md")));
        var online = HelpOf(cmdlet).Element(Command + "relatedLinks").Elements(Maml + "navigationLink").First();
        Assert.Equal(helpUri, online.Element(Maml + "uri").Value);
    }
}

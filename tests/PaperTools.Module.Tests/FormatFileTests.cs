using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using PaperTools.Commands;
using PaperTools.Search;
using Xunit;

namespace PaperTools.Module.Tests;

/// <summary>
/// PaperTools.format.ps1xml is well-formed, shaped as PowerShell's format schema has it, selects only types the module
/// emits, and names only properties those types have, in PropertyName elements and in the $_.Name of script blocks.
/// Pester checks how the views look at 80 and 200 columns.
/// </summary>
public class FormatFileTests
{
    private static readonly Regex ScriptProperty = new Regex(@"\$_\.(?<name>[A-Za-z]\w*)");

    // Members PowerShell gives every object.
    private static readonly string[] Intrinsic = { "PSObject", "PSTypeNames", "PSBase", "PSAdapted", "PSExtended" };

    private static XDocument FormatFile()
    {
        var file = Assert.Single(ModuleFiles.ManifestList("FormatsToProcess"));
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(Path.Combine(ModuleFiles.RepoRoot, "src", "PaperTools", file), settings);
        return XDocument.Load(reader);
    }

    // The types the module writes that have views: a ranked result is a Paper with Score and Matches.
    private static readonly Type[] Viewed = { typeof(Paper), typeof(PaperDuplicateGroup), typeof(PaperDuplicateMember), typeof(LibraryUpdateResult) };

    /// <summary>The properties an object of this type name has: its type's, and for ranked results Paper's with SearchResult's Score and Matches.</summary>
    private static bool HasProperty(string typeName, string property)
    {
        if (typeName == FindPaperCommand.SearchResultTypeName)
            return typeof(Paper).GetProperty(property) != null || new[] { nameof(SearchResult.Score), nameof(SearchResult.Matches) }.Contains(property);
        return Viewed.Single(t => t.FullName == typeName).GetProperty(property) != null;
    }

    [Fact]
    public void IsWellFormedWithNamedViewsForTheModulesTypesOnly()
    {
        var root = FormatFile().Root;
        Assert.Equal("Configuration", root.Name.LocalName);
        var views = root.Element("ViewDefinitions").Elements("View").ToArray();
        Assert.NotEmpty(views);
        Assert.Equal(views.Length, views.Select(v => v.Element("Name").Value).Distinct().Count());
        foreach (var view in views)
        {
            var types = view.Element("ViewSelectedBy").Elements("TypeName").Select(t => t.Value).ToArray();
            Assert.NotEmpty(types);
            Assert.All(types, t => Assert.Contains(t, Viewed.Select(v => v.FullName).Append(FindPaperCommand.SearchResultTypeName)));
            Assert.Single(view.Elements(), e => e.Name.LocalName.EndsWith("Control", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void EveryPropertyItNamesExists()
    {
        foreach (var view in FormatFile().Descendants("View"))
        {
            var types = view.Element("ViewSelectedBy").Elements("TypeName").Select(t => t.Value).ToArray();
            var named = view.Descendants("PropertyName").Select(p => p.Value.Trim())
                .Concat(view.Descendants("ScriptBlock").SelectMany(s => ScriptProperty.Matches(s.Value).Select(m => m.Groups["name"].Value)))
                .Except(Intrinsic)
                .Distinct();
            foreach (var property in named)
                Assert.True(types.Any(t => HasProperty(t, property)), $"view {view.Element("Name").Value} names '{property}', which {string.Join(" and ", types)} lack");
            // A condition on Score or Matches must guard views Papers without them also use.
            foreach (var item in view.Descendants("ListItem").Where(i => i.Element("PropertyName") is { } name && !types.All(t => HasProperty(t, name.Value))))
                Assert.NotNull(item.Element("ItemSelectionCondition"));
        }
    }

    [Fact]
    public void TablesFitEightyColumnsWithTheLastColumnFlexible()
    {
        foreach (var table in FormatFile().Descendants("TableControl"))
        {
            var headers = table.Element("TableHeaders").Elements("TableColumnHeader").ToArray();
            Assert.Equal(headers.Length, table.Descendants("TableColumnItem").Count());
            Assert.Null(headers.Last().Element("Width"));
            var fixedWidth = headers.Take(headers.Length - 1).Sum(h => int.Parse(h.Element("Width").Value) + 1);
            // What is left of 80 columns for the flexible one (Title): a readable share.
            Assert.True(80 - fixedWidth >= 30, $"only {80 - fixedWidth} of 80 columns are left for {headers.Last().Element("Label").Value}");
            Assert.All(headers, h => Assert.True(h.Element("Width") == null || h.Element("Label").Value.Length <= int.Parse(h.Element("Width").Value), h.Element("Label").Value + "'s header is wider than its column"));
        }
    }

    [Fact]
    public void PapersDefaultToTheTableAndRankedResultsToTheirOwnLeadingWithScoreAndMatches()
    {
        var views = FormatFile().Descendants("View").ToArray();
        XElement FirstFor(string type) => views.First(v => v.Element("ViewSelectedBy").Elements("TypeName").Any(t => t.Value == type));
        var paper = FirstFor(typeof(Paper).FullName);
        Assert.Equal(new[] { "Year", "FirstAuthor", "Source", "Title" }, paper.Descendants("Label").Select(l => l.Value));
        var ranked = FirstFor(FindPaperCommand.SearchResultTypeName);
        Assert.Equal(new[] { "Score", "Matches" }, ranked.Descendants("Label").Take(2).Select(l => l.Value));
        Assert.Contains(views, v => v.Element("ListControl") != null);
    }
}

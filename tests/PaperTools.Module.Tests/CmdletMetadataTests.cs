using System;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using PaperTools.Commands;
using Xunit;

namespace PaperTools.Module.Tests;

/// <summary>What PowerShell will see of each cmdlet, read from the assembly's metadata (no PowerShell needed).</summary>
public class CmdletMetadataTests
{
    private const string AllSets = "__AllParameterSets";

    public static TheoryData<Type> Cmdlets()
    {
        var data = new TheoryData<Type>();
        foreach (var t in ModuleFiles.CmdletTypes) data.Add(t);
        return data;
    }

    // The approved verbs are the constants of System.Management.Automation's Verbs* classes.
    private static readonly string[] ApprovedVerbs = new[]
        {
            typeof(VerbsCommon), typeof(VerbsData), typeof(VerbsLifecycle), typeof(VerbsDiagnostic),
            typeof(VerbsCommunications), typeof(VerbsSecurity), typeof(VerbsOther),
        }
        .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue())
        .ToArray();

    [Fact]
    public void TheModuleHasItsCmdlets()
        => Assert.Equal(new[]
            {
                "ConvertTo-PaperBibTeX", "ConvertTo-PaperCslJson", "ConvertTo-PaperReport", "ConvertTo-PaperRis",
                "ConvertTo-PaperRow", "Export-PaperBibTeX", "Export-PaperCslJson", "Export-PaperReport",
                "Export-PaperRis", "Find-Paper", "Get-PaperDuplicate", "Import-PaperBibTeX", "Import-PaperDigest",
                "Merge-PaperDuplicate", "Update-PaperLibrary", "Update-PaperMetadata", "Update-PaperPublication",
            },
            ModuleFiles.CmdletTypes.Select(NameOf).OrderBy(n => n, StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void UsesAnApprovedVerb(Type cmdlet) => Assert.Contains(Verb(cmdlet), ApprovedVerbs);

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void DeclaresItsOutputType(Type cmdlet)
    {
        var output = AttributeData.On<OutputTypeAttribute>(cmdlet).ToArray();
        Assert.NotEmpty(output);
        Assert.All(output, o => Assert.NotEmpty(o.Arguments));
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void IsAPublicSealedClassNamedAfterItself(Type cmdlet)
    {
        Assert.True(cmdlet.IsPublic && cmdlet.IsSealed);
        Assert.Equal("PaperTools.Commands", cmdlet.Namespace);
        Assert.Equal(Verb(cmdlet) + Noun(cmdlet) + "Command", cmdlet.Name);
        Assert.StartsWith("Paper", Noun(cmdlet));
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void WritersSupportShouldProcess(Type cmdlet)
    {
        if (Verb(cmdlet) == VerbsData.Export)
            Assert.True(Cmdlet(cmdlet).Named("SupportsShouldProcess", false), $"{NameOf(cmdlet)} writes files and must support -WhatIf/-Confirm");
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void DefaultParameterSetExistsWhenThereAreSeveral(Type cmdlet)
    {
        var sets = Parameters(cmdlet).Select(p => p.Attribute.Named("ParameterSetName", AllSets)).Where(s => s != AllSets).Distinct().ToArray();
        if (sets.Length > 1) Assert.Contains(Cmdlet(cmdlet).Named<string>("DefaultParameterSetName", null), sets);
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void NoPositionIsUsedTwiceInOneParameterSet(Type cmdlet)
    {
        var positioned = Parameters(cmdlet)
            .Select(p => (Set: p.Attribute.Named("ParameterSetName", AllSets), Position: p.Attribute.Named("Position", int.MinValue)))
            .Where(x => x.Position != int.MinValue)
            .ToArray();
        var sets = positioned.Select(x => x.Set).Where(s => s != AllSets).Distinct().DefaultIfEmpty(AllSets);
        foreach (var set in sets)
        {
            var inSet = positioned.Where(x => x.Set == set || x.Set == AllSets).Select(x => x.Position).ToArray();
            Assert.Equal(inSet.Length, inSet.Distinct().Count());
        }
    }

    [Theory]
    [MemberData(nameof(Cmdlets))]
    public void PathCmdletsBindPathFromThePipelineAndLiteralPathByPropertyName(Type cmdlet)
    {
        if (!typeof(PaperTools.Commands.PathCmdletBase).IsAssignableFrom(cmdlet)) return;
        var path = SingleParameter(cmdlet, "Path");
        Assert.True(path.Named("Mandatory", false));
        Assert.True(path.Named("ValueFromPipeline", false));
        Assert.True(path.Named("ValueFromPipelineByPropertyName", false));
        Assert.Equal(0, path.Named("Position", int.MinValue));
        Assert.Equal("Path", path.Named("ParameterSetName", AllSets));
        Assert.NotNull(AttributeData.Single<SupportsWildcardsAttribute>(cmdlet.GetProperty("Path")));
        Assert.Equal(typeof(string[]), cmdlet.GetProperty("Path").PropertyType);

        var literal = SingleParameter(cmdlet, "LiteralPath");
        Assert.True(literal.Named("Mandatory", false));
        Assert.True(literal.Named("ValueFromPipelineByPropertyName", false));
        Assert.False(literal.Named("ValueFromPipeline", false));
        Assert.Equal("LiteralPath", literal.Named("ParameterSetName", AllSets));
        Assert.Contains("PSPath", AttributeData.Single<AliasAttribute>(cmdlet.GetProperty("LiteralPath")).Arguments);
        Assert.Null(AttributeData.Single<SupportsWildcardsAttribute>(cmdlet.GetProperty("LiteralPath")));
        Assert.Equal("Path", Cmdlet(cmdlet).Named<string>("DefaultParameterSetName", null));
    }

    [Fact]
    public void ImportPaperDigestReadsFilesAndWritesPapers()
    {
        var type = typeof(PaperTools.Commands.ImportPaperDigestCommand);
        Assert.True(typeof(PaperTools.Commands.PathCmdletBase).IsAssignableFrom(type));
        Assert.Equal(typeof(DigestShape), type.GetProperty("Format").PropertyType);
        Assert.Equal(typeof(SwitchParameter), type.GetProperty("IncludeNonPaper").PropertyType);
        Assert.Equal(typeof(DateTime), ModuleFiles.Parameter(type, "DigestDate").PropertyType);
        Assert.Equal(typeof(int), ModuleFiles.Parameter(type, "Year").PropertyType);
        Assert.Equal(typeof(System.Text.Encoding), ModuleFiles.Parameter(type, "Encoding").PropertyType);
        Assert.NotNull(AttributeData.Single<EncodingTransformationAttribute>(ModuleFiles.Parameter(type, "Encoding")));
        Assert.Contains(typeof(Paper), AttributeData.Single<OutputTypeAttribute>(type).Arguments);
    }

    [Fact]
    public void FormatTakesTheShapesTheReadersReadAndAutoByTheirDigestFormatNumbers()
    {
        var shapes = Enum.GetValues(typeof(DigestShape)).Cast<DigestShape>().ToArray();
        var read = PaperTools.Digests.DigestImporter.Readers.Select(r => r.Format).Append(DigestFormat.Auto).OrderBy(f => f);
        Assert.Equal(read, shapes.Select(s => (DigestFormat)s).OrderBy(f => f));
        Assert.All(shapes, s => Assert.Equal(s.ToString(), ((DigestFormat)s).ToString()));
    }

    internal static string NameOf(Type cmdlet) => Verb(cmdlet) + "-" + Noun(cmdlet);

    private static AttributeData Cmdlet(Type cmdlet) => AttributeData.Single<CmdletAttribute>(cmdlet) ?? throw new InvalidOperationException(cmdlet.Name + " has no [Cmdlet]");

    private static string Verb(Type cmdlet) => (string)Cmdlet(cmdlet).Arguments[0];

    private static string Noun(Type cmdlet) => (string)Cmdlet(cmdlet).Arguments[1];

    private static (PropertyInfo Property, AttributeData Attribute)[] Parameters(Type cmdlet)
        => ModuleFiles.ParameterProperties(cmdlet).SelectMany(p => AttributeData.On<ParameterAttribute>(p).Select(a => (p, a))).ToArray();

    private static AttributeData SingleParameter(Type cmdlet, string name) => Assert.Single(AttributeData.On<ParameterAttribute>(cmdlet.GetProperty(name)));
}

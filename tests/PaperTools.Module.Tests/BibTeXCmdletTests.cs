using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using PaperTools.Commands;
using Xunit;

namespace PaperTools.Module.Tests;

/// <summary>
/// The BibTeX cmdlets' metadata, checked by reflection where PowerShell cannot run. Attributes are read as
/// CustomAttributeData: PowerShellStandard.Library is a reference assembly whose attribute getters are stubs.
/// </summary>
public class BibTeXCmdletTests
{
    private static IEnumerable<CustomAttributeData> Attributes<T>(MemberInfo member)
        => member.GetCustomAttributesData().Where(a => a.AttributeType == typeof(T));

    private static object Named(CustomAttributeData attribute, string name)
        => attribute.NamedArguments.Where(n => n.MemberName == name).Select(n => n.TypedValue.Value).FirstOrDefault();

    private static PropertyInfo Property(Type type, string name) => ModuleFiles.Parameter(type, name);

    [Theory]
    [InlineData(typeof(ExportPaperBibTeXCommand), "Export", typeof(Paper))]
    [InlineData(typeof(ConvertToPaperBibTeXCommand), "ConvertTo", typeof(string))]
    [InlineData(typeof(ImportPaperBibTeXCommand), "Import", typeof(Paper))]
    public void NamesAndOutputTypes(Type type, string verb, Type output)
    {
        var cmdlet = Attributes<CmdletAttribute>(type).Single();
        Assert.Equal(verb, cmdlet.ConstructorArguments[0].Value);
        Assert.Equal("PaperBibTeX", cmdlet.ConstructorArguments[1].Value);
        var outputTypes = Attributes<OutputTypeAttribute>(type).SelectMany(a => a.ConstructorArguments)
            .SelectMany(c => c.Value is IEnumerable<CustomAttributeTypedArgument> many ? many.Select(m => m.Value) : new[] { c.Value });
        Assert.Contains(output, outputTypes);
        Assert.True(type.IsSealed);
    }

    [Fact]
    public void ExportSupportsShouldProcessAndTheWriterSwitches()
    {
        var type = typeof(ExportPaperBibTeXCommand);
        Assert.Equal(true, Named(Attributes<CmdletAttribute>(type).Single(), "SupportsShouldProcess"));
        foreach (var name in new[] { "Append", "NoClobber", "Force", "PassThru", "ExcludeAbstract" })
            Assert.Equal(typeof(SwitchParameter), Property(type, name).PropertyType);
        Assert.Equal(true, Named(Attributes<ParameterAttribute>(Property(type, "InputObject")).Single(), "ValueFromPipeline"));
        Assert.Equal(0, Named(Attributes<ParameterAttribute>(Property(type, "Path")).Single(), "Position"));
        Assert.Equal("Path", Named(Attributes<ParameterAttribute>(Property(type, "Path")).Single(), "ParameterSetName"));
        Assert.Equal("LiteralPath", Named(Attributes<ParameterAttribute>(Property(type, "LiteralPath")).Single(), "ParameterSetName"));
        var aliases = Attributes<AliasAttribute>(Property(type, "LiteralPath")).Single().ConstructorArguments[0].Value as IEnumerable<CustomAttributeTypedArgument>;
        Assert.Contains("PSPath", aliases.Select(a => a.Value));
    }

    [Fact]
    public void ImportTakesPathsFromThePipeline()
    {
        Assert.True(typeof(PathCmdletBase).IsAssignableFrom(typeof(ImportPaperBibTeXCommand)));
        Assert.Equal(true, Named(Attributes<ParameterAttribute>(Property(typeof(ImportPaperBibTeXCommand), "Path")).Single(), "ValueFromPipeline"));
        Assert.Equal(true, Named(Attributes<ParameterAttribute>(Property(typeof(ImportPaperBibTeXCommand), "LiteralPath")).Single(), "ValueFromPipelineByPropertyName"));
    }

    [Fact]
    public void ConvertToStreamsFromThePipelineAndChangesNothing()
    {
        Assert.Equal(true, Named(Attributes<ParameterAttribute>(Property(typeof(ConvertToPaperBibTeXCommand), "InputObject")).Single(), "ValueFromPipeline"));
        Assert.Null(Named(Attributes<CmdletAttribute>(typeof(ConvertToPaperBibTeXCommand)).Single(), "SupportsShouldProcess"));
    }
}

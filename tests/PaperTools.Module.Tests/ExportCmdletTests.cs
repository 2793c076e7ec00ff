using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using PaperTools.Commands;
using Xunit;

namespace PaperTools.Module.Tests;

/// <summary>The RIS and CSL-JSON cmdlets' metadata: the same shape as Export-PaperBibTeX and ConvertTo-PaperBibTeX.</summary>
public class ExportCmdletTests
{
    private static IEnumerable<CustomAttributeData> Attributes<T>(MemberInfo member)
        => member.GetCustomAttributesData().Where(a => a.AttributeType == typeof(T));

    private static object Named(CustomAttributeData attribute, string name)
        => attribute.NamedArguments.Where(n => n.MemberName == name).Select(n => n.TypedValue.Value).FirstOrDefault();

    [Theory]
    [InlineData(typeof(ExportPaperRisCommand), "Export", "PaperRis", typeof(Paper))]
    [InlineData(typeof(ExportPaperCslJsonCommand), "Export", "PaperCslJson", typeof(Paper))]
    [InlineData(typeof(ConvertToPaperRisCommand), "ConvertTo", "PaperRis", typeof(string))]
    [InlineData(typeof(ConvertToPaperCslJsonCommand), "ConvertTo", "PaperCslJson", typeof(string))]
    public void NamesAndOutputTypes(Type type, string verb, string noun, Type output)
    {
        var cmdlet = Attributes<CmdletAttribute>(type).Single();
        Assert.Equal(verb, cmdlet.ConstructorArguments[0].Value);
        Assert.Equal(noun, cmdlet.ConstructorArguments[1].Value);
        var outputTypes = Attributes<OutputTypeAttribute>(type).SelectMany(a => a.ConstructorArguments)
            .SelectMany(c => c.Value is IEnumerable<CustomAttributeTypedArgument> many ? many.Select(m => m.Value) : new[] { c.Value });
        Assert.Contains(output, outputTypes);
        Assert.Equal(true, Named(Attributes<ParameterAttribute>(type.GetProperty("InputObject")).Single(), "ValueFromPipeline"));
    }

    [Theory]
    [InlineData(typeof(ExportPaperRisCommand))]
    [InlineData(typeof(ExportPaperCslJsonCommand))]
    public void ExportHasTheWriterSwitchesAndPaths(Type type)
    {
        Assert.Equal(true, Named(Attributes<CmdletAttribute>(type).Single(), "SupportsShouldProcess"));
        Assert.Equal("Path", Named(Attributes<CmdletAttribute>(type).Single(), "DefaultParameterSetName"));
        foreach (var name in new[] { "Append", "NoClobber", "Force", "PassThru" })
            Assert.Equal(typeof(SwitchParameter), type.GetProperty(name).PropertyType);
        Assert.Equal(0, Named(Attributes<ParameterAttribute>(type.GetProperty("Path")).Single(), "Position"));
        var aliases = Attributes<AliasAttribute>(type.GetProperty("LiteralPath")).Single().ConstructorArguments[0].Value as IEnumerable<CustomAttributeTypedArgument>;
        Assert.Contains("PSPath", aliases.Select(a => a.Value));
    }

    [Fact]
    public void ConvertToChangesNothing()
    {
        Assert.Null(Named(Attributes<CmdletAttribute>(typeof(ConvertToPaperRisCommand)).Single(), "SupportsShouldProcess"));
        Assert.Null(Named(Attributes<CmdletAttribute>(typeof(ConvertToPaperCslJsonCommand)).Single(), "SupportsShouldProcess"));
        Assert.Equal(typeof(SwitchParameter), typeof(ConvertToPaperCslJsonCommand).GetProperty("AsItem").PropertyType);
    }
}

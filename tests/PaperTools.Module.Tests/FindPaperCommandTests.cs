using System;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using PaperTools.Commands;
using Xunit;

namespace PaperTools.Module.Tests;

/// <summary>
/// Find-Paper's metadata, checked by reflection: what PowerShell will bind, without PowerShell. Attribute values
/// are read from metadata (CustomAttributeData) because PowerShellStandard.Library is a reference assembly whose
/// attribute classes carry no behaviour.
/// </summary>
public class FindPaperCommandTests
{
    private static CustomAttributeData Attribute<T>(MemberInfo member) => member.GetCustomAttributesData().Single(a => a.AttributeType == typeof(T));

    private static object Named(CustomAttributeData attribute, string name)
        => attribute.NamedArguments.Where(a => a.MemberName == name).Select(a => a.TypedValue.Value).SingleOrDefault();

    private static PropertyInfo Property(string name) => typeof(FindPaperCommand).GetProperty(name);

    [Fact]
    public void Is_Find_Paper_with_Paper_output()
    {
        var cmdlet = Attribute<CmdletAttribute>(typeof(FindPaperCommand));
        Assert.Equal(new object[] { "Find", "Paper" }, cmdlet.ConstructorArguments.Select(a => a.Value));
        var outputTypes = typeof(FindPaperCommand).GetCustomAttributesData().Where(a => a.AttributeType == typeof(OutputTypeAttribute))
            .SelectMany(a => (System.Collections.Generic.IEnumerable<CustomAttributeTypedArgument>)a.ConstructorArguments.Single().Value)
            .Select(t => t.Value).ToArray();
        Assert.Contains(typeof(Paper), outputTypes);
        Assert.Contains(FindPaperCommand.SearchResultTypeName, outputTypes);
    }

    [Fact]
    public void Query_is_positional_and_papers_come_from_the_pipeline()
    {
        Assert.Equal(0, Named(Attribute<ParameterAttribute>(Property(nameof(FindPaperCommand.Query))), "Position"));
        Assert.Equal(true, Named(Attribute<ParameterAttribute>(Property(nameof(FindPaperCommand.InputObject))), "ValueFromPipeline"));
        Assert.Equal(typeof(Paper[]), Property(nameof(FindPaperCommand.InputObject)).PropertyType);
    }

    [Theory]
    [InlineData(nameof(FindPaperCommand.Title))]
    [InlineData(nameof(FindPaperCommand.Author))]
    [InlineData(nameof(FindPaperCommand.Category))]
    [InlineData(nameof(FindPaperCommand.NotIn))]
    public void Text_filters_support_wildcards(string name)
    {
        Assert.NotNull(Attribute<SupportsWildcardsAttribute>(Property(name)));
    }

    [Theory]
    [InlineData("Since", typeof(DateTime))]
    [InlineData("Until", typeof(DateTime))]
    [InlineData("HasArxivId", typeof(SwitchParameter))]
    [InlineData("Top", typeof(int))]
    [InlineData("Sort", typeof(PaperTools.Search.SearchSort))]
    [InlineData("NotIn", typeof(string[]))]
    [InlineData("Exclude", typeof(Paper[]))]
    public void Filters_and_ordering_are_named_parameters(string name, Type type)
    {
        Assert.Equal(type, Property(name).PropertyType);
        Assert.Null(Named(Attribute<ParameterAttribute>(Property(name)), "Position"));
    }
}

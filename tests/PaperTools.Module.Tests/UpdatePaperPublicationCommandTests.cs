#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using PaperTools.Commands;
using Xunit;

namespace PaperTools.Module.Tests;

/// <summary>
/// Update-PaperPublication's metadata, read by reflection: what PowerShell will bind, without PowerShell.
/// </summary>
public class UpdatePaperPublicationCommandTests
{
    private static CustomAttributeData? Attribute<T>(MemberInfo member)
        => member.GetCustomAttributesData().SingleOrDefault(a => a.AttributeType == typeof(T));

    private static object? Named(CustomAttributeData? attribute, string name)
        => attribute!.NamedArguments.Where(a => a.MemberName == name).Select(a => a.TypedValue.Value).SingleOrDefault();

    private static PropertyInfo Property(string name) => typeof(UpdatePaperPublicationCommand).GetProperty(name)!;

    [Fact]
    public void Is_Update_PaperPublication_with_WhatIf_and_both_outputs()
    {
        var cmdlet = Attribute<CmdletAttribute>(typeof(UpdatePaperPublicationCommand))!;
        Assert.Equal(new object[] { "Update", "PaperPublication" }, cmdlet.ConstructorArguments.Select(a => a.Value));
        Assert.Equal(true, Named(cmdlet, "SupportsShouldProcess"));
        var outputs = typeof(UpdatePaperPublicationCommand).GetCustomAttributesData()
            .Where(a => a.AttributeType == typeof(OutputTypeAttribute))
            .SelectMany(a => (IEnumerable<CustomAttributeTypedArgument>)a.ConstructorArguments.Single().Value!)
            .Select(v => v.Value is Type t ? t.FullName : (string?)v.Value).ToList();
        Assert.Equal(new[] { typeof(Paper).FullName, "PaperTools.Publication.PublicationResult" }, outputs);
        // The name in the attribute is the Core type's, so the view and scripts that name it find it.
        Assert.Equal(UpdatePaperPublicationCommand.ResultTypeName,
            typeof(PaperTools.Publication.PublicationResult).FullName);
    }

    [Fact]
    public void Papers_come_from_the_pipeline()
    {
        var input = Attribute<ParameterAttribute>(Property(nameof(UpdatePaperPublicationCommand.InputObject)));
        Assert.Equal(true, Named(input, "ValueFromPipeline"));
        Assert.Equal(typeof(Paper[]), Property(nameof(UpdatePaperPublicationCommand.InputObject)).PropertyType);
    }

    [Theory]
    [InlineData("Source", typeof(MetadataService[]))]
    [InlineData("MarkRetracted", typeof(SwitchParameter))]
    [InlineData("AsResult", typeof(SwitchParameter))]
    [InlineData("ApiKey", typeof(string))]
    [InlineData("Contact", typeof(string))]
    [InlineData("CachePath", typeof(string))]
    [InlineData("MaxAge", typeof(TimeSpan))]
    [InlineData("Offline", typeof(SwitchParameter))]
    [InlineData("TimeoutSec", typeof(int))]
    public void Options_are_named_parameters(string name, Type type)
    {
        Assert.Equal(type, Property(name).PropertyType);
        Assert.Null(Named(Attribute<ParameterAttribute>(Property(name)), "Position"));
    }

    [Fact]
    public void Source_names_only_the_services_that_know_publications()
    {
        var set = Attribute<ValidateSetAttribute>(Property(nameof(UpdatePaperPublicationCommand.Source)))!;
        var values = (IEnumerable<CustomAttributeTypedArgument>)set.ConstructorArguments.Single().Value!;
        Assert.Equal(new[] { "Arxiv", "Crossref", "OpenAlex", "SemanticScholar" },
            values.Select(v => (string)v.Value!));
    }
}

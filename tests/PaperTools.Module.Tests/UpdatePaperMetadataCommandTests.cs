using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using PaperTools.Commands;
using Xunit;

namespace PaperTools.Module.Tests;

/// <summary>Update-PaperMetadata's metadata, read by reflection: what PowerShell will bind, without PowerShell.</summary>
public class UpdatePaperMetadataCommandTests
{
    private static CustomAttributeData Attribute<T>(MemberInfo member) => member.GetCustomAttributesData().SingleOrDefault(a => a.AttributeType == typeof(T));

    private static object Named(CustomAttributeData attribute, string name)
        => attribute.NamedArguments.Where(a => a.MemberName == name).Select(a => a.TypedValue.Value).SingleOrDefault();

    private static PropertyInfo Property(string name) => typeof(UpdatePaperMetadataCommand).GetProperty(name);

    [Fact]
    public void Is_Update_PaperMetadata_with_Paper_output_and_WhatIf()
    {
        var cmdlet = Attribute<CmdletAttribute>(typeof(UpdatePaperMetadataCommand));
        Assert.Equal(new object[] { "Update", "PaperMetadata" }, cmdlet.ConstructorArguments.Select(a => a.Value));
        Assert.Equal(true, Named(cmdlet, "SupportsShouldProcess"));
        var outputTypes = (IEnumerable<CustomAttributeTypedArgument>)Attribute<OutputTypeAttribute>(typeof(UpdatePaperMetadataCommand)).ConstructorArguments.Single().Value;
        Assert.Contains(typeof(Paper), outputTypes.Select(t => (Type)t.Value));
    }

    [Fact]
    public void Papers_come_from_the_pipeline()
    {
        var input = Attribute<ParameterAttribute>(Property(nameof(UpdatePaperMetadataCommand.InputObject)));
        Assert.Equal(true, Named(input, "ValueFromPipeline"));
        Assert.Equal(true, Named(input, "Mandatory"));
        Assert.Equal(typeof(Paper[]), Property(nameof(UpdatePaperMetadataCommand.InputObject)).PropertyType);
    }

    [Theory]
    [InlineData("Source", typeof(MetadataService[]))]
    [InlineData("Force", typeof(SwitchParameter))]
    [InlineData("Contact", typeof(string))]
    [InlineData("CachePath", typeof(string))]
    [InlineData("MaxAge", typeof(TimeSpan))]
    [InlineData("Offline", typeof(SwitchParameter))]
    [InlineData("TimeoutSec", typeof(int))]
    [InlineData("MaximumRetryCount", typeof(int))]
    public void Options_are_named_parameters(string name, Type type)
    {
        Assert.Equal(type, Property(name).PropertyType);
        Assert.Null(Named(Attribute<ParameterAttribute>(Property(name)), "Position"));
    }

    [Fact]
    public void The_service_enum_lives_in_the_model_so_scripts_can_name_it()
        => Assert.Equal(typeof(Paper).Assembly, typeof(MetadataService).Assembly);

    [Fact]
    public void Contact_must_look_like_an_address()
        => Assert.NotNull(Attribute<ValidatePatternAttribute>(Property(nameof(UpdatePaperMetadataCommand.Contact))));
}

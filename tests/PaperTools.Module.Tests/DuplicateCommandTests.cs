using System.Management.Automation;
using PaperTools.Commands;
using Xunit;

namespace PaperTools.Module.Tests;

/// <summary>Get-PaperDuplicate and Merge-PaperDuplicate as PowerShell will bind them, read from metadata.</summary>
public class DuplicateCommandTests
{
    [Fact]
    public void GetPaperDuplicateTakesPapersFromThePipelineAndWritesGroups()
    {
        var property = typeof(GetPaperDuplicateCommand).GetProperty(nameof(GetPaperDuplicateCommand.InputObject));
        Assert.True(AttributeData.Single<ParameterAttribute>(property).Named("ValueFromPipeline", false));
        Assert.Equal(typeof(Paper[]), property.PropertyType);
        Assert.Contains(typeof(PaperDuplicateGroup), AttributeData.Single<OutputTypeAttribute>(typeof(GetPaperDuplicateCommand)).Arguments);
    }

    [Fact]
    public void MergePaperDuplicateTakesPapersOrGroupsFromThePipelineInTwoSets()
    {
        var type = typeof(MergePaperDuplicateCommand);
        var papers = AttributeData.Single<ParameterAttribute>(type.GetProperty(nameof(MergePaperDuplicateCommand.InputObject)));
        var groups = AttributeData.Single<ParameterAttribute>(type.GetProperty(nameof(MergePaperDuplicateCommand.Group)));
        Assert.True(papers.Named("ValueFromPipeline", false) && groups.Named("ValueFromPipeline", false));
        Assert.NotEqual(papers.Named<string>("ParameterSetName", null), groups.Named<string>("ParameterSetName", null));
        Assert.Equal(typeof(PaperDuplicateGroup[]), type.GetProperty(nameof(MergePaperDuplicateCommand.Group)).PropertyType);
        Assert.Equal(papers.Named<string>("ParameterSetName", null), AttributeData.Single<CmdletAttribute>(type).Named<string>("DefaultParameterSetName", null));
    }
}

#nullable enable
using System.Management.Automation;
using PaperTools.Commands;
using PaperTools.Report;
using Xunit;

namespace PaperTools.Module.Tests;

/// <summary>
/// Export-PaperReport and ConvertTo-PaperReport: the writer's switches and paths, the format and the profiles.
/// </summary>
public class ReportCmdletTests
{
    [Fact]
    public void ExportIsAWriterWithPathsAndAFormatForNamesThatSayNone()
    {
        var type = typeof(ExportPaperReportCommand);
        var cmdlet = AttributeData.Single<CmdletAttribute>(type);
        Assert.Equal(new object[] { "Export", "PaperReport" }, cmdlet.Arguments);
        Assert.True(cmdlet.Named("SupportsShouldProcess", false));
        Assert.Equal("Path", cmdlet.Named<string?>("DefaultParameterSetName", null));
        foreach (var name in new[] { "NoClobber", "Force", "PassThru" })
            Assert.Equal(typeof(SwitchParameter), type.GetProperty(name)!.PropertyType);
        Assert.Null(type.GetProperty("Append"));
        Assert.Equal(typeof(ReportFormat), type.GetProperty("Format")!.PropertyType);
        Assert.Contains("PSPath", AttributeData.Single<AliasAttribute>(type.GetProperty("LiteralPath")!).Arguments);
    }

    [Fact]
    public void BothTakePapersProfilesAndTheLibraryAndConvertToChangesNothing()
    {
        foreach (var type in new[] { typeof(ExportPaperReportCommand), typeof(ConvertToPaperReportCommand) })
        {
            Assert.Equal(typeof(Paper[]), ModuleFiles.Parameter(type, "InputObject").PropertyType);
            Assert.Equal(typeof(string), ModuleFiles.Parameter(type, "ProfilePath").PropertyType);
            Assert.Equal(typeof(Paper[]), ModuleFiles.Parameter(type, "Library").PropertyType);
            Assert.Equal(typeof(string), ModuleFiles.Parameter(type, "From").PropertyType);
        }
        var convert = AttributeData.Single<CmdletAttribute>(typeof(ConvertToPaperReportCommand));
        Assert.False(convert.Named("SupportsShouldProcess", false));
    }
}

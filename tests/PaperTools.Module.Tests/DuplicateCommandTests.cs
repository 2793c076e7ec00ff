using System.Linq;
using System.Management.Automation;
using System.Reflection;
using PaperTools.Commands;
using Xunit;

namespace PaperTools.Module.Tests
{
    /// <summary>Get-PaperDuplicate and Merge-PaperDuplicate as PowerShell will bind them, read from metadata.</summary>
    public class DuplicateCommandTests
    {
        private static CustomAttributeData[] Parameters(PropertyInfo property)
            => property.GetCustomAttributesData().Where(a => a.AttributeType == typeof(ParameterAttribute)).ToArray();

        private static object Named(CustomAttributeData attribute, string name)
            => attribute.NamedArguments.Where(a => a.MemberName == name).Select(a => a.TypedValue.Value).SingleOrDefault();

        [Fact]
        public void GetPaperDuplicateTakesPapersFromThePipelineAndWritesGroups()
        {
            var input = Assert.Single(Parameters(typeof(GetPaperDuplicateCommand).GetProperty(nameof(GetPaperDuplicateCommand.InputObject))));
            Assert.Equal(true, Named(input, "ValueFromPipeline"));
            Assert.Equal(typeof(Paper[]), typeof(GetPaperDuplicateCommand).GetProperty(nameof(GetPaperDuplicateCommand.InputObject)).PropertyType);
            var output = typeof(GetPaperDuplicateCommand).GetCustomAttributesData().Single(a => a.AttributeType == typeof(OutputTypeAttribute));
            Assert.Contains(typeof(PaperDuplicateGroup), ((System.Collections.Generic.IEnumerable<CustomAttributeTypedArgument>)output.ConstructorArguments.Single().Value).Select(t => t.Value));
        }

        [Fact]
        public void MergePaperDuplicateTakesPapersOrGroupsFromThePipelineInTwoSets()
        {
            var type = typeof(MergePaperDuplicateCommand);
            var papers = Assert.Single(Parameters(type.GetProperty(nameof(MergePaperDuplicateCommand.InputObject))));
            var groups = Assert.Single(Parameters(type.GetProperty(nameof(MergePaperDuplicateCommand.Group))));
            Assert.Equal(new object[] { true, true }, new[] { Named(papers, "ValueFromPipeline"), Named(groups, "ValueFromPipeline") });
            Assert.NotEqual(Named(papers, "ParameterSetName"), Named(groups, "ParameterSetName"));
            Assert.Equal(typeof(PaperDuplicateGroup[]), type.GetProperty(nameof(MergePaperDuplicateCommand.Group)).PropertyType);
            var cmdlet = type.GetCustomAttributesData().Single(a => a.AttributeType == typeof(CmdletAttribute));
            Assert.Equal(Named(papers, "ParameterSetName"), Named(cmdlet, "DefaultParameterSetName"));
        }
    }
}

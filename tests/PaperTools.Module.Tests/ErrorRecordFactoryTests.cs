#nullable enable
using System;
using System.Management.Automation;
using System.Reflection;
using PaperTools.Commands;
using PaperTools.Diagnostics;
using Xunit;

namespace PaperTools.Module.Tests;

/// <summary>Every Core category reaches PowerShell as the ErrorCategory of the same meaning, none as NotSpecified.</summary>
public class ErrorRecordFactoryTests
{
    [Fact]
    public void EveryProblemCategoryMapsToItsErrorCategory()
    {
        var factory = typeof(PaperToolsCmdlet).Assembly.GetType("PaperTools.Commands.ErrorRecordFactory", true)!;
        var map = factory.GetMethod("ToErrorCategory", BindingFlags.NonPublic | BindingFlags.Static)!;
        foreach (var category in Enum.GetValues<ProblemCategory>())
            Assert.Equal(Enum.Parse<ErrorCategory>(category.ToString()), (ErrorCategory)map.Invoke(null, [category])!);
    }
}

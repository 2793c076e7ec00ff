#nullable enable
using PaperTools.Diagnostics;
using Xunit;

namespace PaperTools.Tests.Diagnostics;

/// <summary>The severity table: records that still go through are warnings, faults that drop one are errors.</summary>
public class ProblemSeverityTests
{
    [Theory]
    [InlineData(ErrorIds.DigestUnsafeUrl)]
    [InlineData(ErrorIds.BibTeXKeyUnsafe)]
    [InlineData(ErrorIds.BibTeXMacroUndefined)]
    [InlineData(ErrorIds.BibTeXPossibleDuplicate)]
    [InlineData(ErrorIds.MetadataCacheUnavailable)]
    public void RecordKeptIsWarning(string id)
        => Assert.Equal(ProblemSeverity.Warning, new Problem(id, ProblemCategory.InvalidData, "m", "t").Severity);

    // Not a fault: an @xdata or @set has no record in RIS or CSL-JSON to drop.
    [Fact]
    public void NonWorkLeftOutIsWarning()
        => Assert.Equal(ProblemSeverity.Warning, ErrorIds.SeverityOf(ErrorIds.ExportEntryNotAWork));

    [Theory]
    [InlineData(ErrorIds.DigestEntryInvalid)]
    [InlineData(ErrorIds.BibTeXMacroTooLarge)]
    [InlineData(ErrorIds.ExportPaperIncomplete)]
    [InlineData(ErrorIds.RowInputNotPaper)]
    [InlineData("NotAnId")]
    public void EverythingElseIsError(string id) => Assert.Equal(ProblemSeverity.Error, ErrorIds.SeverityOf(id));
}

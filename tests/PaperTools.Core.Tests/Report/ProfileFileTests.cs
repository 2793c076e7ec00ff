#nullable enable
using System.Collections.Generic;
using System.Linq;
using PaperTools.Diagnostics;
using PaperTools.Report;
using Xunit;

namespace PaperTools.Tests.Report;

public class ProfileFileTests
{
    [Fact]
    public void TheSampleFileReadsWithCommentsAndTrailingCommas()
    {
        var problems = new List<Problem>();
        var profiles = ProfileFile.Read(Fixture.Path("report", "profiles.json"), problems.Add);
        Assert.Empty(problems);
        Assert.Equal(new[] { "Vision", "Language models", "Robotics" }, profiles.Select(p => p.Name));
        Assert.Equal(2, profiles[0].Queries.Count);
        Assert.Equal(new[] { "nlp@example.org", "vision-group@example.org" }, profiles[1].Recipients);
        Assert.Equal(new[] { "cs.RO", "cs.AI", "cs.LG" }, profiles[2].Categories);
    }

    [Fact]
    public void AMalformedQueryNamesTheProfileAndColumnAndTheOthersStillRun()
    {
        var problems = new List<Problem>();
        var profiles = ProfileFile.Parse(
            """[{"name": "Broken", "queries": ["loss", "margin AND (softmax"]}, {"name": "Fine", "query": "loss"}]""",
            "p.json", problems.Add);
        Assert.Equal("Fine", Assert.Single(profiles).Name);
        var problem = Assert.Single(problems);
        Assert.Equal(ErrorIds.ReportProfileInvalid, problem.ErrorId);
        Assert.Contains("Profile 'Broken'", problem.Message);
        Assert.Contains("query 2", problem.Message);
        Assert.Contains("column 12", problem.Message);
    }

    [Theory]
    [InlineData("""[{"queries": ["loss"]}]""", "Profile 1")]
    [InlineData("""[{"name": "Empty"}]""", "neither queries nor categories")]
    [InlineData("""[{"name": "Typed", "queries": [3]}]""", "lists of text")]
    [InlineData("""[{"name": "Mail", "query": "x", "recipients": ["a@b.org\r\nBcc: c@d.org"]}]""", "plain e-mail")]
    [InlineData("""[{"name": "Mail", "query": "x", "recipients": ["Someone <a@b.org>"]}]""", "not a plain e-mail")]
    [InlineData("""["just text"]""", "Profile 1")]
    public void AnUnusableProfileIsNamedAndLeftOut(string json, string expected)
    {
        var problems = new List<Problem>();
        Assert.Empty(ProfileFile.Parse(json, "p.json", problems.Add));
        Assert.Contains(expected, Assert.Single(problems).Message);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("""{"groups": []}""")]
    [InlineData("42")]
    public void AFileThatHoldsNoProfilesIsRefusedWhole(string json)
    {
        var ex = Assert.Throws<PaperToolsException>(() => ProfileFile.Parse(json, "p.json", _ => { }));
        Assert.Equal(ErrorIds.ReportProfileFileInvalid, ex.ErrorId);
    }
}

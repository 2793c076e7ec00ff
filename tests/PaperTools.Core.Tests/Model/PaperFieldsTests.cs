using System.Linq;
using Xunit;

namespace PaperTools.Tests.Model;

/// <summary>Paper.HasFields: whether a paper has a field, which an export asks of every paper.</summary>
public class PaperFieldsTests
{
    [Fact]
    public void HasFieldsFollowsTheFieldsAPaperCarries()
    {
        var fromBib = Fixture.BibPapers(Fixture.Path("bibtex", "real", "biber-examples.bib"));
        Assert.NotEmpty(fromBib);
        Assert.All(fromBib, p => Assert.Equal(p.Fields.Count > 0, p.HasFields));
        Assert.Contains(fromBib, p => p.HasFields);

        var fromDigest = Fixture.Import(Fixture.SharedDigest("000")).Papers;
        Assert.NotEmpty(fromDigest);
        Assert.All(fromDigest, p => Assert.False(p.HasFields));

        // An empty collection, once made, is still no field; a field added, or the collection replaced, is seen.
        var paper = fromDigest.First();
        Assert.Empty(paper.Fields);
        Assert.False(paper.HasFields);
        paper.Fields.Add("note", "{kept}");
        Assert.True(paper.HasFields);
        paper.Fields = null;
        Assert.False(paper.HasFields);
        paper.Fields = fromBib.First(p => p.HasFields).Fields.Clone();
        Assert.True(paper.HasFields);
    }
}

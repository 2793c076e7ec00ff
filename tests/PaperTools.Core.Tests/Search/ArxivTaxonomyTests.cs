using System.Linq;
using PaperTools.Search;
using Xunit;

namespace PaperTools.Tests.Search;

/// <summary>The arXiv taxonomy shipped for -Category completion loads whole from its embedded data.</summary>
public class ArxivTaxonomyTests
{
    [Fact]
    public void HoldsArxivsActiveCategoriesInOrder()
    {
        var ids = ArxivTaxonomy.Categories.Select(c => c.Key).ToArray();
        Assert.InRange(ids.Length, 150, 200);
        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.Equal(ids.OrderBy(i => i.ToLowerInvariant(), System.StringComparer.Ordinal), ids);
        foreach (var id in new[] { "cs.LG", "stat.ML", "hep-th", "math.OC", "q-bio.NC", "eess.SP", "econ.EM", "astro-ph.CO" })
            Assert.Contains(id, ids);
        Assert.All(ArxivTaxonomy.Categories, c => Assert.False(string.IsNullOrWhiteSpace(c.Value)));
    }

    [Theory]
    [InlineData("cs.LG", "Machine Learning")]
    [InlineData("cs.ro", "Robotics")]
    [InlineData("hep-th", "High Energy Physics - Theory")]
    [InlineData("cs.XX", null)]
    [InlineData(null, null)]
    public void NamesACategory(string id, string name) => Assert.Equal(name, ArxivTaxonomy.NameOf(id));
}

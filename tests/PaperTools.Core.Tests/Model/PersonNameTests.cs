using Xunit;

namespace PaperTools.Tests.Model;

public class PersonNameTests
{
    [Theory]
    [InlineData("Ashish Vaswani", "Vaswani", "Ashish", null)]
    [InlineData("Vaswani, Ashish", "Vaswani", "Ashish", null)]
    [InlineData("Ludwig van Beethoven", "van Beethoven", "Ludwig", null)]
    [InlineData("Jean de la Fontaine", "de la Fontaine", "Jean", null)]
    [InlineData("Smith, Jr, John", "Smith", "John", "Jr")]
    [InlineData("Kukla, D.", "Kukla", "D.", null)]
    [InlineData("Joan Solà", "Solà", "Joan", null)]
    [InlineData("Martin Luther King Jr.", "King", "Martin Luther", "Jr.")]
    public void TakesNamesApartTheBibTeXWay(string name, string family, string given, string suffix)
    {
        var parsed = PersonName.Parse(name);
        Assert.Equal(family, parsed.Family);
        Assert.Equal(given, parsed.Given);
        Assert.Equal(suffix, parsed.Suffix);
        Assert.Null(parsed.Literal);
    }

    [Theory]
    [InlineData("LHCb collaboration")]
    [InlineData("Canadian Respiratory Research Network")]
    [InlineData("Plato")]
    public void KeepsGroupsAndSingleWordsWhole(string name) => Assert.Equal(name, PersonName.Parse(name).Literal);

    [Theory]
    [InlineData("Ashish Vaswani", "Vaswani, Ashish")]
    [InlineData("Vaswani, Ashish", "Vaswani, Ashish")]
    [InlineData("Smith, Jr, John", "Smith, Jr, John")]
    [InlineData("LHCb collaboration", "LHCb collaboration")]
    public void WritesTheSortedForm(string name, string sorted) => Assert.Equal(sorted, PersonName.Parse(name).ToSortedForm());

    [Fact]
    public void NothingIsNoName() => Assert.Null(PersonName.Parse("  "));
}

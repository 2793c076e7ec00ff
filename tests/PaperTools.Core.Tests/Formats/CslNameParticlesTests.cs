#nullable enable
using System.IO;
using System.Linq;
using System.Text.Json;
using PaperTools.Formats.CslJson;
using PaperTools.Tests.Export;
using Xunit;

namespace PaperTools.Tests.Formats;

/// <summary>
/// CSL-JSON names keep their particles apart, as citeproc-js parses them and Zotero's own export writes them, and a
/// CSL-JSON file's particles come back where they were: the CSL test suite's names with particles.
/// </summary>
public class CslNameParticlesTests
{
    [Theory]
    [InlineData("van Beethoven", "van", "Beethoven")]
    [InlineData("van der Waals", "van der", "Waals")]
    [InlineData("dos Santos", "dos", "Santos")]
    [InlineData("d'Artagnan", "d'", "Artagnan")]
    [InlineData("al-Hakim", "al-", "Hakim")]
    [InlineData("'t Hooft", "'t", "Hooft")]
    [InlineData("Sonsin-Oliveira", null, "Sonsin-Oliveira")]
    [InlineData("O'Brien", null, "O'Brien")]
    [InlineData("Van Gogh", null, "Van Gogh")]
    [InlineData("de", null, "de")]
    [InlineData("Łukasiewicz", null, "Łukasiewicz")]
    public void AFamilyNamesLeadingLowerCaseWordsAreItsNonDroppingParticle(string name, string? particle, string family)
    {
        Assert.Equal((particle, family), CslNameParticles.Leading(name));
        Assert.Equal(name, CslNameParticles.JoinLeading(particle, family));
    }

    [Theory]
    [InlineData("Regina Célia de", "de", "Regina Célia")]
    [InlineData("Jean de la", "de la", "Jean")]
    [InlineData("Rafael G", null, "Rafael G")]
    [InlineData("bell", null, "bell")]
    [InlineData("J. R. R.", null, "J. R. R.")]
    public void AGivenNamesTrailingLowerCaseWordsAreItsDroppingParticle(string name, string? particle, string given)
    {
        Assert.Equal((particle, given), CslNameParticles.Trailing(name));
        Assert.Equal(name, CslNameParticles.JoinTrailing(given, particle));
    }

    [Fact]
    public void ACslJsonFilesParticlesAreWrittenBackApart()
    {
        var source = Fixture.Path("csl-json", "test-suite_disambiguate_PrimaryNameWithNonDroppingParticle.json");
        var path = ExportFiles.NewFile("csl");
        ExportFiles.Export(path, Fixture.Import(source).Papers, "csl");
        static string[] Names(string file)
        {
            using var items = JsonDocument.Parse(File.ReadAllText(file));
            return items.RootElement.EnumerateArray().SelectMany(i => i.GetProperty("author").EnumerateArray())
                .Select(a => string.Join("|", new[] { "family", "given", "dropping-particle", "non-dropping-particle" }
                    .Select(p => a.TryGetProperty(p, out var v) ? p + "=" + v.GetString() : "")))
                .ToArray();
        }
        var original = Names(source);
        Assert.Contains("family=Santos|given=Rafael G||non-dropping-particle=dos", original);
        Assert.Contains("family=Oliveira|given=Regina Célia|dropping-particle=de|", original);
        Assert.Equal(original, Names(path));
    }
}

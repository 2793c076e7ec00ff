using System;
using System.IO;
using System.Linq;
using PaperTools.Diagnostics;
using PaperTools.Digests;
using Xunit;

namespace PaperTools.Tests.Digests.Crossref;

/// <summary>Crossref /works JSON, one work and a list, on real replies kept as test data by papis and habanero (tests/Fixtures/metadata/README.md).</summary>
public class CrossrefJsonReaderTests
{
    private static string File(string name) => Fixture.Path("metadata", "crossref", name);

    [Theory]
    [InlineData("papis_test_1_multiple_authors.json")]
    [InlineData("papis_test_2_abstract.json")]
    [InlineData("papis_test_3_conference.json")]
    [InlineData("habanero_work_10.1371_journal.pone.0033693.json")]
    [InlineData("habanero_works_query_ecology_rows2.json")]
    public void IsDetectedByContent(string name)
    {
        var (papers, problems) = Fixture.Import(File(name));
        Assert.Empty(problems);
        Assert.NotEmpty(papers);
        Assert.All(papers, p => Assert.Equal(DigestFormat.CrossrefJson, p.SourceFormat));
    }

    [Fact]
    public void AWorkGivesTitleAuthorsInOrderDoiYearAndJournal()
    {
        var paper = Assert.Single(Fixture.Import(File("papis_test_1_multiple_authors.json")).Papers);
        Assert.Equal("10.1103/physrevb.89.140501", paper.Doi);
        Assert.StartsWith("Particle entanglement in continuum many-body systems via quantum Monte", paper.Title);
        Assert.Equal("C. M. Herdman", paper.Authors[0]);
        Assert.Equal(2014, paper.Year);
        Assert.Equal(new DateTime(2014, 4, 4), paper.Published);
        Assert.Equal("Physical Review B", paper.Venue);
        Assert.Equal("http://dx.doi.org/10.1103/physrevb.89.140501", paper.Url);
    }

    [Theory]
    [InlineData("\"container-title\":[\"PLoS ONE\"]", "\"container-title\":[\"PLoS \\ud800ONE\"]")]
    [InlineData("\"given\":\"Shankar\"", "\"given\":\"Shan\\udc00kar\"")]
    [InlineData("\"URL\":\"https:\\/\\/doi.org\\/10.1371\\/journal.pone.0033693\",\"relation\"", "\"URL\":\"https:\\/\\/doi.org\\/\\ud800\",\"relation\"")]
    public void ALoneSurrogateEscapeInAnyFieldIsReplacedAndTheWorkRead(string field, string hostile)
    {
        var json = System.IO.File.ReadAllText(File("habanero_work_10.1371_journal.pone.0033693.json"));
        Assert.Contains(field, json);

        var (papers, problems) = PaperTools.Tests.Robustness.DigestRun.Read(json.Replace(field, hostile));

        Assert.True(papers.Count == 1, string.Join("; ", problems.Select(p => p.ErrorId + ": " + p.Message)));
        var paper = papers[0];
        Assert.StartsWith("Methylphenidate Exposure Induces Dopamine Neuron Loss", paper.Title);
        Assert.Equal(ErrorIds.DigestInvalidCharacter, Assert.Single(problems).ErrorId);
    }

    [Fact]
    public void AJatsAbstractBecomesPlainText()
    {
        var paper = Assert.Single(Fixture.Import(File("papis_test_2_abstract.json")).Papers);
        Assert.StartsWith("In the international community, human dependence on", paper.Abstract);
        Assert.DoesNotContain("<", paper.Abstract);
        Assert.DoesNotContain("jats", paper.Abstract);
    }

    [Fact]
    public void AYearOnlyDateGivesTheYearAndNoDay()
    {
        var paper = Assert.Single(Fixture.Import(File("papis_test_3_conference.json")).Papers);
        Assert.Equal(2018, paper.Year);
        Assert.Null(paper.Published);
        Assert.Equal("Lorenz Bühmann", paper.Authors[0]);
    }

    [Fact]
    public void AListIsReadItemByItemWithTheLineEachStartsOn()
    {
        var (papers, problems) = Fixture.Import(File("habanero_works_query_ecology_rows2.json"));
        Assert.Empty(problems);
        Assert.Equal(new[] { "10.1093/obo/9780199830060-0238", "10.1093/obo/9780199830060-0023" }, papers.Select(p => p.Doi));
        Assert.Equal(new[] { "Communicating Ecology", "Chemical Ecology" }, papers.Select(p => p.Title));
        Assert.Empty(papers[0].Authors);
        Assert.Equal("André Kessler", papers[1].Authors[0]);
        Assert.Equal(2012, papers[1].Year);
        Assert.All(papers, p => Assert.Equal(1, p.SourceLine)); // Crossref writes the whole reply on one line
    }

    [Fact]
    public void AListCutShortKeepsTheCompleteWorksAndSaysWhere()
    {
        var text = System.IO.File.ReadAllText(File("habanero_works_query_ecology_rows2.json"));
        var cut = text.Substring(0, text.IndexOf("9780199830060-0023", StringComparison.Ordinal)); // Crossref writes "10.1093\/obo\/…"
        var path = Fixture.TempFile("cut.json", System.Text.Encoding.UTF8.GetBytes(cut));
        var (papers, problems) = Fixture.Import(path);
        Assert.Equal("Communicating Ecology", Assert.Single(papers).Title);
        Assert.Equal(ErrorIds.DigestTruncated, Assert.Single(problems).ErrorId);
    }

    [Fact]
    public void ASubtitleJoinsTheTitleAndAPreprintRelationNamesTheArxivId()
    {
        var json = "{\"status\":\"ok\",\"message-type\":\"work\",\"message-version\":\"1.0.0\",\"message\":{\"DOI\":\"10.1000/x\",\"title\":[\"UniHG\"],\"subtitle\":[\"A Large-scale Universal Heterogeneous Graph Dataset\"]," +
                   "\"author\":[{\"name\":\"The UniHG Consortium\"}],\"relation\":{\"has-preprint\":[{\"id-type\":\"doi\",\"id\":\"10.48550/arXiv.2508.14038\",\"asserted-by\":\"subject\"}]},\"issued\":{\"date-parts\":[[null]]}}}";
        var paper = Assert.Single(Fixture.Import(Fixture.TempFile("work.json", System.Text.Encoding.UTF8.GetBytes(json))).Papers);
        Assert.Equal("UniHG: A Large-scale Universal Heterogeneous Graph Dataset", paper.Title);
        Assert.Equal("2508.14038", paper.ArxivId);
        Assert.Equal(new[] { "The UniHG Consortium" }, paper.Authors);
        Assert.Equal(2025, paper.Year); // stated by nothing but the arXiv id, as for every reader
    }

    [Fact]
    public void CrossrefErrorRepliesAreNotTakenForWorks()
    {
        Assert.Equal(DigestFormat.Auto, DigestImporter.Detect("{\"status\":\"failed\",\"message-type\":\"validation-failure\",\"message\":[{\"type\":\"parameter-not-allowed\"}]}"));
        Assert.Equal(DigestFormat.CrossrefJson, DigestImporter.Detect("{\"status\":\"ok\",\"message-type\":\"work-list\",\"message\":{\"items\":[]}}"));
    }
}

using System.Linq;
using PaperTools.Identity;
using Xunit;

namespace PaperTools.Tests.Identity;

/// <summary>Crafted pairs for each tie the same-work rule knows and each near miss it must keep apart.</summary>
public class CraftedSameWorkTests
{
    private static Paper P(string title = null, int? year = null, string arxiv = null, string doi = null, string type = null, params string[] authors)
        => new Paper { Title = title, Year = year, ArxivId = arxiv, Doi = doi, EntryType = type, Authors = authors };

    private const string Long = "Scaling Laws for Neural Language Models Trained on Heterogeneous Multilingual Corpora";

    [Theory]
    [InlineData("2401.01234v2", "arXiv:2401.01234v5")]
    [InlineData("2401.01234", "https://arxiv.org/abs/2401.01234v3")]
    [InlineData("1405.1234", "1405.1234v1")]                  // four-digit numbers, before 2015
    [InlineData("hep-th/9901001v2", "hep-th/9901001")]
    [InlineData("math.GT/0309136", "math/0309136v1")]         // an old-style identifier's subject class is not part of it
    [InlineData("MATH.gt/0309136", "math.GT/0309136")]
    public void VersionedAndOldStyleIdentifiersAreOneWork(string a, string b)
    {
        var match = SameWork.Compare(P("One title", arxiv: a), P("Another title entirely", arxiv: b));
        Assert.True(match.IsSameWork);
        Assert.Equal(SameWorkReason.ArxivId, match.Reason);
        Assert.Equal(1.0, match.Confidence);
    }

    [Fact]
    public void AnArxivDoiIsTheArxivIdentifier()
    {
        var match = SameWork.Compare(P(doi: "https://doi.org/10.48550/arXiv.2401.01234"), P(arxiv: "2401.01234v3"));
        Assert.Equal(SameWorkReason.ArxivId, match.Reason);
        Assert.False(SameWork.Compare(P("T", arxiv: "hep-th/9901001"), P("T", arxiv: "hep-th/9901002")).IsSameWork);
    }

    [Fact]
    public void PublisherDoisMatchWhateverTheResolverPrefix()
    {
        var match = SameWork.Compare(P("Journal title", 2021, doi: "doi:10.1145/3637528.3671003"), P("Conference title", 2020, doi: "http://dx.doi.org/10.1145/3637528.3671003"));
        Assert.True(match.IsSameWork);
        Assert.Equal(SameWorkReason.Doi, match.Reason);
    }

    [Theory]
    [InlineData("UniHG: ALarge-scale Universal Heterogeneous Graph", "UniHG: A Large-scale Universal Heterogeneous Graph")]   // PDF glue
    [InlineData("Łojasiewicz Inequalities for the Föppl–von Kármán Plate", "Lojasiewicz inequalities for the Foppl-von Karman plate")]
    [InlineData("Ã‰tude des rÃ©seaux de neurones profonds", "Étude des réseaux de neurones profonds")]                        // UTF-8 read as Windows-1252
    [InlineData("PixArt-ฮฑ: Fast Training of Diffusion Transformer", "PixArt-α: Fast Training of Diffusion Transformer")]      // UTF-8 read as Windows-874
    [InlineData("  Rethinking   Positive Pairs\tin Contrastive Learning ", "rethinking positive pairs in contrastive learning")]
    public void TitleVariantsAreOneWork(string a, string b)
    {
        var match = SameWork.Compare(P(a, 2024), P(b, 2024, authors: "Wei Chen"));
        Assert.True(match.IsSameWork, match.ToString());
        Assert.Equal(SameWorkReason.Title, match.Reason);
        Assert.InRange(match.Confidence, 0.8, 0.95);
    }

    [Theory]
    [InlineData("Scaling Laws for Neural Language Models Trained on Heterogeneous Mul…")]     // cut inside a word
    [InlineData("Scaling Laws for Neural Language Models Trained on Heterogeneous ...")]      // three dots, at a word end
    [InlineData("scaling laws for neural language models trained on heterogeneous multilingual corpora…")]
    public void ACutTitleMatchesTheTitleItOpens(string cut)
    {
        var match = SameWork.Compare(P(cut, 2024), P(Long, 2024, authors: "Jared Kaplan"));
        Assert.True(match.IsSameWork, match.ToString());
        Assert.Equal(SameWorkReason.TruncatedTitle, match.Reason);
        Assert.True(match.Confidence < SameWork.Compare(P(Long, 2024), P(Long, 2024, authors: "Jared Kaplan")).Confidence);
    }

    [Fact]
    public void ACutTitleTooShortOrEndingOnAnotherWordMatchesNothing()
    {
        Assert.False(SameWork.Compare(P("Scaling Laws for Neural…"), P(Long)).IsSameWork);                  // under 45 characters
        Assert.False(SameWork.Compare(P("Scaling Laws for Neural Language Models Trained on Hetero …"), P(Long)).IsSameWork); // "Hetero" is a whole word here
        Assert.False(SameWork.Compare(P("Scaling Laws for Neural Language Models Trained on Heterogeneous Mul"), P(Long)).IsSameWork); // no ellipsis: a whole title
        Assert.False(SameWork.Compare(P(Long + "…", 2019), P(Long, 2024)).IsSameWork);                     // conflicts still count
    }

    [Fact]
    public void NearMissesStayApart()
    {
        const string part = "Reconciling Semiclassical and Bohmian Mechanics: Part I";
        Assert.Equal(SameWorkReason.None, SameWork.Compare(P(part), P(part + "I")).Reason);
        // The cut "… Part I …" names Part I, not Part II.
        Assert.False(SameWork.Compare(P("Reconciling Semiclassical and Bohmian Mechanics: Part I …"), P(part + "I")).IsSameWork);
        Assert.True(SameWork.Compare(P("Reconciling Semiclassical and Bohmian Mechanics: Part I …"), P(part)).IsSameWork);

        // A second version of a survey is a paper of its own; versions of one arXiv record are not.
        Assert.Equal(SameWorkReason.None, SameWork.Compare(P("A Survey of Large Language Models"), P("A Survey of Large Language Models v2")).Reason);
        Assert.False(SameWork.Compare(P("A Survey of Large Language Models", arxiv: "2303.18223"), P("A Survey of Large Language Models", arxiv: "2402.06196")).IsSameWork);
        Assert.True(SameWork.Compare(P("A Survey of Large Language Models", arxiv: "2303.18223v1"), P("A Survey of Large Language Models (v2)", arxiv: "2303.18223v2")).IsSameWork);

        // Glued words meet, glued numbers do not: "GPT 3 5" is not "GPT 35".
        Assert.Equal(SameWorkReason.None, SameWork.Compare(P("Evaluating GPT 3 5 on Reasoning"), P("Evaluating GPT 35 on Reasoning")).Reason);
        Assert.Equal(SameWorkReason.Title, SameWork.Compare(P("Evaluating GPT 3 5 on Reasoning"), P("Evaluating GPT-3-5 onReasoning")).Reason);
        // An ASCII title takes a one-pass road to its key; a folded one the general road: both give one key.
        Assert.Equal("evaluatinggpt3 5onreasoning", TitleKeys.Of(" Evaluating GPT 3--5: on Reasoning!", out _, out _));
        Assert.Equal("evaluatinggpt3 5onreasoning", TitleKeys.Of(" Évaluating GPT 3--5: on Reasoning!", out _, out _));
        Assert.Null(TitleKeys.Of("?! --", out _, out _));

        // A conference and a journal version, years apart.
        var match = SameWork.Compare(P("Deep Residual Learning for Image Recognition", 2016, type: "inproceedings"), P("Deep residual learning for image recognition", 2018, type: "article"));
        Assert.False(match.IsSameWork);
        Assert.Equal(SameWorkConflicts.Year | SameWorkConflicts.EntryType, match.Conflicts);
    }

    [Fact]
    public void TheIndexRefusesACutTitleThatOpensTwoTitles()
    {
        var index = new SameWorkIndex();
        var first = P("Reconciling Semiclassical and Bohmian Mechanics IV: Multisurface Dynamics");
        var second = P("Reconciling Semiclassical and Bohmian Mechanics V: Wavepacket Dynamics");
        index.Add(first);
        index.Add(second);
        Assert.Null(index.FindSameWork(P("Reconciling Semiclassical and Bohmian Mechanics…")));   // 43 characters: too short anyway
        Assert.Same(first, index.FindSameWork(P("Reconciling Semiclassical and Bohmian Mechanics IV: Multisur…")));
        index.Add(P("Reconciling Semiclassical and Bohmian Mechanics IV: Multisurface Scattering"));
        Assert.Null(index.FindSameWork(P("Reconciling Semiclassical and Bohmian Mechanics IV: Multisur…")));
        Assert.Equal(2, index.Candidates(P("Reconciling Semiclassical and Bohmian Mechanics IV: Multisur…")).Count(c => c.Match.IsSameWork));
        // The full title finds a cut one the index holds.
        var cut = P("Scaling Laws for Neural Language Models Trained on Heterogeneous Mul…");
        index.Add(cut);
        Assert.Same(cut, index.FindSameWork(P(Long)));
    }
}

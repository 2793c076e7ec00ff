using PaperTools.Digests.PlainText;
using Xunit;

namespace PaperTools.Tests.Digests.PlainText;

public class NonPaperClassifierTests
{
    private const string ResearchAbstract = "We propose a method for learning representations. Experiments on three datasets show that our approach outperforms strong baselines.";

    [Theory]
    [InlineData("1543d6d5cb976e4f9fbfaedf2e257967-Supplemental-Datasets_and_Benchmarks_Track.pdf", null, NonPaperClassifier.PdfFileName)]
    [InlineData("paper.PDF", ResearchAbstract, NonPaperClassifier.PdfFileName)]
    [InlineData("Appendices776", null, NonPaperClassifier.AppendixFragment)]
    [InlineData("Appendix B12", null, NonPaperClassifier.AppendixFragment)]
    [InlineData("ALimitations777 As described in Sections 4 and 6", null, NonPaperClassifier.AppendixFragment)]
    [InlineData("Notes", "we would like to make a few2 notes on the trusted4 repository based in research5 data for years.16", NonPaperClassifier.PdfTextFragment)]
    [InlineData("Technology", null, NonPaperClassifier.SectionHeading)]
    [InlineData("Minister to confirm ban ahead of summit", "Minister to confirm ban ahead of summit The minister said on Monday the plan would go ahead.", NonPaperClassifier.NewsStory)]
    [InlineData("Budget talks stall", "Officials said the government is expected to delay the vote, according to a spokesperson, said one minister.", NonPaperClassifier.NewsStory)]
    public void NamesWhatIsNotAPaper(string title, string abstractText, string reason)
        => Assert.Equal(reason, NonPaperClassifier.Classify(title, abstractText));

    [Theory]
    [InlineData("Feasible Learning", null)]
    [InlineData("Feasible Learning", ResearchAbstract)]
    [InlineData("X3D: Expanding Architectures for Efficient Video Recognition", ResearchAbstract)]
    [InlineData("NTIRE 2021 Challenge on Quality Enhancement of Compressed Video: Methods and Results", ResearchAbstract)]
    [InlineData("Sharper Bounds for ell_p Sensitivity Sampling", "We bound ell_p sensitivity for p1 and p2 norms. Our results improve prior work.")]
    public void KeepsPapers(string title, string abstractText) => Assert.Null(NonPaperClassifier.Classify(title, abstractText));
}

#nullable enable
using System;
using System.IO;
using System.Linq;
using PaperTools.Diagnostics;
using Xunit;

namespace PaperTools.Tests.Robustness;

/// <summary>
/// Issue 21, case 9: a record nested 5,000 levels is DigestTooDeep on every XML and HTML reader (it was
/// DigestTruncated on OAI-PMH, PubMed and bioRxiv), and the records before it are read.
/// </summary>
public class DeepNestingTests
{
    private const int Levels = 5_000;

    [Theory]
    [InlineData("arxiv-oai", "getrecord_arXiv_1601.03238.xml", "<metadata>")]
    [InlineData("pubmed", "efetch_pubmed1.xml", "<MedlineCitation")]
    [InlineData("biorxiv", "bioengineering_2019-11-29.rdf", "<item ")]
    [InlineData("arxiv-rss1", "hep-ex_2018-05-23.rdf", "<item ")]
    [InlineData("arxiv-feed", "cs.CL.atom.xml", "<entry>")]
    public void ARecordNestedThousandsOfLevelsIsTooDeep(string folder, string file, string recordTag)
    {
        var text = File.ReadAllText(Fixture.Path(folder, file));
        var inside = text.IndexOf('>', text.LastIndexOf(recordTag, StringComparison.Ordinal)) + 1;
        var nest = string.Concat(Enumerable.Repeat("<x>", Levels)) + string.Concat(Enumerable.Repeat("</x>", Levels));
        var hostile = text.Insert(inside, nest);

        var (_, problems) = DigestRun.Read(hostile);

        Assert.Equal(ErrorIds.DigestTooDeep, Assert.Single(problems).ErrorId);
    }

    [Theory]
    [InlineData("huggingface-paper", "paper_2508.14001.html")]
    [InlineData("huggingface-html", "daily_papers_cards_only.html")] // read as a tree; data-props pages never are
    [InlineData("scholar", "alert_2024-03-05.html")]
    public void APageNestedThousandsOfLevelsIsTooDeep(string folder, string file)
    {
        var page = File.ReadAllText(Fixture.Path(folder, file));
        var body = page.IndexOf("<body", StringComparison.Ordinal);
        var hostile = page.Insert(page.IndexOf('>', body) + 1, string.Concat(Enumerable.Repeat("<div>", Levels)));

        var (_, problems) = DigestRun.Read(hostile);

        Assert.Equal(ErrorIds.DigestTooDeep, Assert.Single(problems).ErrorId);
    }
}

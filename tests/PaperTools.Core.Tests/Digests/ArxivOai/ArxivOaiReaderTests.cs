using System;
using System.Linq;
using PaperTools.Diagnostics;
using Xunit;

namespace PaperTools.Tests.Digests.ArxivOai;

/// <summary>arXiv OAI-PMH replies in the three formats arXiv serves, from hepcrawl's, Invenio's and flask_api_crawler_arxiv's test data.</summary>
public class ArxivOaiReaderTests
{
    [Fact]
    public void ReadsAListRecordsHarvestInTheArxivFormat()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("arxiv-oai", "listrecords_arXiv_hep-ex_2017-12-14.xml"));
        Assert.Empty(problems);
        Assert.Equal(new[] { "1706.05371", "1706.09418", "1707.00874" }, papers.Select(p => p.ArxivId));
        Assert.All(papers, p => Assert.Equal(DigestFormat.ArxivOai, p.SourceFormat));
        Assert.Equal("Evaluation of Silicon Photomultipliers for use as Photosensors in Liquid Xenon Detectors", papers[0].Title);
        Assert.Equal(13, papers[0].Authors.Length);
        Assert.Equal("Anderson, Tyler", papers[0].Authors[0]);
        Assert.Equal(new DateTime(2017, 6, 16), papers[0].Published);
        Assert.Equal(new[] { "physics.ins-det", "hep-ex" }, papers[0].Categories);
        Assert.Equal("R-Parity Violation at the LHC", papers[1].Title);
        Assert.Equal("10.1140/epjc/s10052-017-5414-4", papers[1].Doi);
        Assert.Equal("Eur. Phys. J. C (2017) 77:856", papers[1].JournalRef);
        Assert.Equal(new[] { 2017, 2017, 2017 }, papers.Select(p => p.Year ?? 0));
        Assert.Equal(new[] { 6, 27, 56 }, papers.Select(p => p.SourceLine));
    }

    [Fact]
    public void ReadsAGetRecordWithAListOfDois()
    {
        var paper = Assert.Single(Fixture.Import(Fixture.Path("arxiv-oai", "getrecord_arXiv_1601.03238.xml")).Papers);
        Assert.Equal("Irreversible degradation of quantum coherence under relativistic motion", paper.Title);
        Assert.Equal(new[] { "Planck Collaboration", "Wang, Jieci", "Tian, Zehua", "Jing, Jiliang", "Fan, Heng" }, paper.Authors);
        Assert.Equal("10.1103/PhysRevD.93.016005", paper.Doi);
        Assert.Equal(2016, paper.Year);
    }

    [Fact]
    public void ReadsArxivRawWithItsVersions()
    {
        var paper = Assert.Single(Fixture.Import(Fixture.Path("arxiv-oai", "getrecord_arXivRaw_1304.4214.xml")).Papers);
        Assert.Equal("Neutron Scattering and Its Application to Strongly Correlated Systems", paper.Title);
        Assert.Equal(new[] { "Igor A. Zaliznyak", "John M. Tranquada" }, paper.Authors);
        Assert.Equal("1304.4214", paper.ArxivId);
        Assert.Equal(1, paper.ArxivVersion);
        Assert.Equal(new DateTime(2013, 4, 15), paper.Published);
        Assert.Equal(new[] { "cond-mat.str-el" }, paper.Categories);
    }

    [Fact]
    public void ReadsOaiDublinCore()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("arxiv-oai", "listrecords_oai_dc_cs_2024-01-29.xml"));
        Assert.Empty(problems);
        Assert.Equal(new[] { "Projective Expected Utility", "New probabilistic interest measures for association rules" }, papers.Select(p => p.Title));
        Assert.Equal(new[] { "La Mura, Pierfrancesco" }, papers[0].Authors);
        Assert.Equal(new[] { "Hahsler, Michael", "Hornik, Kurt" }, papers[1].Authors);
        Assert.Equal("0802.3300", papers[0].ArxivId);
        Assert.Equal("10.1016/j.jmp.2009.02.001", papers[0].Doi);
        Assert.Equal("J. of Math. Psychology, 53:5 (2009)", papers[0].JournalRef);
        Assert.Equal("7 pages, to appear in the Proceedings of Quantum Interaction 2008", papers[0].Comments);
        Assert.Equal(new DateTime(2008, 2, 22), papers[0].Published);
        Assert.StartsWith("Motivated by several classic decision-theoretic paradoxes", papers[0].Abstract);
        Assert.Contains("Computer Science - Databases", papers[1].Keywords);
    }

    [Fact]
    public void AHarvestCutShortKeepsTheRecordsBeforeTheCut()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("arxiv-oai", "listrecords_cut_in_third_record.xml"));
        Assert.Equal(new[] { "1706.05371", "1706.09418" }, papers.Select(p => p.ArxivId));
        var problem = Assert.Single(problems);
        Assert.Equal(ErrorIds.DigestTruncated, problem.ErrorId);
        Assert.Equal(64, problem.Line);
    }

    [Fact]
    public void DeletedRecordsArePassedOverAndForeignFormatsReported()
    {
        var (papers, problems) = Fixture.Import(Fixture.Path("arxiv-oai", "listrecords_deleted_foreign_and_crafted.xml"));
        var paper = Assert.Single(papers);
        Assert.Equal("1501.00003", paper.ArxivId);
        Assert.Equal(new[] { "Kuźniak, M.", "LHCb Collaboration" }, paper.Authors);
        Assert.Equal(new[] { "cs.LG", "stat.ML" }, paper.Categories);
        Assert.Equal(new DateTime(2015, 1, 1), paper.Published);
        var problem = Assert.Single(problems);
        Assert.Equal(ErrorIds.DigestEntryInvalid, problem.ErrorId);
        Assert.Contains("<marc>", problem.Message);
    }
}

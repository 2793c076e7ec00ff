using System.Linq;
using System.Text.Json;
using PaperTools.Formats.CslJson;
using PaperTools.Export;
using PaperTools.Formats.Ris;
using PaperTools.Tests.BibTeX;
using Xunit;

namespace PaperTools.Tests.Export;

public class RecordWriterTests
{
    [Fact]
    public void APreprintIsAnUnpublishedRisWorkNamedByItsArxivId()
    {
        var ris = RisRecordWriter.Write(new KeyedPaper(SamplePapers.Attention(), "vaswani2017attention"), "\n");
        var lines = ris.Split('\n');
        Assert.Equal("TY  - UNPB", lines[0]);
        Assert.Equal("ER  - ", lines[lines.Length - 2]);
        Assert.Contains("AU  - Vaswani, Ashish", lines);
        Assert.Contains("AU  - Kaiser, Łukasz", lines);
        Assert.Contains("PY  - 2017", lines);
        Assert.Contains("DA  - 2017/06/12", lines);
        Assert.Contains("M1  - arXiv:1706.03762", lines);
        Assert.Contains("DO  - 10.48550/arXiv.1706.03762", lines);
        Assert.Contains("UR  - https://arxiv.org/abs/1706.03762", lines);
        Assert.Contains("KW  - transformers", lines);
    }

    [Fact]
    public void AJournalArticleIsJourWithItsJournalReference()
    {
        var ris = RisRecordWriter.Write(new KeyedPaper(SamplePapers.OldStyle(), "maldacena1998large"), "\r\n");
        Assert.StartsWith("TY  - JOUR\r\n", ris);
        Assert.Contains("DO  - 10.1023/A:1026654312961\r\n", ris);
        Assert.Contains("AN  - arXiv:hep-th/9711200\r\n", ris);
        Assert.Contains("N1  - Journal reference: Adv.Theor.Math.Phys. 2 (1998) 231-252\r\n", ris);
        Assert.DoesNotContain("\n\n", ris.Replace("\r", string.Empty).TrimEnd('\n'));
    }

    [Theory]
    [InlineData("@misc{k, title = {T}, eprint = {2402.01234}, archivePrefix = {arXiv}}", true)]
    [InlineData("@article{k, title = {T}, journal = {arXiv e-prints}, eprint = {2402.01234}}", true)]
    [InlineData("@online{k, title = {T}, journaltitle = {PAMI}, doi = {10.48550/arXiv.2402.01234}}", true)]
    [InlineData("@article{k, title = {T}, journal = {Phys. Rev. B}, eprint = {2402.01234}}", false)]
    [InlineData("@inproceedings{k, title = {T}, booktitle = {Proc. NeurIPS}, eprint = {2402.01234}}", false)]
    public void TheArxivDoiNamesThePreprintNotThePublishedPaper(string entry, bool written)
    {
        // A published paper read with its eprint is written with the eprint, never with the preprint's DOI as its own;
        // an entry that states the arXiv DOI keeps it.
        var paper = Formats.ItemFormats.ReadBib(entry + "\n");
        Assert.Equal("2402.01234", paper.ArxivId);
        foreach (var format in new[] { "ris", "csl" })
            Assert.Equal(written, Formats.ItemFormats.Write(format, paper).Contains("10.48550/arXiv.2402.01234"));
    }

    [Fact]
    public void NoTextFromADigestCanStartATagOfItsOwn()
    {
        var paper = new Paper { Title = "A title\r\nER  - \r\nTY  - JOUR\r\nTI  - Injected", Abstract = "line\nAU  - Mallory, Eve\u2028PY  - 1066" };
        var ris = RisRecordWriter.Write(new KeyedPaper(paper, "a"), "\r\n");
        var tags = ris.Split(new[] { "\r\n" }, System.StringSplitOptions.RemoveEmptyEntries).Select(l => l.Substring(0, 2)).ToArray();
        Assert.Equal(new[] { "TY", "ID", "TI", "AB", "ER" }, tags);
    }

    [Fact]
    public void CslItemsCarryNamesInPartsAndDatesAsDateParts()
    {
        var paper = SamplePapers.Attention();
        paper.Authors = new[] { "Ashish Vaswani", "Ludwig van Beethoven", "Smith, Jr, John", "LHCb Collaboration" };
        using var item = JsonDocument.Parse(CslItemWriter.Write(new KeyedPaper(paper, "k"), 0, "\n"));
        var root = item.RootElement;
        Assert.Equal("k", root.GetProperty("id").GetString());
        Assert.Equal("article", root.GetProperty("type").GetString());
        Assert.Equal("arXiv", root.GetProperty("publisher").GetString());
        Assert.Equal("arXiv:1706.03762", root.GetProperty("number").GetString());
        var authors = root.GetProperty("author").EnumerateArray().ToArray();
        Assert.Equal("Vaswani", authors[0].GetProperty("family").GetString());
        Assert.Equal("Ashish", authors[0].GetProperty("given").GetString());
        Assert.Equal("Beethoven", authors[1].GetProperty("family").GetString());
        Assert.Equal("van", authors[1].GetProperty("non-dropping-particle").GetString());
        Assert.Equal("Jr", authors[2].GetProperty("suffix").GetString());
        Assert.Equal("LHCb Collaboration", authors[3].GetProperty("literal").GetString());
        Assert.Equal("[[2017,6,12]]", root.GetProperty("issued").GetProperty("date-parts").GetRawText().Replace(" ", string.Empty).Replace("\n", string.Empty));
    }

    [Fact]
    public void ACslItemWithoutAYearHasNoIssuedDate()
    {
        using var item = JsonDocument.Parse(CslItemWriter.Write(new KeyedPaper(SamplePapers.WithoutYear(), "k"), 0, "\n"));
        Assert.False(item.RootElement.TryGetProperty("issued", out _));
    }
}

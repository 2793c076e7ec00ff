using System.Collections.Generic;
using System.IO;
using System.Linq;
using PaperTools.Digests;
using Xunit;

namespace PaperTools.Tests.Export;

/// <summary>
/// RIS and CSL-JSON written by PaperTools read back through PaperTools' own readers: detected by content, every
/// record comes back with its title, authors (in "Family, Given" form), year, arXiv id, DOI and key; and writing
/// what was read gives the same bytes again.
/// </summary>
public class RoundTripTests
{
    public static IEnumerable<object[]> Sets() => OutsideJudgeTests.Sets();

    // Papers as a reader gives them: with the year their arXiv id or journal reference states (the crafted ones lack it).
    private static List<Paper> Papers(string source) => ExportFiles.Papers(source).Select(PublicationYear.Complete).ToList();

    [Theory]
    [MemberData(nameof(Sets))]
    public void WhatIsWrittenReadsBack(string format, string source)
    {
        var path = ExportFiles.NewFile(format);
        var plan = ExportFiles.Export(path, Papers(source), format);
        var (read, problems) = Fixture.Import(path);
        Assert.Empty(problems);
        Assert.Equal(plan.Written.Count, read.Count);
        Assert.All(read, p => Assert.Equal(format == "ris" ? DigestFormat.Ris : DigestFormat.CslJson, p.SourceFormat));
        for (var i = 0; i < read.Count; i++)
        {
            var written = plan.Written[i].Value;
            var back = read[i];
            Assert.Equal(written.Key, back.CitationKey);
            Assert.Equal(ExportFiles.Carried(format, written.Paper, written.Paper.Title, title: true), back.Title);
            Assert.Equal(written.Paper.Authors.Select(a => PersonName.Parse(ExportFiles.Carried(format, a))?.ToSortedForm()).Where(a => a != null), back.Authors);
            Assert.Equal(written.Paper.Year, back.Year);
            Assert.Equal(written.Paper.ArxivId, back.ArxivId);
            Assert.Equal(written.Paper.Doi, back.Doi);
            Assert.Equal(written.Paper.Published, back.Published);
            Assert.Equal(ExportFiles.Carried(format, written.Paper, written.Paper.Abstract), back.Abstract);
            Assert.Equal(written.Paper.Id, back.Id);
        }
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void ExportImportExportIsByteIdentical(string format, string source)
    {
        var first = ExportFiles.NewFile(format);
        ExportFiles.Export(first, Papers(source), format);
        var second = Path.Combine(Path.GetDirectoryName(first), "second" + ExportFiles.Extension(format));
        ExportFiles.Export(second, Fixture.Import(first).Papers, format);
        Assert.Equal(File.ReadAllText(first), File.ReadAllText(second));
    }
}

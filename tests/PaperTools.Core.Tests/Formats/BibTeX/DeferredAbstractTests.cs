using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using PaperTools.Diagnostics;
using PaperTools.Formats.BibTeX;
using PaperTools.Search;
using Xunit;

namespace PaperTools.Tests.BibTeX;

/// <summary>
/// A braced abstract is decoded from its entry's field when asked for, not held a second time: it must read exactly
/// as the same abstract written another way (quoted, or joined with #), which is decoded as it is read, and the
/// exporter must still tell an abstract the user changed from one left alone.
/// </summary>
public class DeferredAbstractTests
{
    private const string Body =
        "A  study of {\\\"u}ber-{MIXED} models,\n   $\\alpha$-decay and $x^2$ ~ 50\\% {\\em less}.";

    private const string Library =
        "@article{braced,\n  title = {Braced},\n  abstract = {" + Body + "}\n}\n\n" +
        "@article{quoted,\n  title = {Quoted},\n  abstract = \"" + Body + "\"\n}\n\n" +
        "@article{joined,\n  title = {Joined},\n  abstract = {" + Body + "} # {}\n}\n\n" +
        "@article{empty,\n  title = {Empty},\n  abstract = {  }\n}\n";

    [Fact]
    public void ABracedAbstractReadsAsTheSameAbstractWrittenOtherwise()
    {
        var papers = Read(out _);
        Assert.NotNull(papers[1].Abstract);
        Assert.Equal(papers[1].Abstract, papers[0].Abstract);
        Assert.Equal(papers[1].Abstract, papers[2].Abstract);
        Assert.Null(papers[3].Abstract);
        Assert.StartsWith("A study of über-MIXED models, α-decay", papers[0].Abstract);
        Assert.Equal(papers[0].Abstract, PaperCopy.Of(papers[0]).Abstract);
    }

    [Fact]
    public void AnAbstractLeftAloneOrSetToWhatItReadIsWrittenAsItWas()
    {
        var papers = Read(out var bytes);
        papers[1].Abstract = papers[1].Abstract;
        papers[0].Abstract = papers[0].Abstract;
        Assert.Equal(bytes, Export(papers));
    }

    [Fact]
    public void AChangedAbstractIsWrittenAnew()
    {
        var papers = Read(out _);
        papers[0].Abstract = "Another abstract.";
        papers[3].Abstract = null;
        var written = Encoding.UTF8.GetString(Export(papers)).Split("\n\n");
        Assert.Equal("@article{braced,\n  title         = {Braced},\n  abstract      = {Another abstract.}\n}",
            written[0]);
        Assert.Equal(Library.Split("\n\n")[1], written[1]);
        // An empty abstract reads as none: setting none changes nothing.
        Assert.Equal(Library.Split("\n\n")[3], written[3]);
    }

    private static List<Paper> Read(out byte[] bytes)
    {
        bytes = Encoding.UTF8.GetBytes(Library);
        var problems = new List<Problem>();
        var papers = BibTeXLibrary.Parse("deferred.bib", bytes, problems.Add).Papers.ToList();
        Assert.Empty(problems);
        return papers;
    }

    private static byte[] Export(List<Paper> papers)
    {
        var path = Path.Combine(BibTeXTestFiles.NewFolder(), "written.bib");
        BibTeXTestFiles.Export(path, papers, problems: new List<Problem>());
        return File.ReadAllBytes(path);
    }
}

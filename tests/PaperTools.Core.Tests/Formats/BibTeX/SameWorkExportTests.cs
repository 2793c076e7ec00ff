using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using PaperTools.BibTeX;
using PaperTools.Formats.BibTeX;
using PaperTools.Diagnostics;
using PaperTools.Export;
using Xunit;

namespace PaperTools.Tests.BibTeX;

/// <summary>Nothing the user has is merged away: only the same work is left out, and a look-alike is kept and reported.</summary>
public class SameWorkExportTests
{
    private const string Versions =
        "@inproceedings{he2015conf,\n  title = {Deep Residual Learning},\n  author = {He, Kaiming and Sun, Jian},\n  year = 2015,\n  booktitle = {CVPR}\n}\n\n" +
        "@article{he2016journal,\n  title = {Deep residual learning},\n  author = {He, Kaiming and Sun, Jian},\n  year = 2016,\n  journal = {TPAMI}\n}\n\n" +
        "@article{col1,\n  title = {Letters to the Editor},\n  author = {Smith, A.},\n  year = 2001\n}\n\n" +
        "@article{col2,\n  title = {Letters to the Editor},\n  author = {Jones, B.},\n  year = 2002\n}\n\n" +
        "@misc{,\n  note = {Nothing but a note}\n}\n\n" +
        "@misc{twice1,\n  doi = {10.1000/same},\n  title = {Same DOI}\n}\n\n" +
        "@misc{twice2,\n  doi = {10.1000/same},\n  title = {Same DOI, other key}\n}\n";

    [Fact]
    public void EveryEntryOfAFileIsWrittenEvenLookAlikes()
    {
        var path = Fixture.TempFile("lib.bib", Encoding.UTF8.GetBytes(Versions));
        var papers = BibTeXTestFiles.Import(path);
        var target = Path.Combine(BibTeXTestFiles.NewFolder(), "out.bib");
        var problems = new List<Problem>();
        var plan = BibTeXTestFiles.Export(target, papers, problems: problems);
        Assert.Equal(7, plan.Written.Count);
        Assert.Empty(problems);
        Assert.Equal(File.ReadAllText(path), File.ReadAllText(target));
    }

    [Fact]
    public void AppendLeavesOutTheSameWorkButKeepsAndReportsALookAlike()
    {
        var path = Fixture.TempFile("lib.bib", Encoding.UTF8.GetBytes(Versions));
        var original = File.ReadAllBytes(path);
        var problems = new List<Problem>();
        var digest = new[]
        {
            new Paper { Title = "Deep Residual Learning", Year = 2015, Authors = new[] { "Kaiming He" }, EntryType = "inproceedings" },
            new Paper { Title = "Letters to the editor", Year = 2003, Authors = new[] { "Lee, C." } },
            new Paper { Title = "Same DOI", Doi = "10.1000/SAME" },
        };
        var plan = BibTeXTestFiles.Export(path, digest, append: true, problems: problems);
        Assert.Equal(new[] { "Letters to the editor" }, plan.Written.Select(w => w.Key.Title));
        Assert.Equal(new[] { "he2015conf", "twice1" }, plan.AlreadyPresent.Select(p => p.Value.CitationKey));
        var duplicate = Assert.Single(problems);
        Assert.Equal(ErrorIds.BibTeXPossibleDuplicate, duplicate.ErrorId);
        Assert.Contains("'col1'", duplicate.Message);
        Assert.Contains("Year and Authors differ", duplicate.Message);
        Assert.Equal(original, File.ReadAllBytes(path).Take(original.Length).ToArray());
    }

    [Fact]
    public void DigestPapersThatLookAlikeButConflictAreBothWritten()
    {
        var problems = new List<Problem>();
        var session = new ExportSession<BibTeXEntry>(new BibTeXFileFormat(), null, problems.Add);
        Assert.NotNull(session.Add(new Paper { Title = "Deep Residual Learning", Year = 2015 }));
        Assert.NotNull(session.Add(new Paper { Title = "Deep residual learning", Year = 2016 }));
        Assert.Null(session.Add(new Paper { Title = "Deep residual learning!", Year = 2016 }));
        Assert.Equal(ErrorIds.BibTeXPossibleDuplicate, Assert.Single(problems).ErrorId);
    }

    [Fact]
    public void AHostileKeyIsNeverCopiedIntoTheFile()
    {
        var path = Fixture.TempFile("hostile.bib", Encoding.UTF8.GetBytes("@misc{x\\input/etc/passwd^^5c,\n  title = {Hostile key}\n}\n"));
        var problems = new List<Problem>();
        var papers = BibTeXLibrary.Read(path, problems.Add).Papers;
        Assert.Equal(ErrorIds.BibTeXKeyUnsafe, Assert.Single(problems).ErrorId);
        var target = Path.Combine(BibTeXTestFiles.NewFolder(), "out.bib");
        problems.Clear();
        var plan = BibTeXTestFiles.Export(target, papers, problems: problems);
        Assert.Equal(ErrorIds.BibTeXKeyUnsafe, Assert.Single(problems).ErrorId);
        var text = File.ReadAllText(target);
        Assert.Equal("@misc{xinput/etc/passwd5c,\n  title = {Hostile key}\n}\n", text);
        Assert.Equal("xinput/etc/passwd5c", plan.Written.Single().Value.Key);
        Assert.DoesNotContain("\\input", text);
    }
}

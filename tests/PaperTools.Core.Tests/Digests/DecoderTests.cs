using System.IO;
using System.Linq;
using System.Text;
using PaperTools.Diagnostics;
using PaperTools.Digests;
using Xunit;

namespace PaperTools.Tests.Digests;

/// <summary>Bad files: each gives one named problem for that file and no papers; nothing throws.</summary>
public class DecoderTests
{
    private const string GoodDigest = "Margins for Speakers\nWe study how additive margins change contrastive objectives for speaker verification. Our experiments show that margins reduce false positives.\n";

    private static Problem SingleProblem(string path, DigestImportOptions options = null)
    {
        var (papers, problems) = Fixture.Import(path, options);
        Assert.Empty(papers);
        var problem = Assert.Single(problems);
        Assert.Equal(path, problem.Target);
        return problem;
    }

    [Fact]
    public void MissingFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "papertools-no-such-file.txt");
        var problem = SingleProblem(path);
        Assert.Equal(ErrorIds.DigestNotFound, problem.ErrorId);
        Assert.Equal(ProblemCategory.ObjectNotFound, problem.Category);
    }

    [Fact]
    public void Directory()
    {
        var dir = Path.GetDirectoryName(Fixture.TempFile("x.txt", new byte[] { 65 }));
        var problem = SingleProblem(dir);
        Assert.Equal(ErrorIds.DigestIsDirectory, problem.ErrorId);
    }

    [Fact]
    public void EmptyFile() => Assert.Equal(ErrorIds.DigestEmpty, SingleProblem(Fixture.TempFile("empty.txt", new byte[0])).ErrorId);

    [Fact]
    public void WhiteSpaceOnly() => Assert.Equal(ErrorIds.DigestEmpty, SingleProblem(Fixture.TempFile("blank.txt", Encoding.ASCII.GetBytes("\r\n  \n\t\n"))).ErrorId);

    [Fact]
    public void BinaryFile()
    {
        var png = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0xFF, 0x13 };
        var problem = SingleProblem(Fixture.TempFile("image.txt", png));
        Assert.Equal(ErrorIds.DigestBinary, problem.ErrorId);
        Assert.Equal(ProblemCategory.InvalidData, problem.Category);
    }

    [Fact]
    public void InvalidUtf8IsNamedWithItsOffset()
    {
        var bytes = Encoding.UTF8.GetBytes(GoodDigest).Concat(new byte[] { 0xC3, 0x28, 0x0A }).ToArray();
        var problem = SingleProblem(Fixture.TempFile("latin.txt", bytes));
        Assert.Equal(ErrorIds.DigestInvalidEncoding, problem.ErrorId);
        Assert.Contains("offset " + Encoding.UTF8.GetByteCount(GoodDigest), problem.Message);
        Assert.Contains("-Encoding", problem.Message);
    }

    [Fact]
    public void NamedLegacyEncodingReadsWhatUtf8Rejects()
    {
        var bytes = SingleByteEncoding.Windows1252.GetBytes("Caf\u00e9 Models for R\u00e9sum\u00e9s\nWe study caf\u00e9 r\u00e9sum\u00e9 parsing with a new model. Our experiments show that it works well on several benchmarks.\n");
        var path = Fixture.TempFile("legacy.txt", bytes);
        var (papers, problems) = Fixture.Import(path, new DigestImportOptions { Encoding = EncodingNames.Resolve("windows-1252") });
        Assert.Empty(problems);
        Assert.Equal("Café Models for Résumés", papers.Single().Title);
    }

    [Fact]
    public void BytesReadFollowTheReaderToTheEndOfTheFile()
    {
        var text = string.Concat(Enumerable.Repeat(GoodDigest, 2000));
        var path = Fixture.TempFile("long.txt", Encoding.UTF8.GetBytes(text));
        var source = DigestDecoder.Open(path, new DigestImportOptions(), out var problem);
        Assert.Null(problem);
        Assert.Equal(new FileInfo(path).Length, source.Length);
        Assert.Equal(0, source.BytesRead);
        using (var reader = source.OpenText())
        {
            reader.Read(new char[1000], 0, 1000);
            Assert.InRange(source.BytesRead, 1, source.Length - 1);
            reader.ReadToEnd();
        }
        Assert.Equal(source.Length, source.BytesRead);
    }

    [Fact]
    public void NamedUnicodeReadsUtf16LittleEndianWithoutBom()
    {
        var path = Fixture.TempFile("utf16.txt", new UnicodeEncoding(false, false).GetBytes(GoodDigest));
        var (papers, problems) = Fixture.Import(path, new DigestImportOptions { Encoding = EncodingNames.Resolve("unicode") });
        Assert.Empty(problems);
        Assert.NotEmpty(papers);
    }

    [Fact]
    public void AByteOrderMarkWinsOverTheNamedEncoding()
    {
        // As Get-Content does: a file that says what it is is read as what it says.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Caf\u00e9 Models for R\u00e9sum\u00e9s\nWe study caf\u00e9 r\u00e9sum\u00e9 parsing with a new model. Our experiments show that it works well on several benchmarks.\n")).ToArray();
        var path = Fixture.TempFile("bom.txt", bytes);
        var (papers, problems) = Fixture.Import(path, new DigestImportOptions { Encoding = EncodingNames.Resolve("unicode") });
        Assert.Empty(problems);
        Assert.Equal("Café Models for Résumés", papers.Single().Title);
    }

    [Fact]
    public void HugeLineIsSkippedAndReportedWhileTheRestIsRead()
    {
        // A 50 MB line between two good entries: reported once, never held whole, neighbours intact.
        var path = Path.Combine(Path.GetDirectoryName(Fixture.TempFile("seed", new byte[0])), "huge.txt");
        using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
        {
            writer.Write(GoodDigest);
            writer.Write("Title Before The Huge Line\n");
            var chunk = new string('x', 1 << 20);
            for (var i = 0; i < 50; i++) writer.Write(chunk);
            writer.Write("\n");
            writer.Write(GoodDigest.Replace("Margins for Speakers", "Second Good Paper"));
        }
        var (papers, problems) = Fixture.Import(path);
        var problem = Assert.Single(problems);
        Assert.Equal(ErrorIds.DigestLineTooLong, problem.ErrorId);
        Assert.Equal(4, problem.Line);
        Assert.Equal(new[] { "Margins for Speakers", "Title Before The Huge Line", "Second Good Paper" }, papers.Select(p => p.Title));
        Assert.NotNull(papers[2].Abstract);
    }

    [Fact]
    public void OneBadFileDoesNotStopTheNext()
    {
        var importer = new DigestImporter();
        var problems = new System.Collections.Generic.List<Problem>();
        var context = new DigestReadContext(new DigestImportOptions { Year = 2025 }, problems.Add);
        var bad = Fixture.TempFile("bad.txt", new byte[] { 0xFF, 0x00, 0x01, 0x02 });
        var good = Fixture.SharedDigest("004");
        var papers = new[] { bad, good }.SelectMany(p => importer.Import(p, context)).ToList();
        Assert.Single(problems);
        Assert.Equal(54, papers.Count);
    }

    [Fact]
    public void MarkupNoReaderRecognisesIsAnUnknownShape()
    {
        var path = Fixture.TempFile("page.html", Encoding.UTF8.GetBytes("<html><body><p>Nothing to see</p></body></html>"));
        Assert.Equal(ErrorIds.DigestFormatUnknown, SingleProblem(path).ErrorId);
    }
}

using System;
using System.Linq;
using System.Text;
using System.Threading;
using PaperTools.Diagnostics;
using PaperTools.Digests;
using Xunit;

namespace PaperTools.Tests.Digests;

/// <summary>The importer's contract with its caller: problems go out through the callback, the caller's own exceptions come back untouched.</summary>
public class ImporterTests
{
    private sealed class HostStopped : Exception { }

    [Fact]
    public void AnExceptionThrownByTheCallerIsNotReportedAsAReadFailure()
    {
        // A line too long makes the reader report; the caller (like PowerShell under -ErrorAction Stop) throws.
        var text = "Good Title\n" + new string('x', 200) + "\nAnother Title\n";
        var path = Fixture.TempFile("long.txt", Encoding.UTF8.GetBytes(text));
        var reports = 0;
        var context = new DigestReadContext(new DigestImportOptions { MaxLineLength = 100 }, _ => { reports++; throw new HostStopped(); });
        Assert.Throws<HostStopped>(() => new DigestImporter().Import(path, context).ToList());
        Assert.Equal(1, reports);
    }

    [Fact]
    public void CancellationStopsTheImport()
    {
        using (var cancel = new CancellationTokenSource())
        {
            var context = new DigestReadContext(new DigestImportOptions(), _ => { }, cancel.Token);
            var papers = new DigestImporter().Import(Fixture.SharedDigest("002"), context);
            var read = 0;
            Assert.ThrowsAny<OperationCanceledException>(() =>
            {
                foreach (var _ in papers)
                {
                    if (++read == 3) cancel.Cancel();
                }
            });
            Assert.Equal(3, read);
        }
    }

    [Fact]
    public void ShapeDetectionOnTheSharedDigestsIsText()
    {
        foreach (var digest in new[] { "000", "001", "002", "003", "004" })
        {
            var source = DigestDecoder.Open(Fixture.SharedDigest(digest), new DigestImportOptions(), out var problem);
            Assert.Null(problem);
            Assert.Equal(DigestFormat.Text, DigestImporter.Detect(source.Head));
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Xunit;

namespace PaperTools.Tests.Fuzz;

/// <summary>
/// Every input the fuzzer found (tests/Fixtures/regressions, gzipped, named family-seedS-I-Format.ext.gz), read
/// again with the reader that broke on it and through detection, under the fuzz suite's rules.
/// </summary>
[Collection(FuzzCollection.Name)]
public class RegressionFixtureTests
{
    public static IEnumerable<object[]> Findings()
        => Directory.GetFiles(Fixture.Path("regressions"), "*.gz").OrderBy(p => p, StringComparer.Ordinal).Select(p => new object[] { Path.GetFileName(p) });

    [Theory]
    [MemberData(nameof(Findings))]
    public void AFoundInputKeepsEveryRule(string file)
    {
        var name = file.Substring(0, file.Length - ".gz".Length);
        var extension = Path.GetExtension(name);
        var stem = Path.GetFileNameWithoutExtension(name);
        var format = Enum.Parse<DigestFormat>(stem.Substring(stem.LastIndexOf('-') + 1));
        byte[] input;
        using (var gzip = new GZipStream(File.OpenRead(Fixture.Path("regressions", file)), CompressionMode.Decompress))
        using (var bytes = new MemoryStream())
        {
            gzip.CopyTo(bytes);
            input = bytes.ToArray();
        }

        var run = new FuzzRun();
        run.Read(input, format, extension, stem + "-replay", warm: true);
        if (format != DigestFormat.BibTeX && format != DigestFormat.Auto) run.Read(input, DigestFormat.Auto, extension, stem + "-replay-auto", warm: true);
        Assert.True(run.Findings.Count == 0, run.Summary(file));
    }
}

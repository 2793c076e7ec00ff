using System;
using System.IO;
using Xunit;

namespace PaperTools.Tests.Fuzz;

/// <summary>
/// How much the fuzz suite runs. By default a reduced count that keeps the whole suite within two minutes
/// in CI; PAPERTOOLS_FUZZ=full runs 100,000 inputs per reader (and 100,000 papers through the writer),
/// PAPERTOOLS_FUZZ=N runs N. PAPERTOOLS_FUZZ_SEED picks another deterministic sequence (default 15): input i
/// of a family is always the same bytes for the same seed. Inputs that break a rule are saved under
/// PAPERTOOLS_FUZZ_FINDINGS (default: a folder in the temp directory) to become regression fixtures.
/// </summary>
internal static class FuzzSettings
{
    public const int FullCount = 100_000;

    public static int DigestCount => Count(defaultCount: 120);

    public static int WriterCount => Count(defaultCount: 400);

    /// <summary>Service replies served to the metadata client (PAPERTOOLS_FUZZ=full: 10,000).</summary>
    public static int ServiceReplyCount => Count(defaultCount: 600, fullCount: 10_000);

    public static int Seed => int.TryParse(Environment.GetEnvironmentVariable("PAPERTOOLS_FUZZ_SEED"), out var seed) ? seed : 15;

    public static string FindingsFolder
    {
        get
        {
            var folder = Environment.GetEnvironmentVariable("PAPERTOOLS_FUZZ_FINDINGS");
            if (string.IsNullOrEmpty(folder)) folder = Path.Combine(Path.GetTempPath(), "papertools-fuzz-findings");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    private static int Count(int defaultCount, int fullCount = FullCount)
    {
        var setting = Environment.GetEnvironmentVariable("PAPERTOOLS_FUZZ");
        if (string.IsNullOrEmpty(setting)) return defaultCount;
        if (setting.Equals("full", StringComparison.OrdinalIgnoreCase)) return fullCount;
        return int.TryParse(setting, out var n) && n > 0 ? n : defaultCount;
    }
}

/// <summary>The fuzz tests run alone: they measure time and memory, which other tests running beside them would disturb.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FuzzCollection
{
    public const string Name = "Fuzz";
}

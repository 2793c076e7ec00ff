using System.Collections.Generic;
using System.Linq;
using Xunit;
using Xunit.Abstractions;

namespace PaperTools.Tests.Fuzz;

/// <summary>
/// Every reader, fed mutated real fixtures (see <see cref="Mutator"/>): only named errors, never an exception or
/// a reader fault, every input within 1 s per MB and under 500 MB allocated. The count is reduced for CI;
/// PAPERTOOLS_FUZZ=full runs 100,000 inputs per reader (see <see cref="FuzzSettings"/>).
/// </summary>
[Collection(FuzzCollection.Name)]
[Trait("Category", "Fuzz")]
public class DigestFuzzTests
{
    private readonly ITestOutputHelper output;

    public DigestFuzzTests(ITestOutputHelper output) => this.output = output;

    public static IEnumerable<object[]> Families() => FuzzFamily.All.Select(f => new object[] { f.Name });

    [Theory]
    [MemberData(nameof(Families))]
    public void MutatedFixturesGiveOnlyNamedProblemsInBoundedTimeAndMemory(string family)
    {
        var run = new FuzzRun();
        run.Mutated(FuzzFamily.Named(family), FuzzSettings.DigestCount, FuzzSettings.Seed);
        var summary = run.Summary(family);
        output.WriteLine(summary);
        System.Console.WriteLine(summary);
        Assert.True(run.Findings.Count == 0, summary);
    }
}

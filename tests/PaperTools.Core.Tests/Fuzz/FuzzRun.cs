using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using PaperTools.BibTeX;
using PaperTools.Formats.BibTeX;
using PaperTools.Diagnostics;
using PaperTools.Digests;
using PaperTools.Tests.Robustness;

namespace PaperTools.Tests.Fuzz;

/// <summary>
/// Feeds inputs to a reader through its public entry (DigestImporter from a file, or BibTeXLibrary.Read) and
/// holds it to the rules: nothing thrown, no DigestReaderFault, only ids ErrorIds names, every input within
/// its time budget (1 s per MB). Each broken rule is a finding, its input saved to replay.
/// </summary>
internal sealed class FuzzRun
{
    private static readonly HashSet<string> NamedIds = new HashSet<string>(
        typeof(ErrorIds).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()));

    private readonly string scratch = Path.Combine(Path.GetTempPath(), "papertools-fuzz", Guid.NewGuid().ToString("N"));

    public FuzzRun() => Directory.CreateDirectory(scratch);

    public List<string> Findings { get; } = new List<string>();
    public int Inputs { get; private set; }
    public long Bytes { get; private set; }
    public TimeSpan Slowest { get; private set; }
    public double SlowestSecondsPerMegabyte { get; private set; }

    /// <summary>The most one input made the reader allocate, garbage included: an upper bound on its peak memory.</summary>
    public long MostAllocated { get; private set; }

    /// <summary>The bound: under 500 MB for any input under 10 MB.</summary>
    public const long MaxAllocatedBytes = 500L * 1024 * 1024;
    private string slowestInput;

    /// <summary>Mutates the family's fixtures <paramref name="count"/> times and reads each result.</summary>
    public void Mutated(FuzzFamily family, int count, int seed)
    {
        var readers = DigestImporter.Readers.Select(r => r.Format).ToArray();
        foreach (var fixture in family.Seeds) WarmUp(fixture, family.Format == DigestFormat.BibTeX ? DigestFormat.BibTeX : DigestFormat.Auto, family.Extension);
        for (var i = 0; i < count; i++)
        {
            var random = new Random(unchecked(seed * 1_000_003 + i * 7919 + family.Number));
            var input = Mutator.Mutate(random, family.Seeds[random.Next(family.Seeds.Count)], family.Seeds);
            // Half the inputs go through detection; the rest to the family's own reader, or to any reader.
            var format = family.Format == DigestFormat.BibTeX ? DigestFormat.BibTeX
                : random.Next(2) == 0 ? DigestFormat.Auto
                : random.Next(3) > 0 ? family.Format : readers[random.Next(readers.Length)];
            Read(input, format, family.Extension, $"{family.Name}-seed{seed}-{i}");
        }
    }

    /// <summary>
    /// Reads one input with the given reader (Auto: detection); true when it kept every rule. With
    /// <paramref name="warm"/>, a first untimed read compiles the code the input reaches, so the time is the work's.
    /// </summary>
    public bool Read(byte[] input, DigestFormat format, string extension, string name, bool warm = false)
    {
        if (warm) WarmUp(input, format, extension);
        var path = Path.Combine(scratch, "input" + extension);
        File.WriteAllBytes(path, input);
        var problems = new List<Problem>();
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: false);
        var clock = Stopwatch.StartNew();
        string failure = null;
        try
        {
            if (format == DigestFormat.BibTeX) BibTeXLibrary.Read(path, problems.Add);
            else new DigestImporter().Import(path, new DigestReadContext(new DigestImportOptions { Format = format }, problems.Add)).Count();
        }
        catch (Exception ex)
        {
            failure = $"threw {ex.GetType().FullName}: {ex.Message}";
        }
        clock.Stop();
        // Everything the read allocated bounds from above the memory it needed at its peak.
        var allocated = GC.GetTotalAllocatedBytes(precise: false) - allocatedBefore;
        if (allocated > MostAllocated) MostAllocated = allocated;
        Inputs++;
        Bytes += input.Length;
        if (clock.Elapsed > Slowest) Slowest = clock.Elapsed;
        var perMegabyte = clock.Elapsed.TotalSeconds / Math.Max(input.Length / 1_000_000.0, 1e-3);
        if (input.Length >= 100_000 && perMegabyte > SlowestSecondsPerMegabyte)
        {
            SlowestSecondsPerMegabyte = perMegabyte;
            slowestInput = $"{name} ({format}, {input.Length:N0} bytes, {clock.Elapsed.TotalSeconds:F2} s)";
        }

        failure = failure
            ?? problems.Where(p => p.ErrorId == ErrorIds.DigestReaderFault).Select(p => "reader fault: " + p.Message).FirstOrDefault()
            ?? problems.Where(p => !NamedIds.Contains(p.ErrorId)).Select(p => "unnamed id: " + p.ErrorId).FirstOrDefault()
            ?? (clock.Elapsed > TimeBudget.For(input.Length) ? $"took {clock.Elapsed.TotalSeconds:F2} s for {input.Length:N0} bytes" : null)
            ?? (allocated > MaxAllocatedBytes && input.Length < 10_000_000 ? $"allocated {allocated / (1024 * 1024)} MB for {input.Length:N0} bytes" : null);
        if (failure == null) return true;

        var saved = Path.Combine(FuzzSettings.FindingsFolder, name + "-" + format + extension);
        File.WriteAllBytes(saved, input);
        Findings.Add($"{name} ({format}): {failure} [saved as {saved}]");
        return false;
    }

    /// <summary>An untimed read, so the timed one measures the work and not the JIT compiling the code it reaches.</summary>
    private void WarmUp(byte[] input, DigestFormat format, string extension)
    {
        var path = Path.Combine(scratch, "warm-up" + extension);
        File.WriteAllBytes(path, input);
        try
        {
            if (format == DigestFormat.BibTeX) BibTeXLibrary.Read(path, _ => { });
            else new DigestImporter().Import(path, new DigestReadContext(new DigestImportOptions { Format = format }, _ => { })).Count();
        }
        catch (Exception)
        {
            // A timed read of the same input reports it.
        }
    }

    public string Summary(string what)
        => $"{what}: {Inputs:N0} inputs, {Bytes / 1e6:F1} MB, slowest {Slowest.TotalSeconds:F2} s, worst {SlowestSecondsPerMegabyte:F3} s/MB (of inputs of 100 KB or more: {slowestInput}), " +
           $"at most {MostAllocated / (1024 * 1024)} MB allocated for one input, test process peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB, {Findings.Count} findings" +
           (Findings.Count == 0 ? "" : ":\n" + string.Join("\n", Findings.Take(20)));
}

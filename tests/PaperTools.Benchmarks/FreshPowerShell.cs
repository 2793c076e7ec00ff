#nullable enable
using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace PaperTools.Benchmarks;

/// <summary>
/// A new pwsh process per run, as a scheduled job or a user's first command of the day starts: the repository's own
/// pwsh (.config/dotnet-tools.json), the built module imported, then one command timed inside the process on its first
/// call and again on its second. Process start-up and Import-Module lie outside the timed part, on both sides of a
/// pair.
/// </summary>
internal sealed class FreshPowerShell
{
    private readonly string pwsh;
    private readonly string manifest;

    private FreshPowerShell(string pwsh, string manifest)
    {
        this.pwsh = pwsh;
        this.manifest = manifest;
    }

    /// <summary>One side of a cold pair: untimed set-up, the timed call, what runs between calls.</summary>
    /// <param name="Call">A command whose value (a count) is printed; both calls must agree on it.</param>
    /// <param name="Module">Whether the module is imported (PaperTools' side) or not (PowerShell's own).</param>
    public sealed record Script(string Call, bool Module, string Setup = "", string Between = "");

    /// <summary>
    /// Medians of the first and second calls over fresh processes, wall time and the process's CPU time (user and
    /// system, all threads: the JIT's background compilations included), steadier than wall time on a shared
    /// machine; the largest peak resident set.
    /// </summary>
    public sealed record Cold(Measurement First, Measurement Second, string Count, TimeSpan FirstCpu,
        TimeSpan SecondCpu);

    /// <summary>
    /// The pwsh <paramref name="pwsh"/> names: "tool", the one `dotnet pwsh` runs in the repository (the tool
    /// manifest's, IL only), called directly; "packaged", that pwsh as Microsoft's packages ship it (see
    /// PackagedPowerShell); else a path to a pwsh.
    /// </summary>
    public static FreshPowerShell Find(string root, string moduleFolder, string pwsh)
    {
        var manifest = Path.Combine(moduleFolder, "PaperTools.psd1");
        if (pwsh is not ("tool" or "packaged"))
            return File.Exists(pwsh) ? new FreshPowerShell(Path.GetFullPath(pwsh), manifest)
                : throw new InvalidOperationException($"--pwsh {pwsh}: no such file (or say tool, or packaged).");
        var home = ChildProcess.Run("dotnet", new[] { "pwsh", "-NoProfile", "-NonInteractive", "-Command", "$PSHOME" },
            measure: false, workingDirectory: root);
        var tool = Path.Combine(home.Output.Trim(), OperatingSystem.IsWindows() ? "pwsh.exe" : "pwsh");
        if (home.ExitCode != 0 || !File.Exists(tool))
            throw new InvalidOperationException(
                $"`dotnet pwsh` did not run in {root} (run `dotnet tool restore`): {home.Errors.Trim()}");
        return new FreshPowerShell(pwsh == "tool" ? tool : PackagedPowerShell.Make(tool, root), manifest);
    }

    /// <summary>The pwsh the fresh processes run.</summary>
    public string Pwsh => pwsh;

    /// <summary>
    /// Fresh processes of <paramref name="ours"/> and <paramref name="peer"/> in turns (ours, peer, ours, ...), so
    /// both see the same load; the environment carries the inputs' paths ($env:NAME in the scripts).
    /// </summary>
    public (Cold Ours, Cold? Peer) Compare(Script ours, Script? peer, IDictionary<string, string> environment)
    {
        var sides = peer == null ? new[] { ours } : new[] { ours, peer };
        var runs = sides.Select(_ => new List<Run>()).ToArray();
        for (var i = 0; i < Measurement.Repeats; i++)
            for (var side = 0; side < sides.Length; side++)
                runs[side].Add(RunOnce(sides[side], environment));
        var results = runs.Select(Summarise).ToArray();
        return (results[0], results.Length > 1 ? results[1] : null);
    }

    private sealed record Run(double First, double Second, double FirstCpu, double SecondCpu, long Peak, string Count);

    private Run RunOnce(Script script, IDictionary<string, string> environment)
    {
        var text = "$ErrorActionPreference = 'Stop'\n"
            + (script.Module ? $"Import-Module -Name '{manifest.Replace("'", "''")}'\n" : "")
            + script.Setup + "\n"
            + "$process = [Diagnostics.Process]::GetCurrentProcess()\n"
            + "$process.Refresh(); $cpu = $process.TotalProcessorTime\n"
            + "$clock = [Diagnostics.Stopwatch]::StartNew(); $count = " + script.Call + "\n"
            + "$first = $clock.Elapsed.TotalSeconds\n"
            + "$process.Refresh(); $firstCpu = ($process.TotalProcessorTime - $cpu).TotalSeconds\n"
            + script.Between + "\n"
            + "$process.Refresh(); $cpu = $process.TotalProcessorTime\n"
            + "$clock.Restart(); $again = " + script.Call + "; $second = $clock.Elapsed.TotalSeconds\n"
            + "$process.Refresh(); $secondCpu = ($process.TotalProcessorTime - $cpu).TotalSeconds\n"
            + "if (\"$count\" -ne \"$again\") { throw \"The first call counted $count, the second $again.\" }\n"
            + "\"$first $second $firstCpu $secondCpu $count\"\n";
        var result = ChildProcess.Run(pwsh, new[] { "-NoProfile", "-NonInteractive", "-Command", text },
            environment: environment);
        var last = result.Output.Trim().Split('\n').Last().Split(' ');
        if (result.ExitCode != 0 || last.Length != 5)
            throw new InvalidOperationException(
                $"A fresh pwsh failed (exit {result.ExitCode}) running `{script.Call}`: {result.Errors.Trim()}");
        var invariant = CultureInfo.InvariantCulture;
        var seconds = last[..4].Select(s => double.Parse(s, invariant)).ToArray();
        return new Run(seconds[0], seconds[1], seconds[2], seconds[3], result.PeakBytes, last[4]);
    }

    private static Cold Summarise(List<Run> runs)
    {
        var peak = runs.Max(r => r.Peak);
        var memory = peak > 0 ? MemoryFigure.OfProcess(peak) : null;
        return new Cold(new Measurement(Median(runs.Select(r => r.First)), memory),
            new Measurement(Median(runs.Select(r => r.Second)), memory), runs[^1].Count,
            Median(runs.Select(r => r.FirstCpu)), Median(runs.Select(r => r.SecondCpu)));
    }

    private static TimeSpan Median(IEnumerable<double> seconds)
    {
        var sorted = seconds.OrderBy(s => s).ToList();
        return TimeSpan.FromSeconds(sorted[sorted.Count / 2]);
    }
}

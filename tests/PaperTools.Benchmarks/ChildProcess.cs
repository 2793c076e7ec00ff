using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;

namespace PaperTools.Benchmarks;

/// <summary>
/// Runs an outside program (bibtool, a pybtex script, this benchmark in a fresh process) and reports its wall time and
/// its peak resident set. The peak comes from the kernel's rusage of the child, read by a two-line Python wrapper
/// (Python is on the machine for pybtex anyway); a child that times itself prints "elapsed-seconds" as its last line.
/// </summary>
internal static class ChildProcess
{
    public const string Python = "/usr/bin/python3";

    // Runs argv[1:], then prints the child's wall time and maximum resident set (kB) on stderr.
    private const string RusageWrapper =
        "import resource, subprocess, sys, time\n" +
        "start = time.perf_counter(); code = subprocess.run(sys.argv[1:]).returncode; elapsed = time.perf_counter() - start\n" +
        "print(f'rusage {elapsed} {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}', file=sys.stderr); sys.exit(code)\n";

    public static bool Exists(string program)
        => program.Contains('/') ? File.Exists(program)
         : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => dir.Length > 0 && File.Exists(Path.Combine(dir, program)));

    public static bool PythonHas(string module) => File.Exists(Python) && Run(Python, new[] { "-c", "import " + module }, measure: false).ExitCode == 0;

    public sealed class Result
    {
        public int ExitCode { get; init; }
        public TimeSpan Elapsed { get; init; }
        public long PeakBytes { get; init; }
        public string Output { get; init; }
        public string Errors { get; init; }

        /// <summary>The time the child measured itself (its last output line), else the wall time.</summary>
        public TimeSpan SelfTimed => double.TryParse(Output.Trim().Split('\n').Last(), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? TimeSpan.FromSeconds(s) : Elapsed;
    }

    public static Result Run(string program, IReadOnlyList<string> arguments, bool measure = true,
        IDictionary<string, string> environment = null, string workingDirectory = null)
    {
        var info = new ProcessStartInfo(measure && File.Exists(Python) ? Python : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? "",
        };
        if (measure && File.Exists(Python))
        {
            info.ArgumentList.Add("-c");
            info.ArgumentList.Add(RusageWrapper);
            info.ArgumentList.Add(program);
        }
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        foreach (var pair in environment ?? new Dictionary<string, string>()) info.Environment[pair.Key] = pair.Value;
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info);
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        var elapsed = clock.Elapsed;
        var stderr = errors.Result;
        long peak = 0;
        var rusage = stderr.Split('\n').LastOrDefault(l => l.StartsWith("rusage ", StringComparison.Ordinal));
        if (rusage != null)
        {
            var parts = rusage.Split(' ');
            elapsed = TimeSpan.FromSeconds(double.Parse(parts[1], CultureInfo.InvariantCulture));
            peak = long.Parse(parts[2], CultureInfo.InvariantCulture) * 1024;
            stderr = string.Join("\n", stderr.Split('\n').Where(l => !l.StartsWith("rusage ", StringComparison.Ordinal)));
        }
        return new Result { ExitCode = process.ExitCode, Elapsed = elapsed, PeakBytes = peak, Output = output.Result, Errors = stderr };
    }

    /// <summary>The median of Measurement.Repeats runs (or <paramref name="repeats"/>) of a child, with the largest peak resident set among them.</summary>
    public static Measurement Measure(Func<Result> run, bool selfTimed = false, Action beforeEach = null, int? repeats = null)
    {
        var times = new List<TimeSpan>();
        long peak = 0;
        for (var i = 0; i < (repeats ?? Measurement.Repeats); i++)
        {
            beforeEach?.Invoke();
            var result = run();
            if (result.ExitCode != 0) throw new InvalidOperationException($"A peer failed (exit {result.ExitCode}): {result.Errors.Trim()}");
            times.Add(selfTimed ? result.SelfTimed : result.Elapsed);
            peak = Math.Max(peak, result.PeakBytes);
        }
        times.Sort();
        return new Measurement(times[times.Count / 2], peak > 0 ? MemoryFigure.OfProcess(peak) : null);
    }
}

using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Reflection;

namespace PaperTools.Benchmarks;

/// <summary>
/// A large text digest (1 GB by default) imported in a fresh process hosting PowerShell, as a scheduled job runs it:
/// the process's peak resident set shows whether the import streams (target: under 300 MB), against the same
/// session counting the file's lines with [IO.File]::ReadLines.
/// </summary>
internal static class StreamingGroup
{
    private const long TargetPeakBytes = 300L * 1024 * 1024;

    public static void Run(HostedPowerShell shell, DigestInputs inputs, BenchmarkOptions options, ResultTable table)
    {
        var (path, papers) = inputs.TextOfSize((long)options.StreamMegabytes * 1024 * 1024);
        var size = $"{papers:N0} papers, {CoreImportGroup.Megabytes(path)}";
        // Once each: the figure that matters is the peak, which repeats would not change; the times only inform.
        ChildProcess.Result last = null;
        var import = ChildProcess.Measure(() => last = Child(shell, "(Import-PaperDigest -LiteralPath $args[0] | Measure-Object).Count", path), repeats: 1);
        var count = int.Parse(last.Output.Trim(), CultureInfo.InvariantCulture);
        if (count != papers) throw new InvalidDataException($"The fresh process imported {count:N0} papers, not {papers:N0}.");
        var lines = ChildProcess.Measure(() => Child(shell, "$n = 0; foreach ($line in [IO.File]::ReadLines($args[0])) { $n++ }; $n", path), repeats: 1);
        table.Add(new ResultRow { Scenario = "`Import-PaperDigest big.txt | Measure-Object`, fresh process", Size = size, Ours = import, PeerLabel = "`[IO.File]::ReadLines` counted, fresh process", Peer = lines });
        var peak = import.PeakMemory?.Bytes ?? 0;
        table.Note($"streaming: the fresh process importing {size} peaked at {import.PeakMemory?.ToString() ?? "(not measured)"} resident (target under {TargetPeakBytes / 1048576} MB: {(peak == 0 ? "not measured" : peak < TargetPeakBytes ? "met" : "MISSED")})");
        File.Delete(path);
    }

    private static ChildProcess.Result Child(HostedPowerShell shell, string script, string path)
    {
        var self = Environment.ProcessPath;
        var arguments = new List<string>();
        // Under `dotnet PaperTools.Benchmarks.dll` the process is the dotnet host; name the assembly to run again.
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") arguments.Add(Assembly.GetEntryAssembly().Location);
        arguments.AddRange(new[] { Program.ChildMode, shell.ModuleFolder, script, path });
        return ChildProcess.Run(self, arguments);
    }
}

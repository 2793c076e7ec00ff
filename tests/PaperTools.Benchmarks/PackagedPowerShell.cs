using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;

namespace PaperTools.Benchmarks;

/// <summary>
/// pwsh as Microsoft's packages ship it, for the rows that start a fresh pwsh. The deb, rpm, tar.gz, MSI and zip
/// builds are published ReadyToRun (PowerShell.Common.props turns PublishReadyToRun on for its self-contained and
/// framework-dependent-deployment Release builds; tools/packaging/packaging.psm1 refuses a package whose
/// System.Management.Automation.dll is not), while the `dotnet tool` pwsh this repository restores is the
/// framework-dependent build, IL only: every new process compiles the engine itself. The stand-in is a copy of the
/// tool's pwsh whose assemblies crossgen2 compiles ahead of time for this runtime, made once into
/// output/benchmark-pwsh/ and reused.
/// </summary>
internal static class PackagedPowerShell
{
    /// <summary>The packaged stand-in of <paramref name="toolPwsh"/>, made first if it is not there yet.</summary>
    public static string Make(string toolPwsh, string root)
    {
        var tool = Path.GetDirectoryName(toolPwsh)!;
        var engine = FileVersionInfo.GetVersionInfo(Path.Combine(tool, "System.Management.Automation.dll"));
        var folder = Path.Combine(root, "output", "benchmark-pwsh",
            $"{engine.FileVersion}-net{Environment.Version}-{RuntimeInformation.RuntimeIdentifier}");
        var pwsh = Path.Combine(folder, Path.GetFileName(toolPwsh));
        var ready = Path.Combine(folder, ".ready");
        if (File.Exists(ready)) return pwsh;

        var crossgen2 = Metadata("Crossgen2");
        var framework = Metadata("NetCoreRuntime");
        if (!File.Exists(crossgen2))
            throw new InvalidOperationException($"crossgen2 is not at {crossgen2} (restore src/PaperTools first).");
        Console.WriteLine($"  making pwsh as its packages ship it (engine compiled ahead of time) in {folder}");
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        Copy(tool, folder);
        var rid = RuntimeInformation.RuntimeIdentifier.Split('-');
        var compiled = Path.Combine(folder, ".compiled");
        Directory.CreateDirectory(compiled);
        foreach (var assembly in Directory.GetFiles(folder, "*.dll"))
        {
            var output = Path.Combine(compiled, Path.GetFileName(assembly));
            var run = ChildProcess.Run(crossgen2, new[]
            {
                "-O", "--targetos:" + rid[0], "--targetarch:" + rid[^1], "-r", Path.Combine(framework, "*.dll"),
                "-r", Path.Combine(tool, "*.dll"), assembly, "-o", output,
            }, measure: false);
            // A file crossgen2 cannot compile (not a managed assembly, or already compiled) stays as it came.
            if (run.ExitCode == 0 && File.Exists(output)) File.Move(output, assembly, overwrite: true);
        }
        Directory.Delete(compiled, recursive: true);
        File.WriteAllText(ready, toolPwsh);
        return pwsh;
    }

    private static string Metadata(string key)
        => typeof(PackagedPowerShell).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .First(a => a.Key == key).Value!;

    // The folder's files with their modes (pwsh itself must stay executable).
    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            var target = Path.Combine(to, Path.GetFileName(file));
            File.Copy(file, target);
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(target, File.GetUnixFileMode(file));
        }
        foreach (var directory in Directory.GetDirectories(from))
            Copy(directory, Path.Combine(to, Path.GetFileName(directory)));
    }
}

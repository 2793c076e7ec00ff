using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using Xunit.Sdk;

namespace PaperTools.Tests.BibTeX;

/// <summary>Runs the outside judges (bibtool, biber, bibtex). A missing tool fails the test, naming the apt package that has it.</summary>
internal static class ExternalTool
{
    public static (int ExitCode, string Output, string Errors) Run(string tool, string aptPackage, string workingDirectory, params string[] arguments)
    {
        var path = Find(tool) ?? throw new XunitException($"'{tool}' is not installed. Install the Debian package '{aptPackage}' (apt-get install {aptPackage}); .ci/run does this in CI.");
        var start = new ProcessStartInfo(path)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using (var process = Process.Start(start))
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(300_000))
            {
                process.Kill(true);
                throw new XunitException($"{tool} did not finish within 5 minutes.");
            }
            return (process.ExitCode, output.Result, errors.Result);
        }
    }

    private static string Find(string tool)
        => Path.IsPathRooted(tool) ? (File.Exists(tool) ? tool : null) : (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Where(d => d.Length > 0).Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists);
}
